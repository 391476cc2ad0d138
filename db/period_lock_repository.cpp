#include "db/period_lock_repository.hpp"

#include <soci/soci.h>

#include "core/audit_record.hpp"
#include "core/error.hpp"
#include "core/message.hpp"
#include "db/audit_log.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/period_lock_guard.hpp"
#include "db/soci_errors.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

using import::Nullable;

namespace {

long long project_id(soci::session& sql, const std::string& code) {
    long long id = 0;
    soci::indicator found = soci::i_null;
    sql << "SELECT id FROM projects WHERE code = :code", soci::use(code, "code"),
        soci::into(id, found);
    if (found != soci::i_ok) {
        throw InputError("no project with code '" + code + "'");
    }
    return id;
}

AuditValue date_value(const std::optional<Date>& date) {
    return date ? AuditValue(format_iso_date(*date)) : AuditValue(std::monostate{});
}

}  // namespace

std::vector<StoredPeriodLock> PeriodLockRepository::all() {
    try {
        std::vector<StoredPeriodLock> out;
        StoredPeriodLock row;
        Nullable<std::string> through;
        soci::statement st =
            (m_db.session().prepare
                 << "SELECT p.code, l.locked_through, l.reason, l.changed_by, l.changed_at "
                    "FROM period_locks l JOIN projects p ON p.id = l.project_id ORDER BY p.code",
             soci::into(row.project_code), soci::into(through.value, through.ind),
             soci::into(row.reason), soci::into(row.changed_by), soci::into(row.changed_at));
        st.execute();
        while (st.fetch()) {
            row.through = through.get() ? std::optional(stored_date(through.value)) : std::nullopt;
            out.push_back(row);
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading the period locks")));
    }
}

std::optional<Date> PeriodLockRepository::locked_through(const std::string& project_code) {
    try {
        auto& sql = m_db.session();
        const long long project = project_id(sql, project_code);
        Nullable<std::string> through;
        sql << "SELECT locked_through FROM period_locks WHERE project_id = :project",
            soci::use(project, "project"), soci::into(through.value, through.ind);
        return through.get() ? std::optional(stored_date(through.value)) : std::nullopt;
    } catch (...) {
        rethrow_as_database_error(
            message(N_("reading the period lock of project {}"), project_code));
    }
}

void PeriodLockRepository::check_open(const std::string& project_code, Date date,
                                      const std::string& what) {
    try {
        auto& sql = m_db.session();
        const long long project = project_id(sql, project_code);
        const PeriodLockGuard locks(sql);
        if (const PeriodLock* lock = locks.locking(project, date)) {
            throw PeriodLockedError(locked_entry_message(
                message(N_("{} dated {}"), what, format_fi_date(date)), *lock));
        }
    } catch (...) {
        rethrow_as_database_error(
            message(N_("reading the period lock of project {}"), project_code));
    }
}

void PeriodLockRepository::set(const std::string& project_code, const std::optional<Date>& through,
                               const std::string& reason) {
    try {
        auto& sql = m_db.session();
        const long long project = project_id(sql, project_code);
        Nullable<std::string> old_through, old_reason;
        soci::indicator found = soci::i_null;
        long long present = 0;
        sql << "SELECT project_id, locked_through, reason FROM period_locks "
               "WHERE project_id = :project",
            soci::use(project, "project"), soci::into(present, found),
            soci::into(old_through.value, old_through.ind),
            soci::into(old_reason.value, old_reason.ind);
        AuditLog audit(m_db);
        const std::string at = utc_timestamp_now();
        auto new_through = import::nullable_date(through);
        if (found == soci::i_ok) {
            sql << "UPDATE period_locks SET locked_through = :through, reason = :reason, "
                   "changed_by = :actor, changed_at = :at WHERE project_id = :project",
                soci::use(new_through.value, new_through.ind, "through"),
                soci::use(reason, "reason"), soci::use(audit.actor(), "actor"), soci::use(at, "at"),
                soci::use(project, "project");
        } else {
            sql << "INSERT INTO period_locks (project_id, locked_through, reason, changed_by, "
                   "changed_at) VALUES (:project, :through, :reason, :actor, :at)",
                soci::use(project, "project"),
                soci::use(new_through.value, new_through.ind, "through"),
                soci::use(reason, "reason"), soci::use(audit.actor(), "actor"), soci::use(at, "at");
        }
        // Both values on both sides: a lock's reason is the point of its row, even when the
        // same words are given again.
        AuditChange change;
        change.action = found == soci::i_ok ? AuditAction::update : AuditAction::insert;
        change.table = "period_locks";
        change.key = {{"project", project_code}};
        if (found == soci::i_ok) {
            change.old_values = {
                {"locked_through",
                 old_through.get() ? AuditValue(old_through.value) : AuditValue(std::monostate{})},
                {"reason", old_reason.value}};
        }
        change.new_values = {{"locked_through", date_value(through)}, {"reason", reason}};
        change.project = project;
        audit.record(change);
    } catch (...) {
        rethrow_as_database_error(
            message(N_("setting the period lock of project {}"), project_code));
    }
}

}  // namespace polku::db
