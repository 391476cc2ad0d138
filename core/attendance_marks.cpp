#include "core/attendance_marks.hpp"

#include "core/attendance_rules.hpp"
#include "core/message.hpp"
#include "core/text.hpp"

namespace polku {

int SessionSummary::length() const {
    return session_length(key.start, end, break_minutes);
}

MarkProblem mark_problem(const Mark& mark, int session_length) {
    if (mark.status != AttendanceStatus::partial) {
        return mark.minutes ? MarkProblem::minutes_not_partial : MarkProblem::none;
    }
    if (!mark.minutes) {
        return MarkProblem::minutes_missing;
    }
    if (*mark.minutes < 1) {
        return MarkProblem::minutes_too_few;
    }
    if (*mark.minutes > session_length) {
        return MarkProblem::minutes_too_many;
    }
    return MarkProblem::none;
}

std::string describe(MarkProblem problem, const Mark& mark, int session_length) {
    switch (problem) {
        case MarkProblem::none:
            return {};
        case MarkProblem::minutes_missing:
            return translate(N_("partial attendance needs its minutes"));
        case MarkProblem::minutes_too_few:
            return translate(N_("partial attendance needs at least 1 minute"));
        case MarkProblem::minutes_too_many:
            return message(N_("{} minutes is more than the session lasts ({} minutes)"),
                           mark.minutes ? std::to_string(*mark.minutes) : std::string(),
                           session_length);
        case MarkProblem::minutes_not_partial:
            return message(N_("minutes are given for partial attendance only, not for {}"),
                           name_of(mark.status));
    }
    return {};
}

NewPersonProblem new_person_problem(const NewPerson& person) {
    const auto id = trim(person.employee_id);
    if (id.empty()) {
        return NewPersonProblem::employee_id_missing;
    }
    for (const char c : id) {
        if (c == ' ' || c == '\t') {
            return NewPersonProblem::employee_id_has_space;
        }
    }
    if (trim(person.first_name).empty()) {
        return NewPersonProblem::first_name_missing;
    }
    if (trim(person.last_name).empty()) {
        return NewPersonProblem::last_name_missing;
    }
    return NewPersonProblem::none;
}

std::string describe(NewPersonProblem problem) {
    switch (problem) {
        case NewPersonProblem::none:
            return {};
        case NewPersonProblem::employee_id_missing:
            return translate(N_("a new person needs an employee id"));
        case NewPersonProblem::employee_id_has_space:
            return translate(N_("an employee id is one word, without spaces"));
        case NewPersonProblem::first_name_missing:
            return translate(N_("a new person needs a first name"));
        case NewPersonProblem::last_name_missing:
            return translate(N_("a new person needs a last name"));
    }
    return {};
}

}  // namespace polku
