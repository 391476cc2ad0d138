#include "db/server_roles.hpp"

#include <soci/soci.h>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/database.hpp"
#include "db/database_copy.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

constexpr ServerRole kRoles[] = {ServerRole::hr, ServerRole::supervisor, ServerRole::auditor};

std::string group_of(ServerRole role) {
    return "polku_" + std::string(server_role_name(role));
}

// Runs a statement whose identifiers the server itself quotes: format('… %I …', :name), so
// no name from the command line is ever spliced into SQL by Polku.
void run_formatted(soci::session& sql, const std::string& pattern, const std::string& a,
                   const std::string& b = {}) {
    std::string statement;
    sql << "SELECT format(CAST(:p AS TEXT), CAST(:a AS TEXT), CAST(:b AS TEXT))",
        soci::use(pattern), soci::use(a), soci::use(b), soci::into(statement);
    sql << statement;
}

// Row security on sign_offs: everyone with SELECT reads every row and HR writes any, while a
// supervisor's login adds or corrects only sign-offs given as the person it is linked to, of
// people below that person in the reporting chain (directly or further down). The table's
// owner is not bound by it. Policies are replaced, so granting again brings them up to date.
void limit_sign_offs_to_the_chain(soci::session& sql) {
    // The row's signer is the login's own person, and the row's person is found by walking
    // down from the signer (UNION, not UNION ALL: a cycle in stored data ends the walk).
    const std::string supervisor_may =
        "signed_by = (SELECT l.person_id FROM server_logins l WHERE l.role_name = session_user) "
        "AND person_id IN (WITH RECURSIVE below (id) AS (SELECT p.id FROM people p WHERE "
        "p.supervisor_id = signed_by UNION SELECT p.id FROM people p JOIN below b ON "
        "p.supervisor_id = b.id) SELECT id FROM below)";
    sql << "ALTER TABLE sign_offs ENABLE ROW LEVEL SECURITY";
    for (const char* policy : {"sign_offs_read", "sign_offs_hr", "sign_offs_supervisor_insert",
                               "sign_offs_supervisor_update"}) {
        sql << std::string("DROP POLICY IF EXISTS ") + policy + " ON sign_offs";
    }
    sql << "CREATE POLICY sign_offs_read ON sign_offs FOR SELECT USING (true)";
    run_formatted(sql,
                  "CREATE POLICY sign_offs_hr ON sign_offs FOR ALL TO %I USING (true) "
                  "WITH CHECK (true)",
                  group_of(ServerRole::hr));
    run_formatted(sql,
                  "CREATE POLICY sign_offs_supervisor_insert ON sign_offs FOR INSERT TO %I "
                  "WITH CHECK (" +
                      supervisor_may + ")",
                  group_of(ServerRole::supervisor));
    run_formatted(sql,
                  "CREATE POLICY sign_offs_supervisor_update ON sign_offs FOR UPDATE TO %I "
                  "USING (" +
                      supervisor_may + ") WITH CHECK (" + supervisor_may + ")",
                  group_of(ServerRole::supervisor));
}

}  // namespace

std::string_view server_role_name(ServerRole role) {
    switch (role) {
        case ServerRole::hr:
            return "hr";
        case ServerRole::supervisor:
            return "supervisor";
        case ServerRole::auditor:
            return "auditor";
    }
    return "auditor";
}

