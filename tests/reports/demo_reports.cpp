#include "demo_reports.hpp"

#include "app/demo_data.hpp"
#include "app/monitoring_service.hpp"
#include "db/database.hpp"
#include "support/files.hpp"

namespace polku::test {

namespace {

struct Demo {
    TempDir dir;
    std::filesystem::path file = dir / "demo.sqlite";
    db::Database db = db::Database::open(file.string());  // the ledger reads it when written
    reports::MonitoringReport monitoring;
    reports::LedgerReport ledger;

    Demo() {
        app::load_demo(db);
        monitoring = app::monitoring_report(db, {});
        ledger = app::ledger_report(db, {});
    }
};

const Demo& demo() {
    static const Demo instance;
    return instance;
}

}  // namespace

const reports::MonitoringReport& demo_monitoring() {
    return demo().monitoring;
}
const reports::LedgerReport& demo_ledger() {
    return demo().ledger;
}
const std::filesystem::path& demo_database() {
    return demo().file;
}

}  // namespace polku::test
