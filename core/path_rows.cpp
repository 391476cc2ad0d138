#include "core/path_rows.hpp"

#include "core/message.hpp"
#include "core/quantity.hpp"
#include "core/row_parsers.hpp"
#include "core/text.hpp"

namespace polku {

namespace {

enum PathCol { p_project, p_path_id, p_name, p_target_group, p_description };
// Codes and names stored in unique indexes are limited as formats.md's are (kMaxNameLength).
constexpr ColumnSpec kPathColumns[] = {{"project", true},
                                       {"path_id", true, {}, kMaxNameLength},
                                       {"name", true},
                                       {"target_group", false, {}, kMaxNameLength},
                                       {"description", false}};

enum StepCol {
    st_project,
    st_path_id,
    st_step,
    st_kind,
    st_title,
    st_competence,
    st_framework,
    st_minutes,
    st_hours,
    st_course,
    st_mandatory,
    st_due_days
};
constexpr ColumnSpec kStepColumns[] = {{"project", true},    {"path_id", true},
                                       {"step", true},       {"kind", true},
                                       {"title", false},     {"competence", false},
                                       {"framework", false}, {"minutes", false},
                                       {"hours", false},     {"course", false, {}, kMaxNameLength},
                                       {"mandatory", false}, {"due_days", false}};

enum AssignmentCol { as_project, as_path_id, as_employee_id, as_target_group, as_start, as_due };
constexpr ColumnSpec kAssignmentColumns[] = {{"project", true},      {"path_id", true},
                                             {"employee_id", false}, {"target_group", false},
                                             {"start", true},        {"due", false}};

enum SignOffCol { so_project, so_path_id, so_step, so_employee_id, so_date, so_by, so_note };
constexpr ColumnSpec kSignOffColumns[] = {{"project", true},     {"path_id", true}, {"step", true},
                                          {"employee_id", true}, {"date", true},    {"by", true},
                                          {"note", false}};

enum EventCompetenceCol { ec_event_id, ec_competence, ec_framework };
constexpr ColumnSpec kEventCompetenceColumns[] = {
    {"event_id", true}, {"competence", true}, {"framework", false}};

enum ActivityCompetenceCol {
    acc_employee_id,
    acc_project,
    acc_date,
    acc_kind,
    acc_competence,
    acc_framework
};
constexpr ColumnSpec kActivityCompetenceColumns[] = {{"employee_id", true}, {"project", true},
                                                     {"date", true},        {"kind", true},
                                                     {"competence", true},  {"framework", false}};

// A step number: a whole number from 1.
std::optional<int> step_number(const RowFields& row, std::size_t column) {
    if (row.blank(column)) {
        row.error(column,
                  translate(N_("a step number is required (1, 2, …: the order of the steps)")));
        return std::nullopt;
    }
    const auto number = parse_whole_number(row.text(column));
    if (!number.ok()) {
        row.error(column, message(N_("{} (a step number: 1, 2, …)"), number.problem));
        return std::nullopt;
    }
    if (number.value < 1 || number.value > 10'000) {
        row.error(column,
                  message(N_("{} is out of range; steps are numbered from 1 (at most 10000)"),
                          number.value));
        return std::nullopt;
    }
    return static_cast<int>(number.value);
}

// Minutes or hours, exactly one, when a competence step needs them; neither otherwise.
std::optional<long long> step_minutes(const RowFields& row) {
    if (!row.blank(st_minutes) && !row.blank(st_hours)) {
        row.error(st_hours, translate(N_("give either minutes or hours, not both")));
        return std::nullopt;
    }
    if (!row.blank(st_minutes)) {
        return row.optional_whole(st_minutes, 1, 1'000'000);
    }
    if (!row.blank(st_hours)) {
        const auto parsed = parse_hours_as_minutes(row.text(st_hours));
        if (!parsed.ok()) {
            row.error(st_hours, parsed.problem);
            return std::nullopt;
        }
        if (parsed.value < 1 || parsed.value > 1'000'000) {
            row.error(st_hours, message(N_("{} hours is out of range; a step asks for 1 minute "
                                           "to 16666 hours"),
                                        row.text(st_hours)));
            return std::nullopt;
        }
        return parsed.value;
    }
    return std::nullopt;
}

// A field a step of this kind does not use is a mistake worth saying: the user meant
// another kind, or put the value on the wrong line.
void refuse_if_given(const RowFields& row, std::size_t column, std::string_view column_name,
                     StepKind kind) {
    if (!row.blank(column)) {
        row.error(column,
                  message(N_("a {} step has no {}; leave it blank"), name_of(kind), column_name));
    }
}

}  // namespace

std::span<const ColumnSpec> path_columns() {
    return kPathColumns;
}
std::span<const ColumnSpec> path_step_columns() {
    return kStepColumns;
}
std::span<const ColumnSpec> assignment_columns() {
    return kAssignmentColumns;
}
std::span<const ColumnSpec> sign_off_columns() {
    return kSignOffColumns;
}
std::span<const ColumnSpec> event_competence_columns() {
    return kEventCompetenceColumns;
}
std::span<const ColumnSpec> activity_competence_columns() {
    return kActivityCompetenceColumns;
}

std::optional<PathRecord> parse_path_row(const RowFields& row) {
    PathRecord r;
    auto project = row.required_text(p_project);
    auto path_id = row.required_text(p_path_id);
    auto name = row.required_text(p_name);
    r.target_group = row.optional_text(p_target_group);
    if (!row.blank(p_description)) {
        r.description = std::string(row.raw(p_description));
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.project = *project;
    r.path_id = *path_id;
    r.name = *name;
    return r;
}

std::optional<PathStepRecord> parse_path_step_row(const RowFields& row) {
    PathStepRecord r;
    auto project = row.required_text(st_project);
    auto path_id = row.required_text(st_path_id);
    auto number = step_number(row, st_step);
    std::optional<StepKind> kind;
    if (auto text = row.required_text(st_kind)) {
        kind = enum_from_name<StepKind>(ascii_lower(*text));
        if (!kind) {
            row.error(st_kind,
                      message(N_("'{}' is not a step kind; expected competence, course or signoff"),
                              *text));
        }
    }
    r.title = row.optional_text(st_title);
    r.competence = row.optional_text(st_competence);
    r.framework = row.optional_text(st_framework);
    r.course = row.optional_text(st_course);
    auto minutes = step_minutes(row);
    if (auto mandatory = row.optional_enum<bool>(st_mandatory, parse_yes_no, "yes, no")) {
        r.mandatory = *mandatory;
    }
    if (auto due = row.optional_whole(st_due_days, 0, 36'500)) {
        r.due_days = static_cast<int>(*due);
    }
    if (kind) {
        switch (*kind) {
            case StepKind::competence:
                if (!r.competence) {
                    row.error(st_competence,
                              translate(N_("a competence step needs its competence (an ID "
                                           "number)")));
                }
                if (!minutes && row.blank(st_minutes) && row.blank(st_hours)) {
                    row.error(st_minutes, translate(N_("a competence step needs the minutes or "
                                                       "hours of training it asks for")));
                }
                refuse_if_given(row, st_course, "course", *kind);
                break;
            case StepKind::course:
                if (!r.course) {
                    row.error(st_course,
                              translate(N_("a course step needs its course (a course title)")));
                }
                refuse_if_given(row, st_competence, "competence", *kind);
                refuse_if_given(row, st_framework, "framework", *kind);
                refuse_if_given(row, st_minutes, "minutes", *kind);
                refuse_if_given(row, st_hours, "hours", *kind);
                break;
            case StepKind::signoff:
                if (!r.title) {
                    row.error(st_title,
                              translate(N_("a signoff step needs a title saying what is signed "
                                           "off (e.g. Development discussion)")));
                }
                refuse_if_given(row, st_competence, "competence", *kind);
                refuse_if_given(row, st_framework, "framework", *kind);
                refuse_if_given(row, st_minutes, "minutes", *kind);
                refuse_if_given(row, st_hours, "hours", *kind);
                refuse_if_given(row, st_course, "course", *kind);
                break;
        }
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.project = *project;
    r.path_id = *path_id;
    r.number = *number;
    r.kind = *kind;
    r.required_minutes = minutes ? static_cast<int>(*minutes) : 0;
    return r;
}

std::optional<AssignmentRecord> parse_assignment_row(const RowFields& row) {
    AssignmentRecord r;
    auto project = row.required_text(as_project);
    auto path_id = row.required_text(as_path_id);
    r.employee_id = row.optional_text(as_employee_id);
    r.target_group = row.optional_text(as_target_group);
    if (r.employee_id && r.target_group) {
        row.error(as_target_group, translate(N_("give either an employee_id or a target_group "
                                                "(every member), not both")));
    } else if (!r.employee_id && !r.target_group) {
        row.error(as_employee_id, translate(N_("an employee_id or a target_group (to assign "
                                               "every member) is required")));
    }
    auto start = row.required_date(as_start);
    r.due = row.optional_date(as_due);
    if (start && r.due && *r.due < *start) {
        row.error(as_due, message(N_("the due date {} is before the start {}"),
                                  format_iso_date(*r.due), format_iso_date(*start)));
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.project = *project;
    r.path_id = *path_id;
    r.start = *start;
    return r;
}

std::optional<SignOffRecord> parse_sign_off_row(const RowFields& row) {
    SignOffRecord r;
    auto project = row.required_text(so_project);
    auto path_id = row.required_text(so_path_id);
    auto step = step_number(row, so_step);
    auto employee_id = row.required_text(so_employee_id);
    auto date = row.required_date(so_date);
    auto by = row.required_text(so_by);
    if (!row.blank(so_note)) {
        r.note = std::string(row.raw(so_note));
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.project = *project;
    r.path_id = *path_id;
    r.step = *step;
    r.employee_id = *employee_id;
    r.date = *date;
    r.by = *by;
    return r;
}

std::optional<EventCompetenceRecord> parse_event_competence_row(const RowFields& row) {
    EventCompetenceRecord r;
    auto event_id = row.required_text(ec_event_id);
    auto competence = row.required_text(ec_competence);
    r.framework = row.optional_text(ec_framework);
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.event_id = *event_id;
    r.competence = *competence;
    return r;
}

std::optional<ActivityCompetenceRecord> parse_activity_competence_row(const RowFields& row) {
    ActivityCompetenceRecord r;
    auto employee_id = row.required_text(acc_employee_id);
    auto project = row.required_text(acc_project);
    auto date = row.required_date(acc_date);
    if (auto kind_text = row.required_text(acc_kind)) {
        const auto kind = enum_from_name<Kind>(*kind_text);
        if (!kind || !is_activity_kind(*kind)) {
            row.error(acc_kind, message(N_("'{}' is not an activity kind; expected "
                                           "self_study, coaching or other"),
                                        *kind_text));
        } else {
            r.kind = *kind;
        }
    }
    auto competence = row.required_text(acc_competence);
    r.framework = row.optional_text(acc_framework);
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.employee_id = *employee_id;
    r.project = *project;
    r.date = *date;
    r.competence = *competence;
    return r;
}

}  // namespace polku
