#include "core/row_parsers.hpp"

#include <algorithm>

#include "core/business_id.hpp"
#include "core/message.hpp"
#include "core/quantity.hpp"
#include "core/text.hpp"

namespace polku {

namespace {

template <typename E>
auto enum_parser() {
    return [](std::string_view text) { return enum_from_name<E>(text); };
}

std::optional<GroupRef> parse_group_ref(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) {
        return std::nullopt;
    }
    GroupRef ref{std::string(trim(text.substr(0, colon))),
                 std::string(trim(text.substr(colon + 1)))};
    if (ref.project.empty() || ref.group.empty()) {
        return std::nullopt;
    }
    return ref;
}

// Columns are listed in the order of formats.md; the enums index into them.
enum ProjectCol {
    p_code,
    p_name,
    p_implementer,
    p_implementer_business_id,
    p_authority,
    p_start,
    p_end,
    p_extended_end,
    p_day_minutes,
    p_cap_per_day,
    p_rounding,
    p_excluded_kinds
};
// Codes, ids and names others refer to are limited to kMaxNameLength (csv_columns.hpp).
constexpr ColumnSpec kProjectColumns[] = {{"code", true, {}, kMaxNameLength},
                                          {"name", true},
                                          {"implementer", false, {}, kMaxNameLength},
                                          {"implementer_business_id", false},
                                          {"authority", false},
                                          {"start", false},
                                          {"end", false},
                                          {"extended_end", false},
                                          {"day_minutes", false},
                                          {"cap_per_day", false},
                                          {"rounding", false},
                                          {"excluded_kinds", false}};

enum TargetCol { t_project, t_metric, t_target_group, t_planned };
constexpr ColumnSpec kTargetColumns[] = {{"project", true, {}, kMaxNameLength},
                                         {"metric", true, {}, kMaxNameLength},
                                         {"target_group", false, {}, kMaxNameLength},
                                         {"planned", true}};

enum PersonCol {
    pe_employee_id,
    pe_first_name,
    pe_last_name,
    pe_email,
    pe_organisation,
    pe_unit,
    pe_supervisor_id,
    pe_gender,
    pe_birth_year,
    pe_education,
    pe_labour_status,
    pe_target_groups
};
constexpr ColumnSpec kPersonColumns[] = {{"employee_id", true, {}, kMaxNameLength},
                                         {"first_name", true},
                                         {"last_name", true},
                                         {"email", false},
                                         {"organisation", false, {}, kMaxNameLength},
                                         {"unit", false, {}, kMaxNameLength},
                                         {"supervisor_id", false, {}, kMaxNameLength},
                                         {"gender", false},
                                         {"birth_year", false},
                                         {"education", false},
                                         {"labour_status", false},
                                         {"target_groups", false}};

enum EventCol {
    e_event_id,
    e_project,
    e_title,
    e_kind,
    e_work_package,
    e_course,
    e_provider,
    e_mode,
    e_cost_eur,
    e_place,
    e_target_group
};
constexpr ColumnSpec kEventColumns[] = {{"event_id", true, {}, kMaxNameLength},
                                        {"project", true, {}, kMaxNameLength},
                                        {"title", true},
                                        {"kind", true},
                                        {"work_package", false, {}, kMaxNameLength},
                                        {"course", false, {}, kMaxNameLength},
                                        {"provider", false},
                                        {"mode", false},
                                        {"cost_eur", false},
                                        {"place", false},
                                        {"target_group", false, {}, kMaxNameLength}};

enum SessionCol { s_event_id, s_date, s_start, s_end, s_break_minutes };
constexpr ColumnSpec kSessionColumns[] = {{"event_id", true, {}, kMaxNameLength},
                                          {"date", true},
                                          {"start", true},
                                          {"end", true},
                                          {"break_minutes", false}};

enum AttendanceCol { a_event_id, a_date, a_start, a_employee_id, a_status, a_minutes };
constexpr ColumnSpec kAttendanceColumns[] = {
    {"event_id", true, {}, kMaxNameLength},    {"date", true},    {"start", false},
    {"employee_id", true, {}, kMaxNameLength}, {"status", false}, {"minutes", false}};

enum ActivityCol {
    ac_employee_id,
    ac_project,
    ac_date,
    ac_kind,
    ac_minutes,
    ac_hours,
    ac_description
};
constexpr ColumnSpec kActivityColumns[] = {{"employee_id", true, {}, kMaxNameLength},
                                           {"project", true, {}, kMaxNameLength},
                                           {"date", true},
                                           {"kind", true},
                                           {"minutes", false},
                                           {"hours", false},
                                           {"description", false}};

constexpr int kMinutesPerDay = 24 * 60;

}  // namespace