void grant_server_role(Database& db, const std::string& user, ServerRole role,
                       const std::optional<std::string>& person) {
    if (db.backend() != Backend::postgresql) {
        throw UsageError(
            "roles belong to the shared PostgreSQL server; an SQLite file is "
            "protected by its file permissions (0600)");
    }
    if (role == ServerRole::supervisor && !person) {
        throw UsageError(
            "a supervisor's login signs off as one person: name them with --person EMPLOYEE_ID");
    }
    if (role != ServerRole::supervisor && person) {
        throw UsageError(
            "--person is for a supervisor's login; an " + std::string(server_role_name(role)) +
            (role == ServerRole::hr ? " login edits everything" : " login signs off no one"));
    }
    soci::session& sql = db.session();
    try {
        int exists = 0;
        sql << "SELECT COUNT(*) FROM pg_roles WHERE rolname = :u", soci::use(user),
            soci::into(exists);
        if (exists == 0) {
            throw InputError("there is no role '" + user +
                             "' on the server; create the login first (CREATE ROLE name LOGIN "
                             "PASSWORD '…'), then grant it a Polku role");
        }
        long long person_id = 0;
        if (person) {
            soci::indicator found = soci::i_null;
            sql << "SELECT id FROM people WHERE employee_id = :e", soci::use(*person),
                soci::into(person_id, found);
            if (!sql.got_data() || found != soci::i_ok) {
                throw InputError("there is no person with the employee id '" + *person +
                                 "'; import them in people.csv first");
            }
        }
        soci::transaction transaction(sql);
        for (const ServerRole r : kRoles) {
            const std::string group = group_of(r);
            int present = 0;
            sql << "SELECT COUNT(*) FROM pg_roles WHERE rolname = :g", soci::use(group),
                soci::into(present);
            if (present == 0) {
                run_formatted(sql, "CREATE ROLE %I NOLOGIN", group);
            }
            run_formatted(sql, "GRANT USAGE ON SCHEMA public TO %I", group);
            // Everyone reads everything: the figures are the project's, the roles differ in
            // what they may change.
            run_formatted(sql, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I", group);
            // Tables a later migration adds (run by the owner, who runs this) are readable too.
            run_formatted(sql,
                          "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %I",
                          group);
        }
        run_formatted(sql,
                      "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON "
                      "TABLES TO %I",
                      group_of(ServerRole::hr));
        run_formatted(sql,
                      "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON "
                      "SEQUENCES TO %I",
                      group_of(ServerRole::hr));
        run_formatted(sql, "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I",
                      group_of(ServerRole::hr));
        run_formatted(sql, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I",
                      group_of(ServerRole::hr));
        // A supervisor adds and corrects sign-offs, nothing else; the migrations stay HR's
        // and the owner's (schema_version is only read).
        run_formatted(sql, "REVOKE INSERT, UPDATE, DELETE ON schema_version FROM %I",
                      group_of(ServerRole::hr));
        run_formatted(sql, "GRANT INSERT, UPDATE ON sign_offs TO %I",
                      group_of(ServerRole::supervisor));
        run_formatted(sql, "GRANT USAGE, SELECT ON SEQUENCE sign_offs_id_seq TO %I",
                      group_of(ServerRole::supervisor));
        // The audit trail only grows: HR and supervisors add to it with every change, and no
        // role rewrites it. An erasure, which scrubs it, is the owner's to run.
        run_formatted(sql, "REVOKE UPDATE, DELETE ON audit_log FROM %I", group_of(ServerRole::hr));
        run_formatted(sql, "GRANT INSERT ON audit_log TO %I", group_of(ServerRole::supervisor));
        run_formatted(sql, "GRANT USAGE, SELECT ON SEQUENCE audit_log_id_seq TO %I",
                      group_of(ServerRole::supervisor));
        for (const ServerRole r : kRoles) {
            int member = 0;
            const std::string group = group_of(r);
            sql << "SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                   "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u",
                soci::use(group), soci::use(user), soci::into(member);
            if (r != role && member > 0) {
                run_formatted(sql, "REVOKE %I FROM %I", group, user);
            }
        }
        run_formatted(sql, "GRANT %I TO %I", group_of(role), user);
        // Who each supervisor's login is: written here only, by whoever grants roles.
        run_formatted(sql, "REVOKE INSERT, UPDATE, DELETE ON server_logins FROM %I",
                      group_of(ServerRole::hr));
        sql << "DELETE FROM server_logins WHERE role_name = :u", soci::use(user);
        if (person) {
            sql << "INSERT INTO server_logins (role_name, person_id) VALUES (:u, :p)",
                soci::use(user), soci::use(person_id);
        }
        limit_sign_offs_to_the_chain(sql);
        transaction.commit();
    } catch (const PolkuError&) {
        throw;
    } catch (...) {
        rethrow_as_database_error(message(N_("granting the role {} to {}"), group_of(role), user));
    }
}

}  // namespace polku::db
