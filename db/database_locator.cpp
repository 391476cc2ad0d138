#include "db/database_locator.hpp"

#include <cstdlib>

#include "core/error.hpp"

namespace polku::db {

std::filesystem::path default_database_path() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "polku" / "polku.sqlite";
    }
    const char* home = std::getenv("HOME");
    if (!home || !*home) {
        throw DatabaseError(
            "cannot find the default database: neither XDG_DATA_HOME nor HOME is set; "
            "give the database with --db PATH");
    }
    return std::filesystem::path(home) / ".local" / "share" / "polku" / "polku.sqlite";
}

bool is_postgresql_locator(const std::string& locator) {
    return locator.rfind("postgresql://", 0) == 0 || locator.rfind("postgres://", 0) == 0;
}

std::string resolve_locator(const std::string& requested) {
    return requested.empty() ? default_database_path().string() : requested;
}

}  // namespace polku::db
