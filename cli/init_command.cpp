#include <iostream>

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

}  // namespace polku::cli
