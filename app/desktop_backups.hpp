#pragma once
// The copies the desktop application keeps of its SQLite database (issue: "a backup before
// each migration and on exit, keeping the last ten beside the database"): in a folder
// beside the file, `NAME-backups/`, mode 0700, each a whole database written atomically by
// db::backup_sqlite, named by the time taken and why, so the names sort oldest first.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace polku::app {

// Copies `database` to NAME-backups/NAME-YYYYMMDD-HHMMSS-NN-REASON.sqlite (UTC; NN counts
// copies within one second) and removes the
// oldest copies beyond `keep`. Returns the new copy. Throws DatabaseError or InputError as
// db::backup_sqlite does; the database itself is never touched.
std::filesystem::path keep_backup(const std::filesystem::path& database, std::string_view reason,
                                  std::size_t keep = 10);

// Opens the database at `locator` as the desktop does: an SQLite file about to be upgraded to
// a newer schema is copied first ("before-migration"). Throws DatabaseError.
db::Database open_for_desktop(const std::string& locator);

// The copy the desktop takes when it closes an SQLite database ("exit"); nothing for a
// PostgreSQL server (its own dumps are the backup). Throws as keep_backup does.
void backup_on_exit(const std::string& locator);

// The copies kept for `database`, oldest first.
std::vector<std::filesystem::path> kept_backups(const std::filesystem::path& database);

}  // namespace polku::app
