#pragma once
// Marks as the attendance sheet enters them: one session, a mark (or none) per person, and
// the rules a mark and a walk-in's new person record must keep before anything is saved.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/kinds.hpp"

namespace polku {

// A session as people name it: the event's id, the date and the start (minutes since midnight).
struct SessionKey {
    std::string event_id;
    Date date;
    int start = 0;
    bool operator==(const SessionKey&) const = default;
};

// A session to pick from a list.
struct SessionSummary {
    SessionKey key;
    std::string event_title;
    int end = 0;            // minutes since midnight
    int break_minutes = 0;  // within the session
    // end − start − breaks (attendance_rules.hpp).
    int length() const;
};

// One person's mark in one session: a status, and minutes for a partial one only.
struct Mark {
    AttendanceStatus status = AttendanceStatus::present;
    std::optional<int> minutes;
    bool operator==(const Mark&) const = default;
};

// A person's mark as the sheet holds it; no mark means "not marked" (and removes a stored one).
struct PersonMark {
    std::string employee_id;
    std::optional<Mark> mark;
    bool operator==(const PersonMark&) const = default;
};

// A person's mark as the sheet read it from the database and as the user wants it. Saving
// writes only marks that differ from what was read, and each only while the stored mark is
// still the one read: two people marking the same session never overwrite each other's work
// unseen (optimistic locking).
struct MarkEdit {
    std::string employee_id;
    std::optional<Mark> read;    // none: there was no mark
    std::optional<Mark> wanted;  // none: remove the mark
    bool changes() const { return read != wanted; }
    bool operator==(const MarkEdit&) const = default;
};

enum class MarkProblem {
    none,
    minutes_missing,      // partial without minutes
    minutes_too_few,      // partial with less than 1 minute
    minutes_too_many,     // partial longer than the session
    minutes_not_partial,  // minutes given with present, absent or excused
};

// What is wrong with `mark` in a session of `session_length` minutes: partial needs 1..length
// minutes; the other statuses take none.
MarkProblem mark_problem(const Mark& mark, int session_length);
// The problem in English for messages and logs: "400 minutes is more than the session lasts
// (390 minutes)". Empty for MarkProblem::none.
std::string describe(MarkProblem problem, const Mark& mark, int session_length);

// A walk-in who is not in the database yet: the least a person record needs.
struct NewPerson {
    std::string employee_id;
    std::string first_name;
    std::string last_name;
    bool operator==(const NewPerson&) const = default;
};

enum class NewPersonProblem {
    none,
    employee_id_missing,
    employee_id_has_space,  // ids are one word: they are typed and matched exactly
    first_name_missing,
    last_name_missing,
};

// The first problem of `person` (fields checked in the order above, after trimming).
NewPersonProblem new_person_problem(const NewPerson& person);
std::string describe(NewPersonProblem problem);

}  // namespace polku
