#include "db/audit_log.hpp"

#include <pwd.h>
#include <unistd.h>

#include <soci/soci.h>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/message.hpp"
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
        rethrow_as_database_error(translate(N_("reading the database role")));
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
        rethrow_as_database_error(translate(N_("writing the audit trail")));
    }
}

ImportStamp import_stamp(Database& db) {
    return {utc_timestamp_now(), audit_actor(db)};
}

namespace {

constexpr std::size_t kAuditBatchSize = 500;

}  // namespace

struct AuditBatch::Rows {
    std::vector<std::string> action, table, key, old_values, new_values;
    std::vector<soci::indicator> old_ind, new_ind;
    std::vector<long long> person, project;
    std::vector<soci::indicator> person_ind, project_ind;

    std::size_t size() const { return action.size(); }
    void clear() {
        for (auto* v : {&action, &table, &key, &old_values, &new_values}) {
            v->clear();
        }
        for (auto* v : {&old_ind, &new_ind, &person_ind, &project_ind}) {
            v->clear();
        }
        person.clear();
        project.clear();
    }
};

AuditBatch::AuditBatch(Database& db, ImportStamp stamp)
    : m_db(db), m_stamp(std::move(stamp)), m_rows(std::make_unique<Rows>()) {}

AuditBatch::~AuditBatch() = default;

void AuditBatch::add(const AuditChange& change) {
    auto& r = *m_rows;
    const auto values = [](const AuditFields& fields, std::vector<std::string>& text,
                           std::vector<soci::indicator>& ind) {
        text.push_back(fields.empty() ? std::string() : audit_json(fields));
        ind.push_back(fields.empty() ? soci::i_null : soci::i_ok);
    };
    const auto id = [](const std::optional<std::int64_t>& value, std::vector<long long>& ids,
                       std::vector<soci::indicator>& ind) {
        ids.push_back(value.value_or(0));
        ind.push_back(value ? soci::i_ok : soci::i_null);
    };
    r.action.emplace_back(name_of(change.action));
    r.table.push_back(change.table);
    r.key.push_back(audit_json(change.key));
    values(change.old_values, r.old_values, r.old_ind);
    values(change.new_values, r.new_values, r.new_ind);
    id(change.person, r.person, r.person_ind);
    id(change.project, r.project, r.project_ind);
    if (r.size() == kAuditBatchSize) {
        flush();
    }
}

void AuditBatch::flush() {
    auto& r = *m_rows;
    if (r.size() == 0) {
        return;
    }
    try {
        std::vector<std::string> at(r.size(), m_stamp.changed_at);
        std::vector<std::string> actor(r.size(), m_stamp.actor);
        // A statement per batch: SOCI 4.0's PostgreSQL backend keeps the buffers of a vector
        // statement's first execution, so a refilled one would write the first batch again.
        soci::statement insert =
            (m_db.session().prepare
                 << "INSERT INTO audit_log (changed_at, actor, action, table_name, record_key, "
                    "old_values, new_values, person_id, project_id) VALUES "
                    "(:at, :actor, :action, :t, :k, :o, :n, :person, :project)",
             soci::use(at), soci::use(actor), soci::use(r.action), soci::use(r.table),
             soci::use(r.key), soci::use(r.old_values, r.old_ind),
             soci::use(r.new_values, r.new_ind), soci::use(r.person, r.person_ind),
             soci::use(r.project, r.project_ind));
        insert.execute(true);
    } catch (...) {
        rethrow_as_database_error(translate(N_("writing the audit trail")));
    }
    r.clear();
}

void record_import(Database& db, const ImportStamp& stamp, const std::string& kind,
                   const std::string& file, const std::string& sha256, const ImportCounts& counts) {
    AuditChange change;
    change.action = AuditAction::import;
    change.table = kind;
    change.key = {{"file", file}};
    change.new_values = {{"sha256", sha256},
                         {"added", static_cast<std::int64_t>(counts.added)},
                         {"updated", static_cast<std::int64_t>(counts.updated)},
                         {"unchanged", static_cast<std::int64_t>(counts.unchanged)}};
    AuditBatch row(db, stamp);
    row.add(change);
    row.flush();
}

}  // namespace polku::db
