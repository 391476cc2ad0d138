#include "db/attendance_repository.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <tuple>

#include "core/error.hpp"
#include "core/message.hpp"
#include "core/text.hpp"
#include "core/time_of_day.hpp"
#include "db/audit_log.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/period_lock_guard.hpp"
#include "db/soci_errors.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

using import::Nullable;

namespace {

struct SessionRow {
    long long id = 0;
    SessionSummary summary;
};

SessionRow find_session(soci::session& sql, const SessionKey& key) {
    SessionRow row;
    row.summary.key = key;
    const std::string date = format_iso_date(key.date);
    soci::indicator found = soci::i_null;
    sql << "SELECT s.id, e.title, s.end_minute, s.break_minutes FROM sessions s "
           "JOIN events e ON e.id = s.event_id "
           "WHERE e.code = :code AND s.session_date = :date AND s.start_minute = :start",
        soci::use(key.event_id, "code"), soci::use(date, "date"), soci::use(key.start, "start"),
        soci::into(row.id, found), soci::into(row.summary.event_title), soci::into(row.summary.end),
        soci::into(row.summary.break_minutes);
    if (found != soci::i_ok) {
        throw InputError(message(N_("event {} has no session on {} starting at {}"), key.event_id,
                                 format_fi_date(key.date), format_time_of_day(key.start)));
    }
    return row;
}

}  // namespace

SessionSummary AttendanceRepository::session(const SessionKey& key) {
    try {
        return find_session(m_db.session(), key).summary;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading a session")));
    }
}

