// One parser per import file of formats.md "CSV in": a good row gives the typed record, each
// bad value an error on its column, as "FILE:LINE: column: message".
#include <boost/test/unit_test.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/row_parsers.hpp"
#include "csv_row.hpp"
#include "test_print.hpp"

using namespace polku;
using polku::test::Cells;
using polku::test::row_of;
using polku::test::with;
using polku::test::without;
using Strings = std::vector<std::string>;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

template <typename Record>
using Parser = std::optional<Record> (*)(const RowFields&, const RowContext&);

constexpr std::size_t kLine = 5;  // every record here starts on line 5 of its file

// Parses a row expected to be good: no errors, a record.
template <typename Record>
Record accepted(Parser<Record> parse, std::span<const ColumnSpec> columns, const Cells& cells,
                const RowContext& context = {}) {
    auto r = row_of(columns, cells, "in.csv", kLine);
    BOOST_TEST_REQUIRE(r.binding.readable());
    const auto record = parse(r.row, context);
    BOOST_TEST(r.messages() == Strings{});
    BOOST_TEST_REQUIRE(record.has_value());
    return *record;
}

// Parses a row expected to be bad: no record; returns the errors.
template <typename Record>
Strings rejected(Parser<Record> parse, std::span<const ColumnSpec> columns, const std::string& file,
                 const Cells& cells, const RowContext& context = {}) {
    auto r = row_of(columns, cells, file, kLine);
    BOOST_TEST_REQUIRE(r.binding.readable());
    const auto record = parse(r.row, context);
    BOOST_TEST(!record.has_value());
    return r.messages();
}

// ---- projects.csv ----

const Cells kProject = {{"code", "S10873"},
                        {"name", "OSKU"},
                        {"implementer", "Oulunkaaren kuntayhtymä"},
                        {"implementer_business_id", "0114162-2"},
                        {"authority", "Pohjois-Pohjanmaan ELY-keskus"},
                        {"start", "1.4.2009"},
                        {"end", "2012-02-29"},
                        {"extended_end", ""},
                        {"day_minutes", "360"},
                        {"cap_per_day", "yes"},
                        {"rounding", "none"},
                        {"excluded_kinds", ""}};

ProjectRecord project_ok(const Cells& cells) {
    return accepted(parse_project_row, project_columns(), cells);
}
Strings project_errors(const Cells& cells) {
    return rejected(parse_project_row, project_columns(), "projects.csv", cells);
}

// ---- targets.csv ----

const Cells kTarget = {{"project", "S10873"},
                       {"metric", "person_training_days"},
                       {"target_group", ""},
                       {"planned", "2352"}};

TargetRecord target_ok(const Cells& cells) {
    return accepted(parse_target_row, target_columns(), cells);
}
Strings target_errors(const Cells& cells) {
    return rejected(parse_target_row, target_columns(), "targets.csv", cells);
}

// ---- people.csv ----

const Cells kPerson = {{"employee_id", "E100"},
                       {"first_name", "Aino"},
                       {"last_name", "Virtanen"},
                       {"email", "aino.virtanen@oulunkaari.fi"},
                       {"organisation", "Oulunkaari"},
                       {"unit", "Kotihoito"},
                       {"supervisor_id", "E001"},
                       {"gender", "female"},
                       {"birth_year", "1975"},
                       {"education", "isced_5_8"},
                       {"labour_status", "employed"},
                       {"target_groups", "S10873:kotihoito | S21854:digital developers|"}};

const RowContext k2024{2024};

PersonRecord person_ok(const Cells& cells, const RowContext& context = k2024) {
    return accepted(parse_person_row, person_columns(), cells, context);
}
Strings person_errors(const Cells& cells, const RowContext& context = k2024) {
    return rejected(parse_person_row, person_columns(), "people.csv", cells, context);
}

// ---- events.csv ----

const Cells kEvent = {{"event_id", "EV1"},
                      {"project", "S10873"},
                      {"title", "Kinestetiikan peruskurssi"},
                      {"kind", "course"},
                      {"work_package", "WP1"},
                      {"course", "Kinestetiikka"},
                      {"provider", "Oulun ammattikorkeakoulu"},
                      {"mode", "onsite"},
                      {"cost_eur", "1 250,50"},
                      {"place", "Vaala"},
                      {"target_group", "kotihoito"}};

EventRecord event_ok(const Cells& cells) {
    return accepted(parse_event_row, event_columns(), cells);
}
Strings event_errors(const Cells& cells) {
    return rejected(parse_event_row, event_columns(), "events.csv", cells);
}

// ---- sessions.csv ----

const Cells kSession = {{"event_id", "EV1"},
                        {"date", "15.3.2024"},
                        {"start", "9:00"},
                        {"end", "16.00"},
                        {"break_minutes", "30"}};

SessionRecord session_ok(const Cells& cells) {
    return accepted(parse_session_row, session_columns(), cells);
}
Strings session_errors(const Cells& cells) {
    return rejected(parse_session_row, session_columns(), "sessions.csv", cells);
}

// ---- attendance.csv ----

const Cells kAttendance = {{"event_id", "EV1"},     {"date", "2024-03-15"}, {"start", ""},
                           {"employee_id", "E100"}, {"status", ""},         {"minutes", ""}};

AttendanceRecord attendance_ok(const Cells& cells) {
    return accepted(parse_attendance_row, attendance_columns(), cells);
}
Strings attendance_errors(const Cells& cells) {
    return rejected(parse_attendance_row, attendance_columns(), "attendance.csv", cells);
}

// ---- activities.csv ----

const Cells kActivity = {{"employee_id", "E100"},
                         {"project", "S21854"},
                         {"date", "12.5.2021"},
                         {"kind", "self_study"},
                         {"minutes", "90"},
                         {"hours", ""},
                         {"description", "Verkkokurssi: pilvipalvelut"}};

