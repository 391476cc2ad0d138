// The closed vocabularies and the import files' columns as formats.md names them.
#include <boost/test/unit_test.hpp>

#include <span>
#include <string>

#include "core/import_kind.hpp"
#include "core/kinds.hpp"
#include "core/row_parsers.hpp"
#include "test_print.hpp"

using namespace polku;

namespace {

// "a, b*, c": every column, required ones marked with *.
std::string columns_text(std::span<const ColumnSpec> columns) {
    std::string out;
    for (const auto& c : columns) {
        out += (out.empty() ? "" : ", ") + std::string(c.name) + (c.required ? "*" : "");
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(kinds)

BOOST_AUTO_TEST_CASE(kinds_are_named_in_report_order) {
    BOOST_TEST(names_list<Kind>() ==
               "course, workshop, seminar, coaching, wellbeing_day, e_learning, study_visit, "
               "other, self_study");
    BOOST_TEST(name_of(Kind::wellbeing_day) == "wellbeing_day");
    BOOST_TEST(name_of(Kind::self_study) == "self_study");
    BOOST_TEST((enum_from_name<Kind>("e_learning") == Kind::e_learning));
    BOOST_TEST(!enum_from_name<Kind>("E_learning").has_value());  // exact match only
    BOOST_TEST(!enum_from_name<Kind>(" course").has_value());
    BOOST_TEST(!enum_from_name<Kind>("").has_value());
}

BOOST_AUTO_TEST_CASE(every_name_round_trips) {
    for (std::size_t i = 0; i < EnumNames<Kind>::names.size(); ++i) {
        const auto kind = static_cast<Kind>(i);
        BOOST_TEST((enum_from_name<Kind>(name_of(kind)) == kind));
    }
    for (std::size_t i = 0; i < EnumNames<AttendanceStatus>::names.size(); ++i) {
        const auto status = static_cast<AttendanceStatus>(i);
        BOOST_TEST((enum_from_name<AttendanceStatus>(name_of(status)) == status));
    }
}

BOOST_AUTO_TEST_CASE(event_and_activity_kinds) {
    // Every kind but self_study is an event kind.
    BOOST_TEST(is_event_kind(Kind::course));
    BOOST_TEST(is_event_kind(Kind::coaching));
    BOOST_TEST(is_event_kind(Kind::other));
    BOOST_TEST(is_event_kind(Kind::study_visit));
    BOOST_TEST(!is_event_kind(Kind::self_study));
    // Activities are self_study, coaching or other.
    BOOST_TEST(is_activity_kind(Kind::self_study));
    BOOST_TEST(is_activity_kind(Kind::coaching));
    BOOST_TEST(is_activity_kind(Kind::other));
    BOOST_TEST(!is_activity_kind(Kind::course));
    BOOST_TEST(!is_activity_kind(Kind::seminar));
    BOOST_TEST(!is_activity_kind(Kind::wellbeing_day));
}

BOOST_AUTO_TEST_CASE(other_vocabularies) {
    BOOST_TEST(names_list<AttendanceStatus>() == "present, partial, absent, excused");
    BOOST_TEST(names_list<Gender>() == "female, male, other");
    BOOST_TEST(names_list<Education>() == "isced_0_2, isced_3_4, isced_5_8");
    BOOST_TEST(names_list<LabourStatus>() ==
               "employed, self_employed, unemployed, long_term_unemployed, inactive");
    BOOST_TEST(names_list<DeliveryMode>() == "onsite, remote, hybrid");
    BOOST_TEST(names_list<DayRounding>() == "none, half_day_down");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(import_kinds)

BOOST_AUTO_TEST_CASE(names_round_trip) {
    for (const char* name : {"projects", "targets", "people", "events", "sessions", "attendance",
                             "activities", "competencies", "competences", "course_competences"}) {
        const auto kind = import_kind_from_name(name);
        BOOST_TEST_REQUIRE(kind.has_value(), name);
        BOOST_TEST(import_kind_name(*kind) == name);
    }
    BOOST_TEST((import_kind_from_name("people") == ImportKind::people));
    BOOST_TEST(!import_kind_from_name("persons").has_value());
    BOOST_TEST(!import_kind_from_name("People").has_value());
    BOOST_TEST(!import_kind_from_name("competency").has_value());
}

BOOST_AUTO_TEST_CASE(columns_are_those_of_formats_md) {
    BOOST_TEST(columns_text(import_columns(ImportKind::projects)) ==
               "code*, name*, implementer, implementer_business_id, authority, start, end, "
               "extended_end, day_minutes, cap_per_day, rounding, excluded_kinds");
    BOOST_TEST(columns_text(import_columns(ImportKind::targets)) ==
               "project*, metric*, target_group, planned*");
    BOOST_TEST(columns_text(import_columns(ImportKind::people)) ==
               "employee_id*, first_name*, last_name*, email, organisation, unit, supervisor_id, "
               "gender, birth_year, education, labour_status, target_groups");
    BOOST_TEST(columns_text(import_columns(ImportKind::events)) ==
               "event_id*, project*, title*, kind*, work_package, course, provider, mode, "
               "cost_eur, place, target_group");
    BOOST_TEST(columns_text(import_columns(ImportKind::sessions)) ==
               "event_id*, date*, start*, end*, break_minutes");
    BOOST_TEST(columns_text(import_columns(ImportKind::attendance)) ==
               "event_id*, date*, start, employee_id*, status, minutes");
    BOOST_TEST(columns_text(import_columns(ImportKind::activities)) ==
               "employee_id*, project*, date*, kind*, minutes, hours, description");
}

BOOST_AUTO_TEST_CASE(import_columns_are_the_parsers_columns) {
    BOOST_TEST(import_columns(ImportKind::projects).data() == project_columns().data());
    BOOST_TEST(import_columns(ImportKind::targets).data() == target_columns().data());
    BOOST_TEST(import_columns(ImportKind::people).data() == person_columns().data());
    BOOST_TEST(import_columns(ImportKind::events).data() == event_columns().data());
    BOOST_TEST(import_columns(ImportKind::sessions).data() == session_columns().data());
    BOOST_TEST(import_columns(ImportKind::attendance).data() == attendance_columns().data());
    BOOST_TEST(import_columns(ImportKind::activities).data() == activity_columns().data());
}

BOOST_AUTO_TEST_SUITE_END()
