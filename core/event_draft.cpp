#include "core/event_draft.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "core/draft_rows.hpp"
#include "core/message.hpp"
#include "core/time_of_day.hpp"

namespace polku {

CheckedEvent check_event_draft(const EventDraft& d) {
    CheckedEvent out;
    ErrorList event_errors("");
    auto event = parse_as_row(event_columns(),
                              {d.event_id, d.project, d.title, d.kind, d.work_package, d.course,
                               d.provider, d.mode, d.cost_eur, d.place, d.target_group},
                              1, event_errors, parse_event_row);
    for (auto& e : event_errors.sorted()) {
        out.problems.push_back({e.place.column, std::nullopt, e.message});
    }
    if (event) {
        out.event = std::move(*event);
    }
    // A session row needs an event id of its own; a missing one is the event's problem.
    const std::string event_id = d.event_id.empty() ? std::string("-") : d.event_id;
    std::set<std::pair<std::string, int>> starts;
    for (std::size_t i = 0; i < d.sessions.size(); ++i) {
        const auto& s = d.sessions[i];
        ErrorList errors("");
        auto session =
            parse_as_row(session_columns(), {event_id, s.date, s.start, s.end, s.break_minutes},
                         i + 1, errors, parse_session_row);
        for (auto& e : errors.sorted()) {
            out.problems.push_back({e.place.column, i, e.message});
        }
        if (!session) {
            out.sessions.emplace_back();
            continue;
        }
        if (!starts.insert({format_iso_date(session->date), session->start}).second) {
            out.problems.push_back(
                {"start", i,
                 message(N_("another session of this event starts at {} on {}"),
                         format_time_of_day(session->start), format_fi_date(session->date))});
        }
        out.sessions.push_back(std::move(*session));
    }
    return out;
}

std::vector<FieldError> field_errors(const std::vector<DraftProblem>& problems) {
    std::vector<FieldError> out;
    for (const auto& p : problems) {
        out.push_back({Place{"", p.session ? *p.session + 1 : 0, p.field}, p.message});
    }
    return out;
}

std::vector<SessionRecord> shift_sessions(std::vector<SessionRecord> sessions, Date first) {
    if (sessions.empty()) {
        return sessions;
    }
    const auto earliest = std::min_element(
        sessions.begin(), sessions.end(),
        [](const SessionRecord& a, const SessionRecord& b) { return a.date < b.date; });
    const int days = days_between(earliest->date, first);
    for (auto& s : sessions) {
        s.date = add_days(s.date, days);
    }
    return sessions;
}

}  // namespace polku
