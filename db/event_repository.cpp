#include "db/event_repository.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <tuple>

#include "core/audit_record.hpp"
#include "core/error.hpp"
#include "core/message.hpp"
#include "core/period_lock.hpp"
#include "core/signin_sheet.hpp"
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

struct EventRow {
    long long id = 0;
    long long project_id = 0;
    EventRecord record;
};

std::optional<EventRow> find_event(soci::session& sql, const std::string& code) {
    EventRow row;
    std::string kind;
    Nullable<std::string> work_package, course, provider, mode, place, group;
    Nullable<long long> cost;
    soci::indicator found = soci::i_null;
    sql << "SELECT e.id, e.project_id, p.code, e.title, e.kind, w.name, c.title, e.provider, "
           "e.mode, e.cost_cents, e.place, g.name FROM events e "
           "JOIN projects p ON p.id = e.project_id "
           "LEFT JOIN work_packages w ON w.id = e.work_package_id "
           "LEFT JOIN courses c ON c.id = e.course_id "
           "LEFT JOIN target_groups g ON g.id = e.target_group_id WHERE e.code = :code",
        soci::use(code, "code"), soci::into(row.id, found), soci::into(row.project_id),
        soci::into(row.record.project), soci::into(row.record.title), soci::into(kind),
        soci::into(work_package.value, work_package.ind), soci::into(course.value, course.ind),
        soci::into(provider.value, provider.ind), soci::into(mode.value, mode.ind),
        soci::into(cost.value, cost.ind), soci::into(place.value, place.ind),
        soci::into(group.value, group.ind);
    if (found != soci::i_ok) {
        return std::nullopt;
    }
    auto& r = row.record;
    r.event_id = code;
    r.kind = stored_enum<Kind>(kind);
    r.work_package = work_package.get();
    r.course = course.get();
    r.provider = provider.get();
    r.mode = stored_optional_enum<DeliveryMode>(mode);
    r.cost_cents = cost.get();
    r.place = place.get();
    r.target_group = group.get();
    return row;
}

struct SessionRow {
    long long id = 0;
    SessionRecord record;
};

std::vector<SessionRow> find_sessions(soci::session& sql, long long event,
                                      const std::string& code) {
    std::vector<SessionRow> out;
    SessionRow row;
    row.record.event_id = code;
    std::string date;
    soci::statement st =
        (sql.prepare << "SELECT id, session_date, start_minute, end_minute, break_minutes "
                        "FROM sessions WHERE event_id = :event ORDER BY session_date, start_minute",
         soci::use(event, "event"), soci::into(row.id), soci::into(date),
         soci::into(row.record.start), soci::into(row.record.end),
         soci::into(row.record.break_minutes));
    st.execute();
    while (st.fetch()) {
        row.record.date = stored_date(date);
        out.push_back(row);
    }
    return out;
}

AuditValue optional_value(const std::optional<std::string>& text) {
    return text ? AuditValue(*text) : AuditValue(std::monostate{});
}

AuditFields event_fields(const EventRecord& e) {
    return {
        {"title", e.title},
        {"kind", std::string(name_of(e.kind))},
        {"work_package", optional_value(e.work_package)},
        {"course", optional_value(e.course)},
        {"provider", optional_value(e.provider)},
        {"mode", e.mode ? AuditValue(std::string(name_of(*e.mode))) : AuditValue(std::monostate{})},
        {"cost_cents",
         e.cost_cents ? AuditValue(std::int64_t{*e.cost_cents}) : AuditValue(std::monostate{})},
        {"place", optional_value(e.place)},
        {"target_group", optional_value(e.target_group)}};
}

AuditFields session_key(const std::string& event_id, const SessionRecord& s) {
    return {{"event", event_id},
            {"date", format_iso_date(s.date)},
            {"start", format_time_of_day(s.start)}};
}

AuditFields session_fields(const SessionRecord& s) {
    return {{"date", format_iso_date(s.date)},
            {"start", format_time_of_day(s.start)},
            {"end", format_time_of_day(s.end)},
            {"break_minutes", std::int64_t{s.break_minutes}}};
}