std::vector<PersonMark> AttendanceRepository::marks(const SessionKey& key) {
    try {
        auto& sql = m_db.session();
        const long long session = find_session(sql, key).id;
        std::vector<PersonMark> out;
        std::string employee_id, status;
        Nullable<int> minutes;
        soci::statement st =
            (sql.prepare << "SELECT p.employee_id, a.status, a.minutes FROM attendance a "
                            "JOIN people p ON p.id = a.person_id WHERE a.session_id = :session "
                            "ORDER BY p.employee_id",
             soci::use(session, "session"), soci::into(employee_id), soci::into(status),
             soci::into(minutes.value, minutes.ind));
        st.execute();
        while (st.fetch()) {
            const auto parsed = enum_from_name<AttendanceStatus>(status);
            if (!parsed) {
                throw DatabaseError("the database holds an unknown attendance status '" + status +
                                    "'");
            }
            out.push_back({employee_id, Mark{*parsed, minutes.get()}});
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(message(N_("reading the marks of event {}"), key.event_id));
    }
}

namespace {

AuditFields mark_fields(const std::optional<Mark>& mark) {
    if (!mark) {
        return {};
    }
    return {{"status", std::string(name_of(mark->status))},
            {"minutes", mark->minutes ? AuditValue(std::int64_t{*mark->minutes})
                                      : AuditValue(std::monostate{})}};
}

}  // namespace

void AttendanceRepository::save(const SessionKey& key, const std::vector<MarkEdit>& edits) {
    std::vector<std::string> conflicts;
    try {
        auto& sql = m_db.session();
        AuditLog audit(m_db);
        long long session = find_session(sql, key).id;
        long long project = 0;
        sql << "SELECT project_id FROM events WHERE code = :code", soci::use(key.event_id),
            soci::into(project);
        const bool writes =
            std::any_of(edits.begin(), edits.end(), [](const MarkEdit& e) { return e.changes(); });
        if (writes) {
            const PeriodLockGuard locks(sql);
            if (const PeriodLock* lock = locks.locking(project, key.date)) {
                throw PeriodLockedError(locked_entry_message(
                    message(N_("attendance of the session on {}"), format_fi_date(key.date)),
                    *lock));
            }
        }
        std::string employee_id;
        long long person = 0;
        soci::indicator person_found = soci::i_null;
        std::string status, read_status;
        Nullable<int> minutes, read_minutes;
        soci::statement find_person =
            (sql.prepare << "SELECT id FROM people WHERE employee_id = :employee_id",
             soci::use(employee_id, "employee_id"), soci::into(person, person_found));
        // Each write names the mark it replaces, so it changes nothing when another writer
        // got there first: the affected row count tells. IS NOT DISTINCT FROM compares NULL
        // minutes as equal on both backends.
        soci::statement insert =
            (sql.prepare << "INSERT INTO attendance (session_id, person_id, status, minutes) "
                            "VALUES (:session, :person, :status, :minutes) "
                            "ON CONFLICT (session_id, person_id) DO NOTHING",
             soci::use(session, "session"), soci::use(person, "person"),
             soci::use(status, "status"), soci::use(minutes.value, minutes.ind, "minutes"));
        soci::statement update =
            (sql.prepare << "UPDATE attendance SET status = :status, minutes = :minutes "
                            "WHERE session_id = :session AND person_id = :person AND "
                            "status = :read_status AND minutes IS NOT DISTINCT FROM "
                            "CAST(:read_minutes AS INTEGER)",
             soci::use(status, "status"), soci::use(minutes.value, minutes.ind, "minutes"),
             soci::use(session, "session"), soci::use(person, "person"),
             soci::use(read_status, "read_status"),
             soci::use(read_minutes.value, read_minutes.ind, "read_minutes"));
        soci::statement remove =
            (sql.prepare << "DELETE FROM attendance WHERE session_id = :session AND "
                            "person_id = :person AND status = :read_status AND minutes IS NOT "
                            "DISTINCT FROM CAST(:read_minutes AS INTEGER)",
             soci::use(session, "session"), soci::use(person, "person"),
             soci::use(read_status, "read_status"),
             soci::use(read_minutes.value, read_minutes.ind, "read_minutes"));
        const AuditFields record{{"event", key.event_id},
                                 {"date", format_iso_date(key.date)},
                                 {"start", format_time_of_day(key.start)}};
        for (const auto& e : edits) {
            if (!e.changes()) {
                continue;  // not this user's change: whatever is stored stays
            }
            employee_id = e.employee_id;
            person_found = soci::i_null;
            find_person.execute(true);
            if (person_found != soci::i_ok) {
                throw InputError(message(N_("nobody has the employee id {}"), e.employee_id));
            }
            if (e.wanted) {
                status = std::string(name_of(e.wanted->status));
                minutes = Nullable<int>(e.wanted->minutes);
            }
            if (e.read) {
                read_status = std::string(name_of(e.read->status));
                read_minutes = Nullable<int>(e.read->minutes);
            }
            soci::statement& write = !e.read ? insert : e.wanted ? update : remove;
            write.execute(true);
            if (write.get_affected_rows() != 1) {
                conflicts.push_back(e.employee_id);
                continue;
            }
            AuditChange change;
            change.action = !e.read    ? AuditAction::insert
                            : e.wanted ? AuditAction::update
                                       : AuditAction::remove;
            change.table = "attendance";
            change.key = record;
            change.key.emplace_back("employee_id", e.employee_id);
            std::tie(change.old_values, change.new_values) =
                changed_fields(mark_fields(e.read), mark_fields(e.wanted));
            change.person = person;
            change.project = project;
            audit.record(change);
        }
    } catch (...) {
        rethrow_as_database_error(message(N_("saving the marks of event {}"), key.event_id));
    }
    if (!conflicts.empty()) {
        std::string names;
        for (const auto& id : conflicts) {
            names += (names.empty() ? "" : ", ") + id;
        }
        throw ConflictError(message(N_("someone else changed the marks of {} in this session "
                                       "after you opened it; nothing was saved: reload the "
                                       "session and mark again"),
                                    names),
                            conflicts);
    }
}

std::vector<SigninParticipant> AttendanceRepository::people() {
    try {
        std::vector<SigninParticipant> out;
        std::string employee_id, first, last;
        Nullable<std::string> unit;
        soci::statement st =
            (m_db.session().prepare << "SELECT p.employee_id, p.first_name, p.last_name, u.name "
                                       "FROM people p LEFT JOIN units u ON u.id = p.unit_id",
             soci::into(employee_id), soci::into(first), soci::into(last),
             soci::into(unit.value, unit.ind));
        st.execute();
        while (st.fetch()) {
            out.push_back({employee_id, signin_name(first, last), unit.get().value_or("")});
        }
        std::sort(out.begin(), out.end(), signin_order);
        return out;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading the people")));
    }
}

void AttendanceRepository::add_person(const NewPerson& person) {
    try {
        auto& sql = m_db.session();
        const std::string id(trim(person.employee_id));
        const std::string first(trim(person.first_name));
        const std::string last(trim(person.last_name));
        int taken = 0;
        sql << "SELECT COUNT(*) FROM people WHERE employee_id = :employee_id",
            soci::use(id, "employee_id"), soci::into(taken);
        if (taken > 0) {
            throw InputError(message(N_("the employee id {} is already someone else's"), id));
        }
        sql << "INSERT INTO people (employee_id, first_name, last_name) "
               "VALUES (:employee_id, :first_name, :last_name)",
            soci::use(id, "employee_id"), soci::use(first, "first_name"),
            soci::use(last, "last_name");
        long long person_id = 0;
        sql << "SELECT id FROM people WHERE employee_id = :employee_id",
            soci::use(id, "employee_id"), soci::into(person_id);
        AuditChange change;
        change.action = AuditAction::insert;
        change.table = "people";
        change.key = {{"employee_id", id}};
        change.new_values = {{"first_name", first}, {"last_name", last}};
        change.person = person_id;
        AuditLog(m_db).record(change);
    } catch (...) {
        rethrow_as_database_error(translate(N_("adding a person")));
    }
}

std::vector<SessionSummary> SessionRepository::recent(const std::string& project_code,
                                                      std::size_t limit) {
    try {
        std::vector<SessionSummary> out;
        SessionSummary row;
        std::string date;
        const long long max_rows = static_cast<long long>(limit);
        soci::statement st =
            (m_db.session().prepare
                 << "SELECT e.code, e.title, s.session_date, s.start_minute, s.end_minute, "
                    "s.break_minutes FROM sessions s JOIN events e ON e.id = s.event_id "
                    "JOIN projects p ON p.id = e.project_id WHERE p.code = :project "
                    "ORDER BY s.session_date DESC, s.start_minute DESC, e.code "
                    "LIMIT :max_rows",
             soci::use(project_code, "project"), soci::use(max_rows, "max_rows"),
             soci::into(row.key.event_id), soci::into(row.event_title), soci::into(date),
             soci::into(row.key.start), soci::into(row.end), soci::into(row.break_minutes));
        st.execute();
        while (st.fetch()) {
            row.key.date = stored_date(date);
            out.push_back(row);
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(message(N_("reading the sessions of project {}"), project_code));
    }
}

}  // namespace polku::db
