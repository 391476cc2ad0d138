#include "db/activity_repository.hpp"

#include <soci/soci.h>

#include "core/audit_record.hpp"
#include "core/error.hpp"
#include "core/message.hpp"
#include "core/period_lock.hpp"
#include "db/audit_log.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/period_lock_guard.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

void ActivityRepository::add(const ActivityRecord& a) {
    try {
        auto& sql = m_db.session();
        long long person = 0, project = 0;
        soci::indicator person_found = soci::i_null, project_found = soci::i_null;
        sql << "SELECT id FROM people WHERE employee_id = :employee_id",
            soci::use(a.employee_id, "employee_id"), soci::into(person, person_found);
        if (person_found != soci::i_ok) {
            throw InputError(message(N_("nobody has the employee id {}"), a.employee_id),
                             Place{"", 0, "employee_id"});
        }
        sql << "SELECT id FROM projects WHERE code = :code", soci::use(a.project, "code"),
            soci::into(project, project_found);
        if (project_found != soci::i_ok) {
            throw InputError(message(N_("no project has the code {}"), a.project),
                             Place{"", 0, "project"});
        }
        const PeriodLockGuard locks(sql);  // the lock found points into it
        if (const PeriodLock* lock = locks.locking(project, a.date)) {
            throw PeriodLockedError(
                locked_entry_message(message(N_("an activity on {}"), format_fi_date(a.date)),
                                     *lock),
                Place{"", 0, "date"});
        }
        const std::string date = format_iso_date(a.date);
        const std::string kind(name_of(a.kind));
        int stored_minutes = 0;
        soci::indicator taken = soci::i_null;
        sql << "SELECT minutes FROM activities WHERE person_id = :person AND project_id = "
               ":project AND activity_date = :date AND kind = :kind",
            soci::use(person, "person"), soci::use(project, "project"), soci::use(date, "date"),
            soci::use(kind, "kind"), soci::into(stored_minutes, taken);
        if (taken == soci::i_ok) {
            throw InputError(
                message(N_("{} already has {} minutes of {} on {} in {}; one entry a "
                           "day per kind: change that one instead"),
                        a.employee_id, stored_minutes, kind, format_fi_date(a.date), a.project),
                Place{"", 0, "kind"});
        }
        import::Nullable<std::string> description(a.description);
        sql << "INSERT INTO activities (person_id, project_id, activity_date, kind, minutes, "
               "description) VALUES (:person, :project, :date, :kind, :minutes, :description)",
            soci::use(person, "person"), soci::use(project, "project"), soci::use(date, "date"),
            soci::use(kind, "kind"), soci::use(a.minutes, "minutes"),
            soci::use(description.value, description.ind, "description");
        AuditChange change;
        change.action = AuditAction::insert;
        change.table = "activities";
        change.key = {
            {"employee_id", a.employee_id}, {"project", a.project}, {"date", date}, {"kind", kind}};
        change.new_values = {{"minutes", std::int64_t{a.minutes}},
                             {"description", a.description ? AuditValue(*a.description)
                                                           : AuditValue(std::monostate{})}};
        change.person = person;
        change.project = project;
        AuditLog(m_db).record(change);
    } catch (...) {
        rethrow_as_database_error(message(N_("adding an activity of {}"), a.employee_id));
    }
}

}  // namespace polku::db