ActivityRecord activity_ok(const Cells& cells) {
    return accepted(parse_activity_row, activity_columns(), cells);
}
Strings activity_errors(const Cells& cells) {
    return rejected(parse_activity_row, activity_columns(), "activities.csv", cells);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(project_rows)

BOOST_AUTO_TEST_CASE(a_full_row_gives_the_record) {
    const auto p = project_ok(kProject);
    BOOST_TEST(p.code == "S10873");
    BOOST_TEST(p.name == "OSKU");
    BOOST_TEST(p.implementer == std::optional<std::string>("Oulunkaaren kuntayhtymä"));
    BOOST_TEST(p.implementer_business_id == std::optional<std::string>("0114162-2"));
    BOOST_TEST(p.authority == std::optional<std::string>("Pohjois-Pohjanmaan ELY-keskus"));
    BOOST_TEST((p.start == ymd(2009, 4, 1)));
    BOOST_TEST((p.end == ymd(2012, 2, 29)));
    BOOST_TEST(!p.extended_end.has_value());
    BOOST_TEST(p.day_minutes == 360);
    BOOST_TEST(p.cap_per_day);
    BOOST_TEST((p.rounding == DayRounding::none));
    BOOST_TEST(p.excluded_kinds.empty());
}

BOOST_AUTO_TEST_CASE(code_and_name_alone_give_the_defaults) {
    const auto p = project_ok({{"code", " S21854 "}, {"name", "Digikehittämistä tekemiseen"}});
    BOOST_TEST(p.code == "S21854");
    BOOST_TEST(p.name == "Digikehittämistä tekemiseen");
    BOOST_TEST(!p.implementer.has_value());
    BOOST_TEST(!p.implementer_business_id.has_value());
    BOOST_TEST(!p.authority.has_value());
    BOOST_TEST(!p.start.has_value());
    BOOST_TEST(!p.end.has_value());
    BOOST_TEST(p.day_minutes == 360);
    BOOST_TEST(p.cap_per_day);
    BOOST_TEST((p.rounding == DayRounding::none));
    BOOST_TEST(p.excluded_kinds.empty());
}

BOOST_AUTO_TEST_CASE(reads_the_counting_rules) {
    auto cells = with(kProject, "day_minutes", "450");
    cells = with(cells, "cap_per_day", "no");
    cells = with(cells, "rounding", "half_day_down");
    cells = with(cells, "excluded_kinds", "wellbeing_day | seminar|seminar|");
    const auto p = project_ok(cells);
    BOOST_TEST(p.day_minutes == 450);
    BOOST_TEST(!p.cap_per_day);
    BOOST_TEST((p.rounding == DayRounding::half_day_down));
    // Sorted in kind order, each once.
    BOOST_TEST((p.excluded_kinds == std::vector<Kind>{Kind::seminar, Kind::wellbeing_day}));
}

BOOST_AUTO_TEST_CASE(self_study_can_be_excluded_like_any_kind) {
    const auto p = project_ok(with(kProject, "excluded_kinds", "self_study|course"));
    BOOST_TEST((p.excluded_kinds == std::vector<Kind>{Kind::course, Kind::self_study}));
}

BOOST_AUTO_TEST_CASE(an_extension_is_read) {
    // Kestävä ja vaikuttava kuntatekniikan palvelumalli: 1.2.2021–31.12.2022, extended to
    // 30.4.2023.
    auto cells = with(kProject, "start", "1.2.2021");
    cells = with(cells, "end", "31.12.2022");
    cells = with(cells, "extended_end", "30.04.2023");
    const auto p = project_ok(cells);
    BOOST_TEST((p.start == ymd(2021, 2, 1)));
    BOOST_TEST((p.end == ymd(2022, 12, 31)));
    BOOST_TEST((p.extended_end == ymd(2023, 4, 30)));
    // An extended end equal to the end is not before it.
    BOOST_TEST(
        (project_ok(with(cells, "extended_end", "31.12.2022")).extended_end == ymd(2022, 12, 31)));
}

BOOST_AUTO_TEST_CASE(cap_per_day_takes_yes_no_and_finnish) {
    for (const char* yes : {"yes", "YES", "Yes", "kyllä", "Kyllä", "kylla", "true", "1"}) {
        BOOST_TEST(project_ok(with(kProject, "cap_per_day", yes)).cap_per_day, yes);
    }
    for (const char* no : {"no", "No", "NO", "ei", "EI", "false", "0"}) {
        BOOST_TEST(!project_ok(with(kProject, "cap_per_day", no)).cap_per_day, no);
    }
    BOOST_TEST(project_ok(with(kProject, "cap_per_day", "")).cap_per_day);  // default yes
    BOOST_TEST(project_errors(with(kProject, "cap_per_day", "maybe")) ==
               Strings{"projects.csv:5: cap_per_day: 'maybe' is not one of yes, no"});
    BOOST_TEST(project_errors(with(kProject, "cap_per_day", "joo")) ==
               Strings{"projects.csv:5: cap_per_day: 'joo' is not one of yes, no"});
}

BOOST_AUTO_TEST_CASE(a_wrong_business_id_is_an_error) {
    // 0114162: check digit 2 (see business_id_test.cpp), so 3 is wrong.
    BOOST_TEST(project_errors(with(kProject, "implementer_business_id", "0114162-3")) ==
               Strings{"projects.csv:5: implementer_business_id: '0114162-3' is not a valid "
                       "business ID (Y-tunnus); expected seven digits, a hyphen and the right "
                       "check digit, e.g. 0114162-2"});
    BOOST_TEST(project_errors(with(kProject, "implementer_business_id", "01141622")) ==
               Strings{"projects.csv:5: implementer_business_id: '01141622' is not a valid "
                       "business ID (Y-tunnus); expected seven digits, a hyphen and the right "
                       "check digit, e.g. 0114162-2"});
}

BOOST_AUTO_TEST_CASE(a_business_id_needs_an_implementer) {
    BOOST_TEST(project_errors(with(kProject, "implementer", "")) ==
               Strings{"projects.csv:5: implementer: a business ID is given but no implementer "
                       "to hold it"});
    BOOST_TEST(project_errors(without(kProject, "implementer")) ==
               Strings{"projects.csv:5: implementer: a business ID is given but no implementer "
                       "to hold it"});
}

BOOST_AUTO_TEST_CASE(an_end_before_the_start_is_an_error) {
    BOOST_TEST(project_errors(with(kProject, "end", "31.3.2009")) ==
               Strings{"projects.csv:5: end: the project ends (31.3.2009) before it starts "
                       "(1.4.2009)"});
    // A one-day project is fine.
    const auto p = project_ok(with(kProject, "end", "2009-04-01"));
    BOOST_TEST((p.end == ymd(2009, 4, 1)));
}

BOOST_AUTO_TEST_CASE(an_extended_end_before_the_end_is_an_error) {
    BOOST_TEST(project_errors(with(kProject, "extended_end", "28.2.2012")) ==
               Strings{"projects.csv:5: extended_end: the extended end is before the end; leave "
                       "it blank if not extended"});
}

BOOST_AUTO_TEST_CASE(an_extended_end_needs_an_end) {
    BOOST_TEST(project_errors(with(with(kProject, "end", ""), "extended_end", "30.4.2013")) ==
               Strings{"projects.csv:5: extended_end: an extended end needs the original end "
                       "date"});
}

BOOST_AUTO_TEST_CASE(a_bad_date_is_an_error_on_its_column) {
    BOOST_TEST(project_errors(with(kProject, "start", "1.13.2009")) ==
               Strings{"projects.csv:5: start: '1.13.2009' is not a valid date; write "
                       "2024-03-15, 15.3.2024 or 15.03.2024"});
    BOOST_TEST(project_errors(with(kProject, "end", "29.2.2011")) ==
               Strings{"projects.csv:5: end: '29.2.2011' is not a valid date; write "
                       "2024-03-15, 15.3.2024 or 15.03.2024"});
}

BOOST_AUTO_TEST_CASE(day_minutes_must_be_1_to_1440) {
    BOOST_TEST(project_ok(with(kProject, "day_minutes", "1")).day_minutes == 1);
    BOOST_TEST(project_ok(with(kProject, "day_minutes", "1440")).day_minutes == 1440);
    BOOST_TEST(project_ok(with(kProject, "day_minutes", "")).day_minutes == 360);
    BOOST_TEST(project_errors(with(kProject, "day_minutes", "0")) ==
               Strings{"projects.csv:5: day_minutes: 0 is out of range; expected 1 to 1440"});
    BOOST_TEST(project_errors(with(kProject, "day_minutes", "1441")) ==
               Strings{"projects.csv:5: day_minutes: 1441 is out of range; expected 1 to 1440"});
    BOOST_TEST(project_errors(with(kProject, "day_minutes", "-360")) ==
               Strings{"projects.csv:5: day_minutes: -360 is out of range; expected 1 to 1440"});
    BOOST_TEST(project_errors(with(kProject, "day_minutes", "6h")) ==
               Strings{"projects.csv:5: day_minutes: '6h' is not a whole number"});
    BOOST_TEST(project_errors(with(kProject, "day_minutes", "7,5")) ==
               Strings{"projects.csv:5: day_minutes: '7,5' is not a whole number"});
}

BOOST_AUTO_TEST_CASE(rounding_must_be_named) {
    BOOST_TEST(project_errors(with(kProject, "rounding", "half")) ==
               Strings{"projects.csv:5: rounding: 'half' is not one of none, half_day_down"});
    BOOST_TEST(project_errors(with(kProject, "rounding", "None")) ==
               Strings{"projects.csv:5: rounding: 'None' is not one of none, half_day_down"});
}

BOOST_AUTO_TEST_CASE(each_unknown_excluded_kind_is_an_error) {
    const std::string kinds =
        "course, workshop, seminar, coaching, wellbeing_day, e_learning, study_visit, other, "
        "self_study";
    BOOST_TEST(project_errors(with(kProject, "excluded_kinds", "seminar|seminars|webinar")) ==
               (Strings{"projects.csv:5: excluded_kinds: 'seminars' is not a kind; expected any "
                        "of " +
                            kinds + " separated by |",
                        "projects.csv:5: excluded_kinds: 'webinar' is not a kind; expected any "
                        "of " +
                            kinds + " separated by |"}));
    BOOST_TEST(project_errors(with(kProject, "excluded_kinds", "seminar, workshop")) ==
               Strings{"projects.csv:5: excluded_kinds: 'seminar, workshop' is not a kind; "
                       "expected any of " +
                       kinds + " separated by |"});
}

BOOST_AUTO_TEST_CASE(code_and_name_are_required) {
    BOOST_TEST(project_errors(with(with(kProject, "code", " "), "name", "")) ==
               (Strings{"projects.csv:5: code: a value is required",
                        "projects.csv:5: name: a value is required"}));
}

BOOST_AUTO_TEST_CASE(every_problem_of_a_row_is_reported) {
    auto cells = with(kProject, "implementer_business_id", "1234567-2");  // right is 1
    cells = with(cells, "end", "1.1.2009");
    cells = with(cells, "day_minutes", "0");
    cells = with(cells, "rounding", "up");
    BOOST_TEST(project_errors(cells) ==
               (Strings{"projects.csv:5: implementer_business_id: '1234567-2' is not a valid "
                        "business ID (Y-tunnus); expected seven digits, a hyphen and the right "
                        "check digit, e.g. 0114162-2",
                        "projects.csv:5: end: the project ends (1.1.2009) before it starts "
                        "(1.4.2009)",
                        "projects.csv:5: day_minutes: 0 is out of range; expected 1 to 1440",
                        "projects.csv:5: rounding: 'up' is not one of none, half_day_down"}));
}

BOOST_AUTO_TEST_CASE(a_record_with_too_many_fields_gives_no_record) {
    auto r = polku::test::CsvRow(project_columns(), {"code", "name"}, {"S1", "Name", "extra"},
                                 "projects.csv", 3);
    BOOST_TEST(!parse_project_row(r.row, RowContext{}).has_value());
    BOOST_TEST(r.messages() ==
               Strings{"projects.csv:3: the record has 3 fields but the header has 2; check the "
                       "delimiters and quotes"});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(target_rows)

BOOST_AUTO_TEST_CASE(a_good_row_gives_the_record) {
    const auto t = target_ok(kTarget);
    BOOST_TEST(t.project == "S10873");
    BOOST_TEST(t.metric == "person_training_days");
    BOOST_TEST(!t.target_group.has_value());
    BOOST_TEST(t.planned_hundredths == 235200);  // 2352 days
}

BOOST_AUTO_TEST_CASE(planned_values_take_two_decimals_and_a_target_group) {
    const auto t =
        target_ok(with(with(kTarget, "planned", "2352,5"), "target_group", "digital developers"));
    BOOST_TEST(t.planned_hundredths == 235250);
    BOOST_TEST(t.target_group == std::optional<std::string>("digital developers"));
    BOOST_TEST(target_ok(with(kTarget, "planned", "1 500.25")).planned_hundredths == 150025);
    BOOST_TEST(target_ok(with(kTarget, "planned", "0")).planned_hundredths == 0);
}

BOOST_AUTO_TEST_CASE(count_metrics_take_whole_numbers) {
    const auto started =
        target_ok({{"project", "S10873"}, {"metric", "participants_started"}, {"planned", "360"}});
    BOOST_TEST(started.planned_hundredths == 36000);
    const auto women = target_ok(
        {{"project", "S10873"}, {"metric", "participants_started_women"}, {"planned", "270,00"}});
    BOOST_TEST(women.planned_hundredths == 27000);
    for (const char* metric :
         {"participants_started", "participants_started_women", "participations", "events"}) {
        BOOST_TEST(
            target_errors({{"project", "S10873"}, {"metric", metric}, {"planned", "360.5"}}) ==
            Strings{"targets.csv:5: planned: " + std::string(metric) +
                    " is a count; the planned value must be a whole number"});
    }
}

BOOST_AUTO_TEST_CASE(day_metrics_and_free_counters_take_decimals) {
    BOOST_TEST(
        target_ok(
            {{"project", "S1"}, {"metric", "person_training_days_women"}, {"planned", "1500,75"}})
            .planned_hundredths == 150075);
    BOOST_TEST(target_ok({{"project", "S1"}, {"metric", "new_jobs"}, {"planned", "2.5"}})
                   .planned_hundredths == 250);
}

BOOST_AUTO_TEST_CASE(a_negative_planned_value_is_an_error) {
    BOOST_TEST(target_errors(with(kTarget, "planned", "-1")) ==
               Strings{"targets.csv:5: planned: a planned value cannot be negative"});
    BOOST_TEST(target_errors(with(kTarget, "planned", "-0,5")) ==
               Strings{"targets.csv:5: planned: a planned value cannot be negative"});
}

BOOST_AUTO_TEST_CASE(a_planned_value_with_three_decimals_or_junk_is_an_error) {
    BOOST_TEST(target_errors(with(kTarget, "planned", "1.234")) ==
               Strings{"targets.csv:5: planned: '1.234' is not a number with at most two "
                       "decimals"});
    BOOST_TEST(target_errors(with(kTarget, "planned", "paljon")) ==
               Strings{"targets.csv:5: planned: 'paljon' is not a number with at most two "
                       "decimals"});
}

BOOST_AUTO_TEST_CASE(a_planned_value_too_large_to_hold_is_an_error) {
    // BUG (core/quantity.cpp parse_hundredths): -92233720368547759 × 100 overflows int64 and
    // wraps to a large positive number, so a negative planned value is accepted. Either
    // message ("not a number…" or "cannot be negative") would do; there must be one error.
    const auto errors = target_errors(with(kTarget, "planned", "-92233720368547759"));
    BOOST_TEST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors.front().starts_with("targets.csv:5: planned: "), errors.front());
}

BOOST_AUTO_TEST_CASE(project_metric_and_planned_are_required) {
    BOOST_TEST(target_errors({{"project", ""}, {"metric", ""}, {"planned", ""}}) ==
               (Strings{"targets.csv:5: project: a value is required",
                        "targets.csv:5: metric: a value is required",
                        "targets.csv:5: planned: a value is required"}));
}

BOOST_AUTO_TEST_CASE(knows_count_and_day_metrics) {
    BOOST_TEST(is_count_metric("participants_started"));
    BOOST_TEST(is_count_metric("participants_started_women"));
    BOOST_TEST(is_count_metric("participations"));
    BOOST_TEST(is_count_metric("events"));
    BOOST_TEST(!is_count_metric("person_training_days"));
    BOOST_TEST(!is_count_metric("new_jobs"));
    BOOST_TEST(is_day_metric("person_training_days"));
    BOOST_TEST(is_day_metric("person_training_days_women"));
    BOOST_TEST(!is_day_metric("participations"));
    BOOST_TEST(!is_day_metric("new_jobs"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(person_rows)

BOOST_AUTO_TEST_CASE(a_full_row_gives_the_record) {
    const auto p = person_ok(kPerson);
    BOOST_TEST(p.employee_id == "E100");
    BOOST_TEST(p.first_name == "Aino");
    BOOST_TEST(p.last_name == "Virtanen");
    BOOST_TEST(p.email == std::optional<std::string>("aino.virtanen@oulunkaari.fi"));
    BOOST_TEST(p.organisation == std::optional<std::string>("Oulunkaari"));
    BOOST_TEST(p.unit == std::optional<std::string>("Kotihoito"));
    BOOST_TEST(p.supervisor_id == std::optional<std::string>("E001"));
    BOOST_TEST((p.gender == Gender::female));
    BOOST_TEST(p.birth_year == std::optional<int>(1975));
    BOOST_TEST((p.education == Education::isced_5_8));
    BOOST_TEST((p.labour_status == LabourStatus::employed));
    BOOST_TEST((p.target_groups ==
                std::vector<GroupRef>{{"S10873", "kotihoito"}, {"S21854", "digital developers"}}));
}

BOOST_AUTO_TEST_CASE(the_three_names_alone_give_a_person_with_nothing_given) {
    const auto p =
        person_ok({{"employee_id", "E7"}, {"first_name", "Matti"}, {"last_name", "Meikäläinen"}});
    BOOST_TEST(p.employee_id == "E7");
    BOOST_TEST(p.last_name == "Meikäläinen");
    BOOST_TEST(!p.email.has_value());
    BOOST_TEST(!p.organisation.has_value());
    BOOST_TEST(!p.unit.has_value());
    BOOST_TEST(!p.supervisor_id.has_value());
    BOOST_TEST(!p.gender.has_value());
    BOOST_TEST(!p.birth_year.has_value());
    BOOST_TEST(!p.education.has_value());
    BOOST_TEST(!p.labour_status.has_value());
    BOOST_TEST(p.target_groups.empty());
}

BOOST_AUTO_TEST_CASE(every_named_value_is_read) {
    BOOST_TEST((person_ok(with(kPerson, "gender", "male")).gender == Gender::male));
    BOOST_TEST((person_ok(with(kPerson, "gender", "other")).gender == Gender::other));
    BOOST_TEST(!person_ok(with(kPerson, "gender", "")).gender.has_value());
    BOOST_TEST(
        (person_ok(with(kPerson, "education", "isced_0_2")).education == Education::isced_0_2));
    BOOST_TEST(
        (person_ok(with(kPerson, "education", "isced_3_4")).education == Education::isced_3_4));
    BOOST_TEST((person_ok(with(kPerson, "labour_status", "long_term_unemployed")).labour_status ==
                LabourStatus::long_term_unemployed));
    BOOST_TEST((person_ok(with(kPerson, "labour_status", "self_employed")).labour_status ==
                LabourStatus::self_employed));
    BOOST_TEST((person_ok(with(kPerson, "labour_status", "inactive")).labour_status ==
                LabourStatus::inactive));
}

BOOST_AUTO_TEST_CASE(target_groups_are_trimmed_and_listed_once) {
    const auto p =
        person_ok(with(kPerson, "target_groups", " S1 : management |S1:management| S2:x "));
    BOOST_TEST((p.target_groups == std::vector<GroupRef>{{"S1", "management"}, {"S2", "x"}}));
}

BOOST_AUTO_TEST_CASE(a_birth_year_in_the_future_is_an_error) {
    BOOST_TEST(person_ok(with(kPerson, "birth_year", "2024"), RowContext{2024}).birth_year ==
               std::optional<int>(2024));
    BOOST_TEST(person_errors(with(kPerson, "birth_year", "2025"), RowContext{2024}) ==
               Strings{"people.csv:5: birth_year: 2025 is in the future"});
    // The current year comes from the context, not the clock.
    BOOST_TEST(person_ok(with(kPerson, "birth_year", "2025"), RowContext{2030}).birth_year ==
               std::optional<int>(2025));
    BOOST_TEST(person_errors(with(kPerson, "birth_year", "2025"), RowContext{2020}) ==
               Strings{"people.csv:5: birth_year: 2025 is in the future"});
}

BOOST_AUTO_TEST_CASE(a_birth_year_before_1900_or_not_a_number_is_an_error) {
    BOOST_TEST(person_errors(with(kPerson, "birth_year", "1899")) ==
               Strings{"people.csv:5: birth_year: 1899 is out of range; expected 1900 to 9999"});
    BOOST_TEST(person_errors(with(kPerson, "birth_year", "75")) ==
               Strings{"people.csv:5: birth_year: 75 is out of range; expected 1900 to 9999"});
    BOOST_TEST(person_errors(with(kPerson, "birth_year", "1975.5")) ==
               Strings{"people.csv:5: birth_year: '1975.5' is not a whole number"});
}

BOOST_AUTO_TEST_CASE(a_gender_typo_is_an_error) {
    BOOST_TEST(person_errors(with(kPerson, "gender", "femal")) ==
               Strings{"people.csv:5: gender: 'femal' is not one of female, male, other or blank"});
    BOOST_TEST(person_errors(with(kPerson, "gender", "nainen")) ==
               Strings{"people.csv:5: gender: 'nainen' is not one of female, male, other or "
                       "blank"});
}

BOOST_AUTO_TEST_CASE(education_and_labour_status_typos_are_errors) {
    BOOST_TEST(person_errors(with(kPerson, "education", "isced_9")) ==
               Strings{"people.csv:5: education: 'isced_9' is not one of isced_0_2, isced_3_4, "
                       "isced_5_8 or blank"});
    BOOST_TEST(person_errors(with(kPerson, "labour_status", "retired")) ==
               Strings{"people.csv:5: labour_status: 'retired' is not one of employed, "
                       "self_employed, unemployed, long_term_unemployed, inactive or blank"});
}

BOOST_AUTO_TEST_CASE(an_email_without_at_or_with_a_space_is_an_error) {
    BOOST_TEST(person_errors(with(kPerson, "email", "aino.virtanen.oulunkaari.fi")) ==
               Strings{"people.csv:5: email: 'aino.virtanen.oulunkaari.fi' is not an email "
                       "address"});
    BOOST_TEST(person_errors(with(kPerson, "email", "aino virtanen@oulunkaari.fi")) ==
               Strings{"people.csv:5: email: 'aino virtanen@oulunkaari.fi' is not an email "
                       "address"});
}

BOOST_AUTO_TEST_CASE(a_unit_without_an_organisation_is_an_error) {
    BOOST_TEST(person_errors(with(kPerson, "organisation", "")) ==
               Strings{"people.csv:5: unit: a unit belongs to an organisation; fill in "
                       "organisation too"});
    BOOST_TEST(person_errors(without(kPerson, "organisation")) ==
               Strings{"people.csv:5: unit: a unit belongs to an organisation; fill in "
                       "organisation too"});
    // An organisation without a unit is fine.
    BOOST_TEST(person_ok(with(kPerson, "unit", "")).organisation ==
               std::optional<std::string>("Oulunkaari"));
}

BOOST_AUTO_TEST_CASE(a_person_cannot_supervise_themselves) {
    BOOST_TEST(person_errors(with(kPerson, "supervisor_id", "E100")) ==
               Strings{"people.csv:5: supervisor_id: a person cannot be their own supervisor"});
}

BOOST_AUTO_TEST_CASE(a_target_group_not_written_project_colon_group_is_an_error) {
    const auto message = [](const std::string& part) {
        return "people.csv:5: target_groups: '" + part +
               "' is not a target group; write PROJECT:GROUP, several separated by |";
    };
    BOOST_TEST(person_errors(with(kPerson, "target_groups", "kotihoito")) ==
               Strings{message("kotihoito")});
    BOOST_TEST(person_errors(with(kPerson, "target_groups", ":kotihoito")) ==
               Strings{message(":kotihoito")});
    BOOST_TEST(person_errors(with(kPerson, "target_groups", "S10873:")) ==
               Strings{message("S10873:")});
    BOOST_TEST(person_errors(with(kPerson, "target_groups", "S10873:a|S10873|S2 : ")) ==
               (Strings{message("S10873"), message("S2 :")}));
}

BOOST_AUTO_TEST_CASE(the_names_are_required) {
    BOOST_TEST(person_errors(with(with(kPerson, "first_name", ""), "last_name", "  ")) ==
               (Strings{"people.csv:5: first_name: a value is required",
                        "people.csv:5: last_name: a value is required"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(event_rows)

BOOST_AUTO_TEST_CASE(a_full_row_gives_the_record) {
    const auto e = event_ok(kEvent);
    BOOST_TEST(e.event_id == "EV1");
    BOOST_TEST(e.project == "S10873");
    BOOST_TEST(e.title == "Kinestetiikan peruskurssi");
    BOOST_TEST((e.kind == Kind::course));
    BOOST_TEST(e.work_package == std::optional<std::string>("WP1"));
    BOOST_TEST(e.course == std::optional<std::string>("Kinestetiikka"));
    BOOST_TEST(e.provider == std::optional<std::string>("Oulun ammattikorkeakoulu"));
    BOOST_TEST((e.mode == DeliveryMode::onsite));
    BOOST_TEST(e.cost_cents == std::optional<std::int64_t>(125050));  // 1 250,50 €
    BOOST_TEST(e.place == std::optional<std::string>("Vaala"));
    BOOST_TEST(e.target_group == std::optional<std::string>("kotihoito"));
}

BOOST_AUTO_TEST_CASE(the_required_columns_alone_give_an_event) {
    const auto e = event_ok(
        {{"event_id", "EV2"}, {"project", "S21854"}, {"title", "Työpaja 1"}, {"kind", "workshop"}});
    BOOST_TEST((e.kind == Kind::workshop));
    BOOST_TEST(!e.work_package.has_value());
    BOOST_TEST(!e.mode.has_value());
    BOOST_TEST(!e.cost_cents.has_value());
    BOOST_TEST(!e.target_group.has_value());
}

BOOST_AUTO_TEST_CASE(every_event_kind_is_accepted) {
    const std::pair<const char*, Kind> kinds[] = {{"course", Kind::course},
                                                  {"workshop", Kind::workshop},
                                                  {"seminar", Kind::seminar},
                                                  {"coaching", Kind::coaching},
                                                  {"wellbeing_day", Kind::wellbeing_day},
                                                  {"e_learning", Kind::e_learning},
                                                  {"study_visit", Kind::study_visit},
                                                  {"other", Kind::other}};
    for (const auto& [name, kind] : kinds) {
        BOOST_TEST((event_ok(with(kEvent, "kind", name)).kind == kind), name);
    }
}

BOOST_AUTO_TEST_CASE(self_study_is_not_an_event_kind) {
    const std::string expected =
        "course, workshop, seminar, coaching, wellbeing_day, e_learning, study_visit, other";
    BOOST_TEST(event_errors(with(kEvent, "kind", "self_study")) ==
               Strings{"events.csv:5: kind: 'self_study' is not an event kind; expected one of " +
                       expected});
    BOOST_TEST(
        event_errors(with(kEvent, "kind", "Course")) ==
        Strings{"events.csv:5: kind: 'Course' is not an event kind; expected one of " + expected});
    BOOST_TEST(event_errors(with(kEvent, "kind", "")) ==
               Strings{"events.csv:5: kind: a value is required"});
}

BOOST_AUTO_TEST_CASE(costs_take_a_decimal_comma_or_point) {
    BOOST_TEST(event_ok(with(kEvent, "cost_eur", "150,5")).cost_cents ==
               std::optional<std::int64_t>(15050));
    BOOST_TEST(event_ok(with(kEvent, "cost_eur", "150.55")).cost_cents ==
               std::optional<std::int64_t>(15055));
    BOOST_TEST(event_ok(with(kEvent, "cost_eur", "150")).cost_cents ==
               std::optional<std::int64_t>(15000));
    BOOST_TEST(event_ok(with(kEvent, "cost_eur", "0")).cost_cents ==
               std::optional<std::int64_t>(0));
}

BOOST_AUTO_TEST_CASE(a_bad_or_negative_cost_is_an_error) {
    BOOST_TEST(event_errors(with(kEvent, "cost_eur", "12,345")) ==
               Strings{"events.csv:5: cost_eur: '12,345' is not a number with at most two "
                       "decimals (euros)"});
    BOOST_TEST(event_errors(with(kEvent, "cost_eur", "150 €")) ==
               Strings{"events.csv:5: cost_eur: '150 €' is not a number with at most two "
                       "decimals (euros)"});
    BOOST_TEST(event_errors(with(kEvent, "cost_eur", "-5")) ==
               Strings{"events.csv:5: cost_eur: a cost cannot be negative"});
}

BOOST_AUTO_TEST_CASE(a_mode_typo_is_an_error) {
    BOOST_TEST((event_ok(with(kEvent, "mode", "remote")).mode == DeliveryMode::remote));
    BOOST_TEST((event_ok(with(kEvent, "mode", "hybrid")).mode == DeliveryMode::hybrid));
    BOOST_TEST(event_errors(with(kEvent, "mode", "etä")) ==
               Strings{"events.csv:5: mode: 'etä' is not one of onsite, remote, hybrid"});
}

BOOST_AUTO_TEST_CASE(a_target_group_may_name_the_events_own_project) {
    BOOST_TEST(event_ok(with(kEvent, "target_group", "S10873:kotihoito")).target_group ==
               std::optional<std::string>("kotihoito"));
    BOOST_TEST(event_ok(with(kEvent, "target_group", "S10873 : kotihoito")).target_group ==
               std::optional<std::string>("kotihoito"));
    BOOST_TEST(event_errors(with(kEvent, "target_group", "S21854:management")) ==
               Strings{"events.csv:5: target_group: the target group S21854:management is of "
                       "another project than the event's (S10873)"});
}

BOOST_AUTO_TEST_CASE(the_ids_and_title_are_required) {
    BOOST_TEST(event_errors(with(with(with(kEvent, "event_id", ""), "project", ""), "title", "")) ==
               (Strings{"events.csv:5: event_id: a value is required",
                        "events.csv:5: project: a value is required",
                        "events.csv:5: title: a value is required"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(session_rows)

BOOST_AUTO_TEST_CASE(a_good_row_gives_the_record) {
    const auto s = session_ok(kSession);
    BOOST_TEST(s.event_id == "EV1");
    BOOST_TEST((s.date == ymd(2024, 3, 15)));
    BOOST_TEST(s.start == 540);  // 9:00
    BOOST_TEST(s.end == 960);    // 16.00
    BOOST_TEST(s.break_minutes == 30);
    BOOST_TEST(s.length() == 390);  // 960 - 540 - 30
}

BOOST_AUTO_TEST_CASE(the_break_defaults_to_zero) {
    const auto s = session_ok(without(kSession, "break_minutes"));
    BOOST_TEST(s.break_minutes == 0);
    BOOST_TEST(s.length() == 420);  // 960 - 540
    BOOST_TEST(session_ok(with(kSession, "break_minutes", "")).break_minutes == 0);
}

BOOST_AUTO_TEST_CASE(an_end_before_or_at_the_start_is_an_error) {
    BOOST_TEST(session_errors(with(kSession, "end", "8:00")) ==
               Strings{"sessions.csv:5: end: the session ends (8:00) before or when it starts "
                       "(9:00)"});
    BOOST_TEST(session_errors(with(kSession, "end", "09.00")) ==
               Strings{"sessions.csv:5: end: the session ends (09.00) before or when it starts "
                       "(9:00)"});
}

BOOST_AUTO_TEST_CASE(a_break_as_long_as_the_session_is_an_error) {
    auto cells = with(with(kSession, "end", "10:00"), "break_minutes", "60");
    BOOST_TEST(session_errors(cells) ==
               Strings{"sessions.csv:5: break_minutes: a break of 60 minutes is as long as or "
                       "longer than the session (60 minutes)"});
    BOOST_TEST(session_errors(with(cells, "break_minutes", "75")) ==
               Strings{"sessions.csv:5: break_minutes: a break of 75 minutes is as long as or "
                       "longer than the session (60 minutes)"});
    // One minute less leaves a session of one minute.
    BOOST_TEST(session_ok(with(cells, "break_minutes", "59")).length() == 1);
}

BOOST_AUTO_TEST_CASE(bad_values_are_errors_on_their_columns) {
    BOOST_TEST(session_errors(with(kSession, "break_minutes", "-5")) ==
               Strings{"sessions.csv:5: break_minutes: -5 is out of range; expected 0 to 1440"});
    BOOST_TEST(session_errors(with(kSession, "break_minutes", "0,5")) ==
               Strings{"sessions.csv:5: break_minutes: '0,5' is not a whole number"});
    BOOST_TEST(session_errors(with(kSession, "start", "25:00")) ==
               Strings{"sessions.csv:5: start: '25:00' is not a valid time of day; write 09:00, "
                       "9:00 or 9.00 (00:00 to 23:59)"});
    BOOST_TEST(session_errors(with(kSession, "date", "31.4.2024")) ==
               Strings{"sessions.csv:5: date: '31.4.2024' is not a valid date; write "
                       "2024-03-15, 15.3.2024 or 15.03.2024"});
}

BOOST_AUTO_TEST_CASE(date_start_and_end_are_required) {
    BOOST_TEST(session_errors(with(with(with(kSession, "date", ""), "start", ""), "end", "")) ==
               (Strings{"sessions.csv:5: date: a date is required (e.g. 15.3.2024)",
                        "sessions.csv:5: start: a time is required (e.g. 9:00)",
                        "sessions.csv:5: end: a time is required (e.g. 9:00)"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(attendance_rows)

BOOST_AUTO_TEST_CASE(a_bare_row_is_present) {
    const auto a = attendance_ok(kAttendance);
    BOOST_TEST(a.event_id == "EV1");
    BOOST_TEST((a.date == ymd(2024, 3, 15)));
    BOOST_TEST(a.employee_id == "E100");
    BOOST_TEST(!a.start.has_value());
    BOOST_TEST((a.status == AttendanceStatus::present));
    BOOST_TEST(!a.minutes.has_value());
}

BOOST_AUTO_TEST_CASE(reads_the_start_and_each_status) {
    BOOST_TEST(attendance_ok(with(kAttendance, "start", "13.00")).start == std::optional<int>(780));
    BOOST_TEST((attendance_ok(with(kAttendance, "status", "present")).status ==
                AttendanceStatus::present));
    BOOST_TEST(
        (attendance_ok(with(kAttendance, "status", "absent")).status == AttendanceStatus::absent));
    BOOST_TEST((attendance_ok(with(kAttendance, "status", "excused")).status ==
                AttendanceStatus::excused));
}

BOOST_AUTO_TEST_CASE(partial_carries_its_minutes) {
    const auto a = attendance_ok(with(with(kAttendance, "status", "partial"), "minutes", "90"));
    BOOST_TEST((a.status == AttendanceStatus::partial));
    BOOST_TEST(a.minutes == std::optional<int>(90));
    BOOST_TEST(
        attendance_ok(with(with(kAttendance, "status", "partial"), "minutes", "1")).minutes ==
        std::optional<int>(1));
}

BOOST_AUTO_TEST_CASE(minutes_with_any_other_status_are_an_error) {
    BOOST_TEST(attendance_errors(with(with(kAttendance, "status", "present"), "minutes", "90")) ==
               Strings{"attendance.csv:5: minutes: minutes are given only with status partial "
                       "(this row is present)"});
    // A blank status is present.
    BOOST_TEST(attendance_errors(with(kAttendance, "minutes", "90")) ==
               Strings{"attendance.csv:5: minutes: minutes are given only with status partial "
                       "(this row is present)"});
    BOOST_TEST(attendance_errors(with(with(kAttendance, "status", "absent"), "minutes", "30")) ==
               Strings{"attendance.csv:5: minutes: minutes are given only with status partial "
                       "(this row is absent)"});
    BOOST_TEST(attendance_errors(with(with(kAttendance, "status", "excused"), "minutes", "30")) ==
               Strings{"attendance.csv:5: minutes: minutes are given only with status partial "
                       "(this row is excused)"});
}

BOOST_AUTO_TEST_CASE(partial_without_minutes_is_an_error) {
    BOOST_TEST(attendance_errors(with(kAttendance, "status", "partial")) ==
               Strings{"attendance.csv:5: minutes: status partial needs the minutes attended"});
    BOOST_TEST(attendance_errors(without(with(kAttendance, "status", "partial"), "minutes")) ==
               Strings{"attendance.csv:5: minutes: status partial needs the minutes attended"});
}

BOOST_AUTO_TEST_CASE(partial_with_zero_or_negative_minutes_is_an_error) {
    const auto partial = with(kAttendance, "status", "partial");
    BOOST_TEST(attendance_errors(with(partial, "minutes", "0")) ==
               Strings{"attendance.csv:5: minutes: 0 minutes; partial attendance needs at least 1 "
                       "minute"});
    BOOST_TEST(attendance_errors(with(partial, "minutes", "-30")) ==
               Strings{"attendance.csv:5: minutes: -30 minutes; partial attendance needs at "
                       "least 1 minute"});
    BOOST_TEST(attendance_errors(with(partial, "minutes", "1,5")) ==
               Strings{"attendance.csv:5: minutes: '1,5' is not a whole number"});
}

BOOST_AUTO_TEST_CASE(a_status_typo_is_an_error) {
    BOOST_TEST(attendance_errors(with(kAttendance, "status", "presnt")) ==
               Strings{"attendance.csv:5: status: 'presnt' is not one of present, partial, "
                       "absent, excused"});
    // The typo alone is reported: no guess about the minutes.
    BOOST_TEST(attendance_errors(with(with(kAttendance, "status", "Partial"), "minutes", "30")) ==
               Strings{"attendance.csv:5: status: 'Partial' is not one of present, partial, "
                       "absent, excused"});
}

BOOST_AUTO_TEST_CASE(bad_start_and_required_values_are_errors) {
    BOOST_TEST(attendance_errors(with(kAttendance, "start", "9:5")) ==
               Strings{"attendance.csv:5: start: '9:5' is not a valid time of day; write 09:00, "
                       "9:00 or 9.00 (00:00 to 23:59)"});
    BOOST_TEST(attendance_errors(
                   with(with(with(kAttendance, "event_id", ""), "date", ""), "employee_id", "")) ==
               (Strings{"attendance.csv:5: event_id: a value is required",
                        "attendance.csv:5: date: a date is required (e.g. 15.3.2024)",
                        "attendance.csv:5: employee_id: a value is required"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(activity_rows)

BOOST_AUTO_TEST_CASE(a_good_row_gives_the_record) {
    const auto a = activity_ok(kActivity);
    BOOST_TEST(a.employee_id == "E100");
    BOOST_TEST(a.project == "S21854");
    BOOST_TEST((a.date == ymd(2021, 5, 12)));
    BOOST_TEST((a.kind == Kind::self_study));
    BOOST_TEST(a.minutes == 90);
    BOOST_TEST(a.description == std::optional<std::string>("Verkkokurssi: pilvipalvelut"));
}

BOOST_AUTO_TEST_CASE(hours_become_minutes) {
    const auto hours = with(kActivity, "minutes", "");
    BOOST_TEST(activity_ok(with(hours, "hours", "1,5")).minutes == 90);
    BOOST_TEST(activity_ok(with(hours, "hours", "1.5")).minutes == 90);
    BOOST_TEST(activity_ok(with(hours, "hours", "0,25")).minutes == 15);
    BOOST_TEST(activity_ok(with(hours, "hours", "24")).minutes == 1440);
    // Only an hours column.
    BOOST_TEST(activity_ok(with(without(kActivity, "minutes"), "hours", "2")).minutes == 120);
}

BOOST_AUTO_TEST_CASE(coaching_and_other_are_activity_kinds) {
    BOOST_TEST((activity_ok(with(kActivity, "kind", "coaching")).kind == Kind::coaching));
    BOOST_TEST((activity_ok(with(kActivity, "kind", "other")).kind == Kind::other));
}

BOOST_AUTO_TEST_CASE(event_only_kinds_are_an_error) {
    for (const char* kind : {"course", "workshop", "seminar", "wellbeing_day", "e_learning",
                             "study_visit", "self-study"}) {
        BOOST_TEST(activity_errors(with(kActivity, "kind", kind)) ==
                   Strings{"activities.csv:5: kind: '" + std::string(kind) +
                           "' is not an activity kind; expected self_study, coaching or other"});
    }
}

BOOST_AUTO_TEST_CASE(both_minutes_and_hours_is_an_error) {
    BOOST_TEST(activity_errors(with(kActivity, "hours", "1,5")) ==
               Strings{"activities.csv:5: hours: give either minutes or hours, not both"});
}

BOOST_AUTO_TEST_CASE(neither_minutes_nor_hours_is_an_error) {
    BOOST_TEST(activity_errors(with(kActivity, "minutes", "")) ==
               Strings{"activities.csv:5: minutes: minutes or hours are required"});
    BOOST_TEST(activity_errors(without(without(kActivity, "minutes"), "hours")) ==
               Strings{"activities.csv:5: minutes: minutes or hours are required"});
}

BOOST_AUTO_TEST_CASE(minutes_must_be_1_to_1440) {
    BOOST_TEST(activity_ok(with(kActivity, "minutes", "1")).minutes == 1);
    BOOST_TEST(activity_ok(with(kActivity, "minutes", "1440")).minutes == 1440);
    BOOST_TEST(activity_errors(with(kActivity, "minutes", "1441")) ==
               Strings{"activities.csv:5: minutes: 1441 minutes is out of range; an activity "
                       "lasts 1 minute to 24 hours"});
    BOOST_TEST(activity_errors(with(kActivity, "minutes", "0")) ==
               Strings{"activities.csv:5: minutes: 0 minutes is out of range; an activity lasts "
                       "1 minute to 24 hours"});
    BOOST_TEST(activity_errors(with(kActivity, "minutes", "-60")) ==
               Strings{"activities.csv:5: minutes: -60 minutes is out of range; an activity "
                       "lasts 1 minute to 24 hours"});
    BOOST_TEST(activity_errors(with(kActivity, "minutes", "1.5")) ==
               Strings{"activities.csv:5: minutes: '1.5' is not a whole number"});
}

BOOST_AUTO_TEST_CASE(hours_must_be_whole_minutes_within_a_day) {
    const auto hours = with(kActivity, "minutes", "");
    // 24.5 h = 1470 minutes.
    BOOST_TEST(activity_errors(with(hours, "hours", "24,5")) ==
               Strings{"activities.csv:5: hours: 1470 minutes is out of range; an activity lasts "
                       "1 minute to 24 hours"});
    BOOST_TEST(activity_errors(with(hours, "hours", "0")) ==
               Strings{"activities.csv:5: hours: 0 minutes is out of range; an activity lasts 1 "
                       "minute to 24 hours"});
    BOOST_TEST(activity_errors(with(hours, "hours", "0.01")) ==
               Strings{"activities.csv:5: hours: 0.01 hours is not a whole number of minutes"});
    BOOST_TEST(activity_errors(with(hours, "hours", "1h")) ==
               Strings{"activities.csv:5: hours: '1h' is not a number of hours (e.g. 1.5 or "
                       "1,5)"});
}

BOOST_AUTO_TEST_CASE(the_description_is_optional) {
    BOOST_TEST(!activity_ok(with(kActivity, "description", " ")).description.has_value());
}

BOOST_AUTO_TEST_CASE(the_keys_are_required) {
    BOOST_TEST(activity_errors({{"employee_id", ""},
                                {"project", ""},
                                {"date", ""},
                                {"kind", ""},
                                {"minutes", "60"}}) ==
               (Strings{"activities.csv:5: employee_id: a value is required",
                        "activities.csv:5: project: a value is required",
                        "activities.csv:5: date: a date is required (e.g. 15.3.2024)",
                        "activities.csv:5: kind: a value is required"}));
}

BOOST_AUTO_TEST_SUITE_END()
