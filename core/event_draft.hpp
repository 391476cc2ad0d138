#pragma once
// An event and its sessions as a form holds them: the text of each field, checked with the
// import's own rules (parse_event_row, parse_session_row) so that a value the events.csv or
// sessions.csv import refuses is refused by the editor too, with the same message.

#include <optional>
#include <string>
#include <vector>

#include "core/attendance_marks.hpp"
#include "core/error.hpp"
#include "core/records.hpp"

namespace polku {

struct SessionDraft {
    std::string date;  // 15.3.2024 or 2024-03-15
    std::string start;
    std::string end;
    std::string break_minutes;
    std::optional<SessionKey> stored;  // the stored session this row edits; none: a new one
    bool operator==(const SessionDraft&) const = default;
};

// Fields are named as the columns of events.csv (formats.md).
struct EventDraft {
    std::string event_id;
    std::string project;
    std::string title;
    std::string kind;  // course, workshop, …
    std::string work_package;
    std::string course;
    std::string provider;
    std::string mode;  // blank, onsite, remote, hybrid
    std::string cost_eur;
    std::string place;
    std::string target_group;
    std::vector<SessionDraft> sessions;
    bool operator==(const EventDraft&) const = default;
};

// One thing wrong with a draft: the column of the field, and the session's index for a
// session field (none for a field of the event).
struct DraftProblem {
    std::string field;
    std::optional<std::size_t> session;
    std::string message;
};

struct CheckedEvent {
    EventRecord event;
    std::vector<SessionRecord> sessions;  // parallel to the draft's sessions
    std::vector<DraftProblem> problems;   // empty: event and sessions hold the typed values
    bool ok() const { return problems.empty(); }
};

// Checks every field of the draft and of each session, and that no two sessions start at
// the same date and time. Never throws.
CheckedEvent check_event_draft(const EventDraft& draft);

// The draft's problems as InputErrors' FieldErrors: the column, and the session's number
// (from 1) as the line. For a use case that refuses a draft.
std::vector<FieldError> field_errors(const std::vector<DraftProblem>& problems);

// The sessions moved by whole days so that the earliest lands on `first`, keeping the days
// between them (for a copy of an event on other dates). Empty stays empty.
std::vector<SessionRecord> shift_sessions(std::vector<SessionRecord> sessions, Date first);

}  // namespace polku
