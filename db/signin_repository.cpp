#include "db/signin_repository.hpp"

#include <soci/soci.h>

#include <vector>

#include "core/error.hpp"
#include "core/message.hpp"
#include "core/time_of_day.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/soci_errors.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

using import::Nullable;

namespace {

struct EventRow {
    long long id = 0;
    std::optional<long long> target_group;
};

EventRow load_event(soci::session& sql, const std::string& event_id, SigninSheet& sheet) {
    EventRow event;
    std::string kind;
    Nullable<std::string> place;
    Nullable<long long> group;
    soci::indicator found = soci::i_null;
    sql << "SELECT e.id, e.title, e.kind, e.place, e.target_group_id, p.code, p.name "
           "FROM events e JOIN projects p ON p.id = e.project_id WHERE e.code = :code",
        soci::use(event_id), soci::into(event.id, found), soci::into(sheet.event_title),
        soci::into(kind), soci::into(place.value, place.ind), soci::into(group.value, group.ind),
        soci::into(sheet.project_code), soci::into(sheet.project_name);
    if (found != soci::i_ok) {
        throw InputError("event " + event_id +
                         " is not in the database; check the event id, or import the event in "
                         "events.csv first");
    }
    const auto parsed_kind = enum_from_name<Kind>(kind);
    if (!parsed_kind) {
        throw DatabaseError("the database holds an unknown event kind '" + kind + "'");
    }
    sheet.event_id = event_id;
    sheet.event_kind = *parsed_kind;
    sheet.place = place.get().value_or("");
    event.target_group = group.get();
    return event;
}

struct SessionRow {
    long long id = 0;
    Date date;
    int start = 0;
    int end = 0;
    long long participants = 0;  // present or partial marks
};

// The event's sessions by date and start.
std::vector<SessionRow> load_sessions(soci::session& sql, long long event_id) {
    std::vector<SessionRow> sessions;
    SessionRow row;
    std::string date;
    soci::statement st =
        (sql.prepare << "SELECT s.id, s.session_date, s.start_minute, s.end_minute, "
                        "(SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND "
                        "(a.status = 'present' OR a.status = 'partial')) "
                        "FROM sessions s WHERE s.event_id = :event "
                        "ORDER BY s.session_date, s.start_minute",
         soci::use(event_id), soci::into(row.id), soci::into(date), soci::into(row.start),
         soci::into(row.end), soci::into(row.participants));
    st.execute();
    while (st.fetch()) {
        row.date = stored_date(date);
        sessions.push_back(row);
    }
    return sessions;
}

std::string start_times(const std::vector<const SessionRow*>& sessions) {
    std::string out;
    for (const auto* s : sessions) {
        out += (out.empty() ? "" : ", ") + format_time_of_day(s->start);
    }
    return out;
}

// The session asked for, or an error that says what the event does have.
const SessionRow& choose_session(const std::vector<SessionRow>& sessions,
                                 const std::string& event_id, Date date, std::optional<int> start) {
    std::vector<const SessionRow*> on_date;
    for (const auto& s : sessions) {
        if (s.date == date) {
            on_date.push_back(&s);
        }
    }
    if (on_date.empty()) {
        std::string dates;
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            if (i == 0 || sessions[i].date != sessions[i - 1].date) {
                dates += (dates.empty() ? "" : ", ") + format_fi_date(sessions[i].date);
            }
        }
        throw InputError("event " + event_id + " has no session on " + format_fi_date(date) +
                         (dates.empty() ? "; it has no sessions at all, import them in "
                                          "sessions.csv first"
                                        : "; its sessions are on " + dates));
    }
    if (start) {
        for (const auto* s : on_date) {
            if (s->start == *start) {
                return *s;
            }
        }
        throw InputError("event " + event_id + " has no session starting at " +
                         format_time_of_day(*start) + " on " + format_fi_date(date) +
                         " (sessions start at " + start_times(on_date) + ")");
    }
    if (on_date.size() > 1) {
        throw UsageError("event " + event_id + " has " + std::to_string(on_date.size()) +
                         " sessions on " + format_fi_date(date) + " (" + start_times(on_date) +
                         "); choose one with --start");
    }
    return *on_date.front();
}

// The latest session before `chosen` with anyone present or partial: a later session whose
// marks are not entered yet would otherwise leave the sheet without names.
const SessionRow* previous_with_participants(const std::vector<SessionRow>& sessions,
                                             const SessionRow& chosen) {
    const SessionRow* previous = nullptr;
    for (const auto& s : sessions) {  // by date and start
        const bool earlier =
            s.date < chosen.date || (s.date == chosen.date && s.start < chosen.start);
        if (earlier && s.participants > 0) {
            previous = &s;
        }
    }
    return previous;
}

constexpr const char* kPersonColumns = "SELECT p.employee_id, p.first_name, p.last_name, u.name ";
constexpr const char* kGroupMembers =
    "FROM target_group_members m JOIN people p ON p.id = m.person_id "
    "LEFT JOIN units u ON u.id = p.unit_id WHERE m.target_group_id = :id";
constexpr const char* kSessionParticipants =
    "FROM attendance a JOIN people p ON p.id = a.person_id "
    "LEFT JOIN units u ON u.id = p.unit_id WHERE a.session_id = :id "
    "AND (a.status = 'present' OR a.status = 'partial')";
constexpr const char* kSessionMarked =
    "FROM attendance a JOIN people p ON p.id = a.person_id "
    "LEFT JOIN units u ON u.id = p.unit_id WHERE a.session_id = :id";

// The people a query names for one group or session id, in no particular order.
std::vector<SigninParticipant> load_people(soci::session& sql, const char* from, long long id) {
    std::vector<SigninParticipant> people;
    std::string employee_id, first, last;
    Nullable<std::string> unit;
    soci::statement st =
        (sql.prepare << std::string(kPersonColumns) + from, soci::use(id), soci::into(employee_id),
         soci::into(first), soci::into(last), soci::into(unit.value, unit.ind));
    st.execute();
    while (st.fetch()) {
        people.push_back({employee_id, signin_name(first, last), unit.get().value_or("")});
    }
    return people;
}

}  // namespace

SigninData SigninRepository::load(const std::string& event_id, Date date,
                                  std::optional<int> start) {
    try {
        auto& sql = m_db.session();
        SigninData out;
        const EventRow event = load_event(sql, event_id, out.sheet);
        const auto sessions = load_sessions(sql, event.id);
        const SessionRow& session = choose_session(sessions, event_id, date, start);
        out.sheet.date = session.date;
        out.sheet.start = session.start;
        out.sheet.end = session.end;
        if (event.target_group) {
            out.candidates.target_group = load_people(sql, kGroupMembers, *event.target_group);
        }
        if (const auto* previous = previous_with_participants(sessions, session)) {
            out.candidates.previous_session = load_people(sql, kSessionParticipants, previous->id);
        }
        out.candidates.marked = load_people(sql, kSessionMarked, session.id);
        return out;
    } catch (...) {
        rethrow_as_database_error(message(N_("reading the sign-in sheet of event {}"), event_id));
    }
}

}  // namespace polku::db
