#include "db/period_lock_guard.hpp"

#include "core/attendance_rules.hpp"
#include "db/import/import_support.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

using import::Nullable;

PeriodLockGuard::PeriodLockGuard(soci::session& sql) : m_sql(sql) {
    long long project = 0;
    std::string code, through, rounding, excluded;
    Nullable<std::string> start, end, extended_end;
    int day_minutes = 0, cap = 0;
    soci::statement st =
        (sql.prepare << "SELECT l.project_id, p.code, l.locked_through, p.start_date, "
                        "p.end_date, p.extended_end, p.day_minutes, p.cap_per_day, p.rounding, "
                        "p.excluded_kinds FROM period_locks l JOIN projects p "
                        "ON p.id = l.project_id WHERE l.locked_through IS NOT NULL",
         soci::into(project), soci::into(code), soci::into(through),
         soci::into(start.value, start.ind), soci::into(end.value, end.ind),
         soci::into(extended_end.value, extended_end.ind), soci::into(day_minutes), soci::into(cap),
         soci::into(rounding), soci::into(excluded));
    st.execute();
    while (st.fetch()) {
        Locked locked{PeriodLock{code, stored_date(through)},
                      stored_rules(day_minutes, cap, rounding, excluded), std::nullopt};
        if (start.get() && (end.get() || extended_end.get())) {
            locked.span = ProjectSpan{stored_date(start.value),
                                      stored_date(extended_end.get().value_or(end.value))};
        }
        m_locks.emplace(project, std::move(locked));
    }
}

const PeriodLock* PeriodLockGuard::lock_of(long long project_id) const {
    const auto it = m_locks.find(project_id);
    return it == m_locks.end() ? nullptr : &it->second.lock;
}

const PeriodLock* PeriodLockGuard::locking(long long project_id, Date date) const {
    const PeriodLock* lock = lock_of(project_id);
    return lock && is_locked(*lock, date) ? lock : nullptr;
}

const PeriodLock* PeriodLockGuard::lock_counting_person(long long person_id) {
    for (const auto& [project_id, locked] : m_locks) {
        if (counted(person_id, project_id, locked)) {
            return &locked.lock;
        }
    }
    return nullptr;
}

const PeriodLock* PeriodLockGuard::lock_counting_person_in(long long person_id,
                                                           long long project_id) {
    const auto it = m_locks.find(project_id);
    return it != m_locks.end() && counted(person_id, project_id, it->second) ? &it->second.lock
                                                                             : nullptr;
}

bool PeriodLockGuard::counted(long long person_id, long long project_id, const Locked& locked) {
    if (!locked.span) {
        return false;
    }
    const std::string through = format_iso_date(locked.lock.through);
    std::vector<Entry> entries;
    std::string date, kind, status;
    Nullable<int> partial;
    int start = 0, end = 0, breaks = 0;
    soci::statement marks =
        (m_sql.prepare
             << "SELECT s.session_date, e.kind, a.status, a.minutes, s.start_minute, "
                "s.end_minute, s.break_minutes FROM attendance a "
                "JOIN sessions s ON s.id = a.session_id JOIN events e ON e.id = s.event_id "
                "WHERE a.person_id = :person AND e.project_id = :project "
                "AND s.session_date <= :through",
         soci::use(person_id, "person"), soci::use(project_id, "project"),
         soci::use(through, "through"), soci::into(date), soci::into(kind), soci::into(status),
         soci::into(partial.value, partial.ind), soci::into(start), soci::into(end),
         soci::into(breaks));
    marks.execute();
    while (marks.fetch()) {
        entries.push_back(
            Entry{person_id, 1, stored_date(date), stored_enum<Kind>(kind),
                  attended_minutes(stored_enum<AttendanceStatus>(status), partial.get(),
                                   session_length(start, end, breaks))});
    }
    int minutes = 0;
    soci::statement activities =
        (m_sql.prepare << "SELECT activity_date, kind, minutes FROM activities "
                          "WHERE person_id = :person AND project_id = :project "
                          "AND activity_date <= :through",
         soci::use(person_id, "person"), soci::use(project_id, "project"),
         soci::use(through, "through"), soci::into(date), soci::into(kind), soci::into(minutes));
    activities.execute();
    while (activities.fetch()) {
        entries.push_back(Entry{person_id, 0, stored_date(date), stored_enum<Kind>(kind), minutes});
    }
    return counted_in_locked_period(locked.lock, entries, locked.rules, *locked.span);
}

}  // namespace polku::db
