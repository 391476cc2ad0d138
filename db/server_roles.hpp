#pragma once
// Who may do what on the shared PostgreSQL server (issue: "HR edits; a supervisor reads and
// may add sign-offs; an auditor reads only — enforced by PostgreSQL GRANTs"). Three group
// roles hold the privileges; a login is given exactly one of them.

#include <optional>
#include <string>
#include <string_view>

namespace polku::db {

class Database;

enum class ServerRole { hr, supervisor, auditor };

// "hr" ↔ ServerRole::hr
std::string_view server_role_name(ServerRole role);

// Creates the group roles when missing, (re)grants their privileges on every Polku table,
// and makes `user` (an existing login) a member of `role`'s group and of no other Polku
// group. A supervisor's login is linked to the person it signs off as (`person`, an employee
// id; required for a supervisor, refused for the other roles), and the server's row security
// lets it add or correct sign-offs only as that person, for the people below them in the
// reporting chain. The caller must be allowed to manage roles and own the tables (the
// database's owner). Throws UsageError on SQLite or for a missing or needless person,
// InputError when `user` is not a role on the server or the person is unknown, DatabaseError.
void grant_server_role(Database& db, const std::string& user, ServerRole role,
                       const std::optional<std::string>& person = std::nullopt);

}  // namespace polku::db
