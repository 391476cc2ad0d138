#pragma once
// Where the database is: the --db argument, or the user's default file.

#include <filesystem>
#include <string>

namespace polku::db {

// $XDG_DATA_HOME/polku/polku.sqlite, else ~/.local/share/polku/polku.sqlite.
std::filesystem::path default_database_path();

bool is_postgresql_locator(const std::string& locator);

// libpq's keyword=value form of a postgresql:// URI, each value quoted. SOCI 4.0 re-reads
// its connection string as keyword=value pairs and garbles a URI. Throws DatabaseError.
std::string postgresql_keyword_connection_string(const std::string& uri);

// The locator to open: `requested` when given, else the default path.
std::string resolve_locator(const std::string& requested);

}  // namespace polku::db
