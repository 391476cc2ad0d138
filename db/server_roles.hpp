#pragma once
// Who may do what on the shared PostgreSQL server (issue: "HR edits; a supervisor reads and
// may add sign-offs; an auditor reads only — enforced by PostgreSQL GRANTs"). Three group
// roles hold the privileges; a login is given exactly one of them.

#include <string>
#include <string_view>

namespace polku::db {

class Database;

enum class ServerRole { hr, supervisor, auditor };

// "hr" ↔ ServerRole::hr
std::string_view server_role_name(ServerRole role);

// Creates the group roles when missing, (re)grants their privileges on every Polku table,
// and makes `user` (an existing login) a member of `role`'s group and of no other Polku
// group. The caller must be allowed to manage roles (the server's owner or a CREATEROLE
// role). Throws UsageError on SQLite, InputError when `user` is not a role on the server,
// DatabaseError.
void grant_server_role(Database& db, const std::string& user, ServerRole role);

}  // namespace polku::db