std::optional<bool> parse_yes_no(std::string_view text) {
    const std::string value = ascii_lower(text);
    if (value == "yes" || value == "kyllä" || value == "kyllÄ" || value == "kylla" ||
        value == "true" || value == "1") {
        return true;
    }
    if (value == "no" || value == "ei" || value == "false" || value == "0") {
        return false;
    }
    return std::nullopt;
}

std::span<const ColumnSpec> project_columns() {
    return kProjectColumns;
}
std::span<const ColumnSpec> target_columns() {
    return kTargetColumns;
}
std::span<const ColumnSpec> person_columns() {
    return kPersonColumns;
}
std::span<const ColumnSpec> event_columns() {
    return kEventColumns;
}
std::span<const ColumnSpec> session_columns() {
    return kSessionColumns;
}
std::span<const ColumnSpec> attendance_columns() {
    return kAttendanceColumns;
}
std::span<const ColumnSpec> activity_columns() {
    return kActivityColumns;
}

bool is_count_metric(std::string_view metric) {
    return metric == "participants_started" || metric == "participants_started_women" ||
           metric == "participations" || metric == "events";
}

bool is_day_metric(std::string_view metric) {
    return metric == "person_training_days" || metric == "person_training_days_women";
}

std::optional<ProjectRecord> parse_project_row(const RowFields& row, const RowContext&) {
    ProjectRecord r;
    auto code = row.required_text(p_code);
    auto name = row.required_text(p_name);
    r.implementer = row.optional_text(p_implementer);
    r.implementer_business_id = row.optional_text(p_implementer_business_id);
    if (r.implementer_business_id && !is_valid_business_id(*r.implementer_business_id)) {
        row.error(p_implementer_business_id,
                  message(N_("'{}' is not a valid business ID (Y-tunnus); expected seven digits, "
                             "a hyphen and the right check digit, e.g. 0114162-2"),
                          *r.implementer_business_id));
    }
    if (r.implementer_business_id && row.blank(p_implementer)) {  // not when too long
        row.error(p_implementer,
                  translate(N_("a business ID is given but no implementer to hold it")));
    }
    r.authority = row.optional_text(p_authority);
    r.start = row.optional_date(p_start);
    r.end = row.optional_date(p_end);
    r.extended_end = row.optional_date(p_extended_end);
    if (r.start && r.end && *r.end < *r.start) {
        row.error(p_end, message(N_("the project ends ({}) before it starts ({})"),
                                 format_fi_date(*r.end), format_fi_date(*r.start)));
    }
    if (r.extended_end && r.end && *r.extended_end < *r.end) {
        row.error(p_extended_end,
                  translate(N_("the extended end is before the end; leave it blank if not "
                               "extended")));
    }
    if (r.extended_end && !r.end) {
        row.error(p_extended_end, translate(N_("an extended end needs the original end date")));
    }
    if (auto minutes = row.optional_whole(p_day_minutes, 1, kMinutesPerDay)) {
        r.day_minutes = static_cast<int>(*minutes);
    }
    if (auto cap = row.optional_enum<bool>(p_cap_per_day, parse_yes_no, "yes, no")) {
        r.cap_per_day = *cap;
    }
    if (auto rounding = row.optional_enum<DayRounding>(p_rounding, enum_parser<DayRounding>(),
                                                       names_list<DayRounding>())) {
        r.rounding = *rounding;
    }
    for (const auto& name_text : split_list(row.text(p_excluded_kinds), '|')) {
        if (auto kind = enum_from_name<Kind>(name_text)) {
            r.excluded_kinds.push_back(*kind);
        } else {
            row.error(p_excluded_kinds,
                      message(N_("'{}' is not a kind; expected any of {} separated by |"),
                              name_text, names_list<Kind>()));
        }
    }
    std::sort(r.excluded_kinds.begin(), r.excluded_kinds.end());
    r.excluded_kinds.erase(std::unique(r.excluded_kinds.begin(), r.excluded_kinds.end()),
                           r.excluded_kinds.end());
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.code = *code;
    r.name = *name;
    return r;
}

