#include "db/audit_log.hpp"

#include <pwd.h>
#include <unistd.h>

#include <soci/soci.h>
#include <chrono>
#include <cstdio>

#include "db/audit_json.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

std::string os_user() {
    // The password database first: $USER is whatever the environment says.
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name) {
        return pw->pw_name;
    }
    return "uid " + std::to_string(::geteuid());
}

}  // namespace

std::string utc_timestamp_now() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto days = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss hms{now - days};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ",
                  static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    return buffer;
}

std::string audit_actor(Database& db) {
    if (db.backend() == Backend::sqlite) {
        return os_user();
    }
    try {
        std::string role;
        db.session() << "SELECT CAST(session_user AS TEXT)", soci::into(role);
        return role;
    } catch (...) {
        rethrow_as_database_error("reading the database role");
    }
}

AuditLog::AuditLog(Database& db) : m_db(db), m_actor(audit_actor(db)) {}

void AuditLog::record(const AuditChange& change) {
    try {
        const std::string at = utc_timestamp_now();
        const std::string action(name_of(change.action));
        const std::string key = audit_json(change.key);
        import::Nullable<std::string> old_values, new_values;
        if (!change.old_values.empty()) {
            old_values = import::Nullable<std::string>(audit_json(change.old_values));
        }
        if (!change.new_values.empty()) {
            new_values = import::Nullable<std::string>(audit_json(change.new_values));
        }
        import::Nullable<long long> person(change.person ? std::optional<long long>(*change.person)
                                                         : std::nullopt);
        import::Nullable<long long> project(
            change.project ? std::optional<long long>(*change.project) : std::nullopt);
        m_db.session() << "INSERT INTO audit_log (changed_at, actor, action, table_name, "
                          "record_key, old_values, new_values, person_id, project_id) VALUES "
                          "(:at, :actor, :action, :t, :k, :o, :n, :person, :project)",
            soci::use(at), soci::use(m_actor), soci::use(action), soci::use(change.table),
            soci::use(key), soci::use(old_values.value, old_values.ind),
            soci::use(new_values.value, new_values.ind), soci::use(person.value, person.ind),
            soci::use(project.value, project.ind);
    } catch (...) {
        rethrow_as_database_error("writing the audit trail");
    }
}

void record_import(Database& db, const std::string& kind, const std::string& file,
                   const std::string& sha256, const ImportCounts& counts) {
    AuditChange change;
    change.action = AuditAction::import;
    change.table = kind;
    change.key = {{"file", file}};
    change.new_values = {{"sha256", sha256},
                         {"added", static_cast<std::int64_t>(counts.added)},
                         {"updated", static_cast<std::int64_t>(counts.updated)},
                         {"unchanged", static_cast<std::int64_t>(counts.unchanged)}};
    AuditLog(db).record(change);
}

}  // namespace polku::db
