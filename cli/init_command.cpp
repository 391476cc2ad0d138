#include <iostream>

#include "app/demo_data.hpp"
#include "cli/commands.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"

namespace polku::cli {

int run_init(const GlobalOptions& global) {
    auto db = db::Database::open(db::resolve_locator(global.db));
    std::cout << "database ready: "
              << (db.backend() == db::Backend::sqlite ? db.locator() : "PostgreSQL server")
              << " (schema version " << db.schema_version() << ")\n";
    return 0;
}

int run_demo(const GlobalOptions& global) {
    auto db = db::Database::open(db::resolve_locator(global.db));
    const auto f = app::load_demo(db);
    std::cout << "demo project S10873 (OSKU) ready: " << f.people << " people, " << f.events
              << " events, " << f.sessions << " sessions, " << f.attendance << " attendance marks, "
              << f.activities << " self-study entries\n"
              << "try: polku-cli report monitoring --project S10873 --format json\n";
    return 0;
}

}  // namespace polku::cli