std::optional<TargetRecord> parse_target_row(const RowFields& row, const RowContext&) {
    TargetRecord r;
    auto project = row.required_text(t_project);
    auto metric = row.required_text(t_metric);
    r.target_group = row.optional_text(t_target_group);
    if (auto planned_text = row.required_text(t_planned)) {
        const auto planned = parse_hundredths(*planned_text);
        if (!planned.ok()) {
            row.error(t_planned, planned.problem);
        } else if (planned.value < 0) {
            row.error(t_planned, translate(N_("a planned value cannot be negative")));
        } else if (metric && is_count_metric(*metric) && planned.value % 100 != 0) {
            row.error(
                t_planned,
                message(N_("{} is a count; the planned value must be a whole number"), *metric));
        } else {
            r.planned_hundredths = planned.value;
        }
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.project = *project;
    r.metric = *metric;
    return r;
}

std::optional<PersonRecord> parse_person_row(const RowFields& row, const RowContext& context) {
    PersonRecord r;
    auto employee_id = row.required_text(pe_employee_id);
    auto first_name = row.required_text(pe_first_name);
    auto last_name = row.required_text(pe_last_name);
    r.email = row.optional_text(pe_email);
    if (r.email &&
        (r.email->find('@') == std::string::npos || r.email->find(' ') != std::string::npos)) {
        row.error(pe_email, message(N_("'{}' is not an email address"), *r.email));
    }
    r.organisation = row.optional_text(pe_organisation);
    r.unit = row.optional_text(pe_unit);
    if (r.unit && row.blank(pe_organisation)) {  // not when too long
        row.error(pe_unit,
                  translate(N_("a unit belongs to an organisation; fill in organisation too")));
    }
    r.supervisor_id = row.optional_text(pe_supervisor_id);
    if (r.supervisor_id && employee_id && *r.supervisor_id == *employee_id) {
        row.error(pe_supervisor_id, translate(N_("a person cannot be their own supervisor")));
    }
    r.gender =
        row.optional_enum<Gender>(pe_gender, enum_parser<Gender>(), names_list<Gender>(), true);
    if (auto year = row.optional_whole(pe_birth_year, 1900, 9999)) {
        if (*year > context.current_year) {
            row.error(pe_birth_year, message(N_("{} is in the future"), *year));
        } else {
            r.birth_year = static_cast<int>(*year);
        }
    }
    r.education = row.optional_enum<Education>(pe_education, enum_parser<Education>(),
                                               names_list<Education>(), true);
    r.labour_status = row.optional_enum<LabourStatus>(pe_labour_status, enum_parser<LabourStatus>(),
                                                      names_list<LabourStatus>(), true);
    for (const auto& part : split_list(row.text(pe_target_groups), '|')) {
        auto ref = parse_group_ref(part);
        if (ref && count_characters(ref->group) > kMaxNameLength) {
            row.error(pe_target_groups,
                      message(N_("a target group's name is {} characters long; at most {} are "
                                 "allowed"),
                              count_characters(ref->group), kMaxNameLength));
        } else if (ref) {
            if (std::find(r.target_groups.begin(), r.target_groups.end(), *ref) ==
                r.target_groups.end()) {
                r.target_groups.push_back(std::move(*ref));
            }
        } else {
            row.error(pe_target_groups,
                      message(N_("'{}' is not a target group; write PROJECT:GROUP, several "
                                 "separated by |"),
                              part));
        }
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.employee_id = *employee_id;
    r.first_name = *first_name;
    r.last_name = *last_name;
    return r;
}

std::optional<EventRecord> parse_event_row(const RowFields& row, const RowContext&) {
    EventRecord r;
    auto event_id = row.required_text(e_event_id);
    auto project = row.required_text(e_project);
    auto title = row.required_text(e_title);
    if (auto kind_text = row.required_text(e_kind)) {
        const auto kind = enum_from_name<Kind>(*kind_text);
        if (!kind || !is_event_kind(*kind)) {
            std::string expected = names_list<Kind>();
            expected = expected.substr(0, expected.rfind(", "));  // all but self_study
            row.error(e_kind, message(N_("'{}' is not an event kind; expected one of {}"),
                                      *kind_text, expected));
        } else {
            r.kind = *kind;
        }
    }
    r.work_package = row.optional_text(e_work_package);
    r.course = row.optional_text(e_course);
    r.provider = row.optional_text(e_provider);
    r.mode = row.optional_enum<DeliveryMode>(e_mode, enum_parser<DeliveryMode>(),
                                             names_list<DeliveryMode>());
    if (auto cost_text = row.optional_text(e_cost_eur)) {
        const auto cost = parse_hundredths(*cost_text);
        if (!cost.ok()) {
            row.error(e_cost_eur, message(N_("{} (euros)"), cost.problem));
        } else if (cost.value < 0) {
            row.error(e_cost_eur, translate(N_("a cost cannot be negative")));
        } else {
            r.cost_cents = cost.value;
        }
    }
    r.place = row.optional_text(e_place);
    if (auto group = row.optional_text(e_target_group)) {
        // GROUP, or PROJECT:GROUP naming the event's own project.
        if (group->find(':') == std::string::npos) {
            r.target_group = *group;
        } else if (auto ref = parse_group_ref(*group)) {
            if (project && ref->project != *project) {
                row.error(e_target_group,
                          message(N_("the target group {} is of another project than the "
                                     "event's ({})"),
                                  *group, *project));
            }
            r.target_group = ref->group;
        } else {
            row.error(
                e_target_group,
                message(N_("'{}' is not a target group; write GROUP or PROJECT:GROUP"), *group));
        }
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.event_id = *event_id;
    r.project = *project;
    r.title = *title;
    return r;
}

std::optional<SessionRecord> parse_session_row(const RowFields& row, const RowContext&) {
    SessionRecord r;
    auto event_id = row.required_text(s_event_id);
    auto date = row.required_date(s_date);
    auto start = row.required_time(s_start);
    auto end = row.required_time(s_end);
    auto break_minutes = row.optional_whole(s_break_minutes, 0, kMinutesPerDay);
    if (start && end && *end <= *start) {
        row.error(s_end, message(N_("the session ends ({}) before or when it starts ({})"),
                                 row.text(s_end), row.text(s_start)));
    } else if (start && end && break_minutes && *break_minutes >= *end - *start) {
        row.error(s_break_minutes,
                  message(N_("a break of {} minutes is as long as or longer than the session "
                             "({} minutes)"),
                          *break_minutes, *end - *start));
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.event_id = *event_id;
    r.date = *date;
    r.start = *start;
    r.end = *end;
    r.break_minutes = static_cast<int>(break_minutes.value_or(0));
    return r;
}

std::optional<AttendanceRecord> parse_attendance_row(const RowFields& row, const RowContext&) {
    AttendanceRecord r;
    auto event_id = row.required_text(a_event_id);
    auto date = row.required_date(a_date);
    r.start = row.optional_time(a_start);
    auto employee_id = row.required_text(a_employee_id);
    static const std::string kStatuses = names_list<AttendanceStatus>();
    auto status =
        row.optional_enum<AttendanceStatus>(a_status, enum_parser<AttendanceStatus>(), kStatuses);
    r.status = status.value_or(AttendanceStatus::present);
    const bool status_ok = row.blank(a_status) || status.has_value();
    auto minutes = row.optional_whole(a_minutes, -1'000'000, 1'000'000);
    if (minutes && *minutes < 1) {
        row.error(a_minutes,
                  message(N_("{} minutes; partial attendance needs at least 1 minute"), *minutes));
    } else if (minutes && status_ok && r.status != AttendanceStatus::partial) {
        row.error(a_minutes,
                  message(N_("minutes are given only with status partial (this row is {})"),
                          name_of(r.status)));
    } else if (!minutes && !row.blank(a_minutes)) {
        // already reported by optional_whole
    } else if (!minutes && status_ok && r.status == AttendanceStatus::partial) {
        row.error(a_minutes, translate(N_("status partial needs the minutes attended")));
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.event_id = *event_id;
    r.date = *date;
    r.employee_id = *employee_id;
    if (minutes) {
        r.minutes = static_cast<int>(*minutes);
    }
    return r;
}

std::optional<ActivityRecord> parse_activity_row(const RowFields& row, const RowContext&) {
    ActivityRecord r;
    auto employee_id = row.required_text(ac_employee_id);
    auto project = row.required_text(ac_project);
    auto date = row.required_date(ac_date);
    if (auto kind_text = row.required_text(ac_kind)) {
        const auto kind = enum_from_name<Kind>(*kind_text);
        if (!kind || !is_activity_kind(*kind)) {
            row.error(ac_kind, message(N_("'{}' is not an activity kind; expected self_study, "
                                          "coaching or other"),
                                       *kind_text));
        } else {
            r.kind = *kind;
        }
    }
    std::optional<long long> minutes;
    if (!row.blank(ac_minutes) && !row.blank(ac_hours)) {
        row.error(ac_hours, translate(N_("give either minutes or hours, not both")));
    } else if (!row.blank(ac_minutes)) {
        minutes = row.optional_whole(ac_minutes, -1'000'000, 1'000'000);
    } else if (!row.blank(ac_hours)) {
        const auto parsed = parse_hours_as_minutes(row.text(ac_hours));
        if (!parsed.ok()) {
            row.error(ac_hours, parsed.problem);
        } else {
            minutes = parsed.value;
        }
    } else {
        row.error(ac_minutes, translate(N_("minutes or hours are required")));
    }
    const std::size_t amount_column = row.blank(ac_minutes) ? ac_hours : ac_minutes;
    if (minutes && (*minutes < 1 || *minutes > kMinutesPerDay)) {
        row.error(amount_column,
                  message(N_("{} minutes is out of range; an activity lasts 1 minute to 24 hours"),
                          *minutes));
    }
    r.description = row.optional_text(ac_description);
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.employee_id = *employee_id;
    r.project = *project;
    r.date = *date;
    r.minutes = static_cast<int>(*minutes);
    return r;
}

}  // namespace polku
