#include "db/database_locator.hpp"

#include <libpq-fe.h>

#include <cstdlib>

#include "core/error.hpp"
#include "core/message.hpp"

namespace polku::db {

std::filesystem::path default_database_path() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "polku" / "polku.sqlite";
    }
    const char* home = std::getenv("HOME");
    if (!home || !*home) {
        throw DatabaseError(
            translate(N_("cannot find the default database: neither XDG_DATA_HOME nor HOME is "
                         "set; give the database with --db PATH")));
    }
    return std::filesystem::path(home) / ".local" / "share" / "polku" / "polku.sqlite";
}

bool is_postgresql_locator(const std::string& locator) {
    return locator.rfind("postgresql://", 0) == 0 || locator.rfind("postgres://", 0) == 0;
}

// SOCI 4.0 re-reads its connection string as keyword=value pairs and garbles a URI, so
// libpq itself parses the URI and SOCI gets the keyword form, each value quoted.
std::string postgresql_keyword_connection_string(const std::string& uri) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    if (!options) {
        const std::string reason = error ? error : translate(N_("not a valid connection URI"));
        PQfreemem(error);
        throw DatabaseError(message(N_("the PostgreSQL address is not valid: {}; write "
                                       "postgresql://USER@HOST:PORT/DATABASE"),
                                    reason));
    }
    std::string out;
    for (auto* o = options; o->keyword; ++o) {
        if (!o->val) {
            continue;
        }
        std::string value;
        for (const char* c = o->val; *c; ++c) {
            if (*c == '\\' || *c == '\'') {
                value += '\\';
            }
            value += *c;
        }
        out += std::string(out.empty() ? "" : " ") + o->keyword + "='" + value + "'";
    }
    PQconninfoFree(options);
    return out;
}

std::string resolve_locator(const std::string& requested) {
    return requested.empty() ? default_database_path().string() : requested;
}

}  // namespace polku::db