bool same_time(const SessionRecord& a, const SessionRecord& b) {
    return a.date == b.date && a.start == b.start && a.end == b.end &&
           a.break_minutes == b.break_minutes;
}

// The session's marks deleted, each with its audit row (the session goes next).
void delete_marks(soci::session& sql, AuditLog& audit, long long session, long long project,
                  const AuditFields& key) {
    struct Mark {
        long long person;
        std::string employee_id, status;
        std::optional<int> minutes;
    };
    std::vector<Mark> marks;
    Mark m;
    Nullable<int> minutes;
    soci::statement st =
        (sql.prepare << "SELECT a.person_id, p.employee_id, a.status, a.minutes FROM attendance a "
                        "JOIN people p ON p.id = a.person_id WHERE a.session_id = :session",
         soci::use(session, "session"), soci::into(m.person), soci::into(m.employee_id),
         soci::into(m.status), soci::into(minutes.value, minutes.ind));
    st.execute();
    while (st.fetch()) {
        m.minutes = minutes.get();
        marks.push_back(m);
    }
    sql << "DELETE FROM attendance WHERE session_id = :session", soci::use(session, "session");
    for (const auto& mark : marks) {
        AuditChange change;
        change.action = AuditAction::remove;
        change.table = "attendance";
        change.key = key;
        change.key.emplace_back("employee_id", mark.employee_id);
        change.old_values = {{"status", mark.status},
                             {"minutes", mark.minutes ? AuditValue(std::int64_t{*mark.minutes})
                                                      : AuditValue(std::monostate{})}};
        change.person = mark.person;
        change.project = project;
        audit.record(change);
    }
}

// "Virtanen, Anna (E100): 150 minutes" for each partial mark longer than `length`.
std::vector<std::string> partial_marks_longer_than(soci::session& sql, long long session,
                                                   int length) {
    std::vector<std::string> out;
    std::string employee_id, first, last;
    int minutes = 0;
    soci::statement st =
        (sql.prepare << "SELECT p.employee_id, p.first_name, p.last_name, a.minutes "
                        "FROM attendance a JOIN people p ON p.id = a.person_id "
                        "WHERE a.session_id = :session AND a.status = 'partial' AND "
                        "a.minutes > :length ORDER BY p.last_name, p.first_name",
         soci::use(session, "session"), soci::use(length, "length"), soci::into(employee_id),
         soci::into(first), soci::into(last), soci::into(minutes));
    st.execute();
    while (st.fetch()) {
        out.push_back(signin_name(first, last) + " (" + employee_id +
                      "): " + std::to_string(minutes) + " minutes");
    }
    return out;
}

}  // namespace

