// backup and restore: whole-database copies of an SQLite database; a PostgreSQL database is
// pointed to pg_dump and pg_restore, which know the server's own format.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/error_report.hpp"
#include "core/error.hpp"
#include "db/backup.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"

namespace polku::cli {

int run_backup(const GlobalOptions& global, const BackupArgs& args) {
    const auto locator = db::resolve_locator(global.db);
    if (db::is_postgresql_locator(locator)) {
        throw UsageError(db::postgresql_backup_advice(locator, args.file));
    }
    db::backup_sqlite(locator, args.file);
    std::cout << "backup of " << locator << " written to " << args.file << "\n";
    return kOk;
}

int run_restore(const GlobalOptions& global, const BackupArgs& args) {
    const auto locator = db::resolve_locator(global.db);
    if (db::is_postgresql_locator(locator)) {
        throw UsageError(db::postgresql_restore_advice(locator, args.file));
    }
    const int version = db::restore_sqlite(args.file, locator);
    // Opening brings an older backup's schema up to this program's and proves the copy opens.
    auto restored = db::Database::open(locator);
    std::cout << "restored " << args.file << " (schema version " << version << ") into " << locator
              << " (schema version " << restored.schema_version() << ")\n";
    return kOk;
}

}  // namespace polku::cli
