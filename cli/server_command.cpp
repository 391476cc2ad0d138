// server grant: a login's role on the shared PostgreSQL server.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/error_report.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"
#include "db/server_roles.hpp"

namespace polku::cli {

int run_grant(const GlobalOptions& global, const GrantArgs& args) {
    auto db = db::Database::open(db::resolve_locator(global.db));
    const auto role = args.role == "hr"           ? db::ServerRole::hr
                      : args.role == "supervisor" ? db::ServerRole::supervisor
                                                  : db::ServerRole::auditor;  // CLI11 checked
    db::grant_server_role(db, args.user, role, args.person);
    std::cout << args.user << " now has the role " << args.role << " (group polku_" << args.role
              << ")";
    if (args.person) {
        std::cout << ", signing off as " << *args.person;
    }
    std::cout << "\n";
    return kOk;
}

}  // namespace polku::cli