std::optional<StoredEvent> EventRepository::load(const std::string& event_id) {
    try {
        auto& sql = m_db.session();
        auto event = find_event(sql, event_id);
        if (!event) {
            return std::nullopt;
        }
        StoredEvent out{event->record, {}};
        for (auto& s : find_sessions(sql, event->id, event_id)) {
            long long marks = 0;
            sql << "SELECT COUNT(*) FROM attendance WHERE session_id = :session",
                soci::use(s.id, "session"), soci::into(marks);
            out.sessions.push_back({s.record, marks});
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(message(N_("reading event {}"), event_id));
    }
}

bool EventRepository::exists(const std::string& event_id) {
    try {
        long long n = 0;
        m_db.session() << "SELECT COUNT(*) FROM events WHERE code = :code",
            soci::use(event_id, "code"), soci::into(n);
        return n > 0;
    } catch (...) {
        rethrow_as_database_error(message(N_("reading event {}"), event_id));
    }
}

void EventRepository::save(const std::string& stored_id, const EventRecord& event,
                           const std::vector<SessionSave>& sessions) {
    std::vector<std::string> too_long;
    try {
        auto& sql = m_db.session();
        AuditLog audit(m_db);
        import::NameRegistry names(sql);
        std::optional<EventRow> stored;
        if (!stored_id.empty()) {
            stored = find_event(sql, stored_id);
            if (!stored) {
                throw InputError(message(
                    N_("event {} is no longer in the database; someone deleted it"), stored_id));
            }
        }
        if (event.event_id != stored_id && exists(event.event_id)) {
            throw InputError(
                message(N_("the event id {} is already another event's"), event.event_id),
                Place{"", 0, "event_id"});
        }
        long long project = 0;
        soci::indicator project_found = soci::i_null;
        sql << "SELECT id FROM projects WHERE code = :code", soci::use(event.project, "code"),
            soci::into(project, project_found);
        if (project_found != soci::i_ok) {
            throw InputError(message(N_("no project has the code {}"), event.project));
        }
        // A sent payment application's figures stay as sent: no session dated in a locked
        // period is added, moved or deleted, and the kind of an event with one stays.
        const PeriodLockGuard locks(sql);
        const auto refuse_if_locked = [&](Date date) {
            if (const PeriodLock* lock = locks.locking(project, date)) {
                throw PeriodLockedError(locked_entry_message(
                    message(N_("the session of {}"), format_fi_date(date)), *lock));
            }
        };
        const auto existing =
            stored ? find_sessions(sql, stored->id, stored_id) : std::vector<SessionRow>{};
        if (stored && stored->record.kind != event.kind && !locks.empty()) {
            for (const auto& s : existing) {
                if (const PeriodLock* lock = locks.locking(project, s.record.date)) {
                    throw PeriodLockedError(
                        locked_value_message(
                            translate(
                                N_("the kind of an event with sessions in the locked period")),
                            *lock),
                        Place{"", 0, "kind"});
                }
            }
        }
        Nullable<long long> work_package, course, group, cost(event.cost_cents);
        if (event.work_package) {
            work_package = Nullable<long long>(names.work_package(project, *event.work_package));
        }
        if (event.course) {
            course = Nullable<long long>(names.course(*event.course));
        }
        if (event.target_group) {
            group = Nullable<long long>(names.target_group(project, *event.target_group));
        }
        const std::string kind(name_of(event.kind));
        Nullable<std::string> provider(event.provider), place(event.place),
            mode = import::nullable_name(event.mode);
        long long id = stored ? stored->id : 0;
        if (!stored) {
            sql << "INSERT INTO events (code, project_id, title, kind) VALUES (:code, :project, "
                   ":title, :kind) RETURNING id",
                soci::use(event.event_id, "code"), soci::use(project, "project"),
                soci::use(event.title, "title"), soci::use(kind, "kind"), soci::into(id);
        }
        sql << "UPDATE events SET code = :code, project_id = :project, title = :title, "
               "kind = :kind, work_package_id = :wp, course_id = :course, provider = :provider, "
               "mode = :mode, cost_cents = :cost, place = :place, target_group_id = :tg "
               "WHERE id = :id",
            soci::use(event.event_id, "code"), soci::use(project, "project"),
            soci::use(event.title, "title"), soci::use(kind, "kind"),
            soci::use(work_package.value, work_package.ind, "wp"),
            soci::use(course.value, course.ind, "course"),
            soci::use(provider.value, provider.ind, "provider"),
            soci::use(mode.value, mode.ind, "mode"), soci::use(cost.value, cost.ind, "cost"),
            soci::use(place.value, place.ind, "place"), soci::use(group.value, group.ind, "tg"),
            soci::use(id, "id");
        AuditChange change;
        change.table = "events";
        change.key = {{"event", event.event_id}};
        change.project = project;
        if (!stored) {
            change.action = AuditAction::insert;
            change.new_values = event_fields(event);
            audit.record(change);
        } else {
            auto before = event_fields(stored->record);
            auto after = event_fields(event);
            if (stored_id != event.event_id) {
                before.insert(before.begin(), {"event_id", stored_id});
                after.insert(after.begin(), {"event_id", event.event_id});
            }
            std::tie(change.old_values, change.new_values) = changed_fields(before, after);
            if (!change.new_values.empty()) {
                change.action = AuditAction::update;
                audit.record(change);
            }
        }

        // Sessions: those no longer wanted go first, so a kept one may take a freed start.
        const auto wanted_by = [&](const SessionRow& s) {
            return std::find_if(sessions.begin(), sessions.end(), [&](const SessionSave& w) {
                return w.stored && w.stored->date == s.record.date &&
                       w.stored->start == s.record.start;
            });
        };
        for (const auto& s : existing) {
            if (wanted_by(s) != sessions.end()) {
                continue;
            }
            refuse_if_locked(s.record.date);
            const auto key = session_key(stored_id, s.record);
            delete_marks(sql, audit, s.id, project, key);
            sql << "DELETE FROM sessions WHERE id = :id", soci::use(s.id, "id");
            AuditChange removed;
            removed.action = AuditAction::remove;
            removed.table = "sessions";
            removed.key = key;
            removed.old_values = session_fields(s.record);
            removed.project = project;
            audit.record(removed);
        }
        for (const auto& w : sessions) {
            const auto& s = w.session;
            const std::string date = format_iso_date(s.date);
            AuditChange session_change;
            session_change.table = "sessions";
            session_change.key = session_key(event.event_id, s);
            session_change.project = project;
            const auto old = w.stored ? std::find_if(existing.begin(), existing.end(),
                                                     [&](const SessionRow& e) {
                                                         return e.record.date == w.stored->date &&
                                                                e.record.start == w.stored->start;
                                                     })
                                      : existing.end();
            if (w.stored && old == existing.end()) {
                throw InputError(message(N_("the session of {} at {} is no longer in the "
                                            "database; open the event again"),
                                         format_fi_date(w.stored->date),
                                         format_time_of_day(w.stored->start)));
            }
            if (old == existing.end()) {
                refuse_if_locked(s.date);
                sql << "INSERT INTO sessions (event_id, session_date, start_minute, end_minute, "
                       "break_minutes) VALUES (:event, :date, :start, :end_minute, :break)",
                    soci::use(id, "event"), soci::use(date, "date"), soci::use(s.start, "start"),
                    soci::use(s.end, "end_minute"), soci::use(s.break_minutes, "break");
                session_change.action = AuditAction::insert;
                session_change.new_values = session_fields(s);
                audit.record(session_change);
                continue;
            }
            if (same_time(old->record, s)) {
                continue;
            }
            refuse_if_locked(old->record.date);
            refuse_if_locked(s.date);
            // The domain's rule: partial minutes never exceed the session's length.
            for (auto& who : partial_marks_longer_than(sql, old->id, s.length())) {
                too_long.push_back(format_fi_date(s.date) + " " + format_time_of_day(s.start) +
                                   ", " + who);
            }
            sql << "UPDATE sessions SET session_date = :date, start_minute = :start, "
                   "end_minute = :end_minute, break_minutes = :break WHERE id = :id",
                soci::use(date, "date"), soci::use(s.start, "start"),
                soci::use(s.end, "end_minute"), soci::use(s.break_minutes, "break"),
                soci::use(old->id, "id");
            session_change.action = AuditAction::update;
            session_change.key = session_key(stored_id, old->record);
            std::tie(session_change.old_values, session_change.new_values) =
                changed_fields(session_fields(old->record), session_fields(s));
            audit.record(session_change);
        }
    } catch (...) {
        rethrow_as_database_error(message(N_("saving event {}"), event.event_id));
    }
    if (!too_long.empty()) {
        std::string names;
        for (const auto& n : too_long) {
            names += (names.empty() ? "" : "; ") + n;
        }
        throw InputError(message(N_("a session would be shorter than the partial attendance "
                                    "marked in it ({}); change those marks first or keep the "
                                    "session longer; nothing was saved"),
                                 names),
                         Place{"", 0, "end"});
    }
}

}  // namespace polku::db
