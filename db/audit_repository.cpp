#include "db/audit_repository.hpp"

#include <soci/soci.h>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/audit_json.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

long long id_of(soci::session& sql, const char* query, const std::string& value,
                const std::string& missing) {
    long long id = 0;
    soci::indicator found = soci::i_null;
    sql << query, soci::use(value), soci::into(id, found);
    if (found != soci::i_ok) {
        throw InputError(missing);
    }
    return id;
}

}  // namespace

std::vector<AuditEntry> AuditRepository::read(const AuditQuery& query) {
    try {
        auto& sql = m_db.session();
        // Each filter is a bound flag and value, so the statement is one text for every query.
        int by_person = 0, by_project = 0, by_from = 0, by_to = 0;
        long long person = 0, project = 0;
        std::string from, to;
        if (!query.employee_id.empty()) {
            by_person = 1;
            person = id_of(sql, "SELECT id FROM people WHERE employee_id = :e", query.employee_id,
                           "no person with employee id '" + query.employee_id + "'");
        }
        if (!query.project_code.empty()) {
            by_project = 1;
            project = id_of(sql, "SELECT id FROM projects WHERE code = :c", query.project_code,
                            "no project with code '" + query.project_code + "'");
        }
        if (query.from) {
            by_from = 1;
            from = format_iso_date(*query.from);
        }
        if (query.to) {
            by_to = 1;
            // changed_at is "2026-11-24T06:15:02Z": every time of the day `to` sorts below
            // the day after it.
            to = format_iso_date(add_days(*query.to, 1));
        }
        std::vector<AuditEntry> out;
        AuditEntry entry;
        std::string action, key;
        import::Nullable<std::string> old_values, new_values;
        import::Nullable<long long> person_id, project_id;
        soci::statement st =
            (sql.prepare << "SELECT id, changed_at, actor, action, table_name, record_key, "
                            "old_values, new_values, person_id, project_id FROM audit_log "
                            "WHERE (:by_person = 0 OR person_id = :person) "
                            "AND (:by_project = 0 OR project_id = :project) "
                            "AND (:by_from = 0 OR changed_at >= :from) "
                            "AND (:by_to = 0 OR changed_at < :to) ORDER BY id",
             soci::use(by_person, "by_person"), soci::use(person, "person"),
             soci::use(by_project, "by_project"), soci::use(project, "project"),
             soci::use(by_from, "by_from"), soci::use(from, "from"), soci::use(by_to, "by_to"),
             soci::use(to, "to"), soci::into(entry.id), soci::into(entry.at),
             soci::into(entry.actor), soci::into(action), soci::into(entry.change.table),
             soci::into(key), soci::into(old_values.value, old_values.ind),
             soci::into(new_values.value, new_values.ind),
             soci::into(person_id.value, person_id.ind),
             soci::into(project_id.value, project_id.ind));
        st.execute();
        while (st.fetch()) {
            AuditEntry e;
            e.id = entry.id;
            e.at = entry.at;
            e.actor = entry.actor;
            e.change.action = parse_audit_action(action).value_or(AuditAction::update);
            e.change.table = entry.change.table;
            e.change.key = parse_audit_json(key);
            if (old_values.ind == soci::i_ok) {
                e.change.old_values = parse_audit_json(old_values.value);
            }
            if (new_values.ind == soci::i_ok) {
                e.change.new_values = parse_audit_json(new_values.value);
            }
            if (person_id.ind == soci::i_ok) {
                e.change.person = person_id.value;
            }
            if (project_id.ind == soci::i_ok) {
                e.change.project = project_id.value;
            }
            out.push_back(std::move(e));
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading the audit trail")));
    }
}

}  // namespace polku::db
