#include "app/copy_service.hpp"

#include "app/monitoring_service.hpp"
#include "app/paths_service.hpp"
#include "app/today.hpp"
#include "core/error.hpp"
#include "core/message.hpp"
#include "db/counting_repository.hpp"
#include "db/database.hpp"
#include "reports/ledger_report.hpp"
#include "reports/monitoring_json.hpp"
#include "reports/paths_report.hpp"

namespace polku::app {

namespace {

// Every report of one project as text, the same way on any database.
std::string reports_of(db::Database& db, const std::string& code) {
    ReportRequest request;
    request.project = code;
    std::string text = reports::write_monitoring_json(monitoring_report(db, request));
    reports::write_ledger_json(ledger_report(db, request),
                               [&](std::string_view bytes) { text += bytes; });
    PathsRequest paths;
    paths.project = code;
    paths.to = today();
    reports::write_paths_json(paths_report(db, paths),
                              [&](std::string_view bytes) { text += bytes; });
    return text;
}

}  // namespace

CopyResult copy_and_compare(const std::string& from, const std::string& to,
                            const std::function<void(const std::string&, std::size_t)>& progress) {
    auto source = db::Database::open(from);
    auto target = db::Database::open(to);
    CopyResult result;
    result.counts = db::copy_database(source, target, progress);
    for (const auto& code : db::CountingRepository(source).project_codes()) {
        std::string before;
        try {
            before = reports_of(source, code);
        } catch (const InputError&) {
            continue;  // a project without dates has no reports on either side
        }
        if (reports_of(target, code) != before) {
            throw PolkuError(message(N_("the reports of project {} differ after the copy; keep "
                                        "using the original database and report this as a bug"),
                                     code));
        }
        result.projects_compared.push_back(code);
    }
    return result;
}

}  // namespace polku::app
