// The period-lock rules with hand-made values: which dates a lock closes, which project
// settings, event placements and ESF data it keeps, and how locks move.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "core/period_lock.hpp"

using namespace polku;

namespace {

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

const PeriodLock kMarch{"S1", date(2024, 3, 31)};
const ProjectSpan kYear{date(2024, 1, 1), date(2024, 12, 31)};

ProjectSettings year_2024() {
    return ProjectSettings{CountingRules{}, date(2024, 1, 1), date(2024, 12, 31), std::nullopt};
}

std::string joined(const std::vector<std::string>& columns) {
    std::string out;
    for (const auto& c : columns) {
        out += (out.empty() ? "" : ",") + c;
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(period_lock)

BOOST_AUTO_TEST_CASE(the_lock_date_itself_is_locked_the_day_after_is_not) {
    BOOST_TEST(is_locked(kMarch, date(2024, 3, 31)));
    BOOST_TEST(is_locked(kMarch, date(2023, 1, 1)));
    BOOST_TEST(!is_locked(kMarch, date(2024, 4, 1)));
}

BOOST_AUTO_TEST_CASE(a_person_is_counted_in_the_lock_by_a_counted_entry_on_or_before_it) {
    const auto entry = [](Date d, Kind k, int minutes) { return Entry{1, 7, d, k, minutes}; };
    CountingRules rules;
    BOOST_TEST(counted_in_locked_period(kMarch, {entry(date(2024, 3, 31), Kind::course, 60)}, rules,
                                        kYear));
    // After the lock, without minutes, before the span: none counts in it.
    BOOST_TEST(!counted_in_locked_period(
        kMarch,
        {entry(date(2024, 4, 1), Kind::course, 60), entry(date(2024, 3, 1), Kind::course, 0),
         entry(date(2023, 12, 31), Kind::course, 60)},
        rules, kYear));
    // A kind the project does not count.
    rules.excluded_kinds = {Kind::seminar};
    BOOST_TEST(!counted_in_locked_period(kMarch, {entry(date(2024, 3, 1), Kind::seminar, 60)},
                                         rules, kYear));
}

BOOST_AUTO_TEST_CASE(esf_columns_that_changed_are_named_in_file_order) {
    const EsfData before{Gender::female, 1970, Education::isced_5_8, LabourStatus::employed};
    EsfData after = before;
    BOOST_TEST(changed_esf_columns(before, after).empty());
    after.labour_status = std::nullopt;
    after.gender = Gender::other;
    BOOST_TEST(joined(changed_esf_columns(before, after)) == "gender,labour_status");
    after = before;
    after.birth_year = 1971;
    after.education = Education::isced_3_4;
    BOOST_TEST(joined(changed_esf_columns(before, after)) == "birth_year,education");
}

BOOST_AUTO_TEST_CASE(target_groups_changed_are_named_by_project) {
    const std::vector<GroupRef> before{{"S1", "Hoitajat"}, {"S2", "Esihenkilöt"}};
    BOOST_TEST(
        projects_with_changed_groups(before, {{"S2", "Esihenkilöt"}, {"S1", "Hoitajat"}}).empty());
    BOOST_TEST(joined(projects_with_changed_groups(before, {{"S1", "Hoitajat"}})) == "S2");
    BOOST_TEST(joined(projects_with_changed_groups(before, {{"S3", "Uudet"}})) == "S1,S2,S3");
}

BOOST_AUTO_TEST_CASE(every_counting_rule_is_locked_and_the_span_where_it_reaches_the_lock) {
    auto after = year_2024();
    BOOST_TEST(locked_project_columns(kMarch, year_2024(), after).empty());
    after.rules.day_minutes = 420;
    after.rules.cap_per_day = false;
    after.rules.rounding = DayRounding::half_day_down;
    after.rules.excluded_kinds = {Kind::seminar};
    BOOST_TEST(joined(locked_project_columns(kMarch, year_2024(), after)) ==
               "day_minutes,cap_per_day,rounding,excluded_kinds");

    // The start moved within the lock, or out of it; the project extended past it, or its
    // end pulled into it.
    after = year_2024();
    after.start = date(2024, 2, 1);
    BOOST_TEST(joined(locked_project_columns(kMarch, year_2024(), after)) == "start");
    after.start = date(2024, 5, 1);
    BOOST_TEST(joined(locked_project_columns(kMarch, year_2024(), after)) == "start");
    after = year_2024();
    after.extended_end = date(2025, 6, 30);
    BOOST_TEST(locked_project_columns(kMarch, year_2024(), after).empty());
    after.extended_end = std::nullopt;
    after.end = date(2024, 3, 15);
    BOOST_TEST(joined(locked_project_columns(kMarch, year_2024(), after)) == "end");
    // Dates all after the lock move freely; a project whose start is after the lock too.
    auto later = year_2024();
    later.start = date(2024, 6, 1);
    auto moved = later;
    moved.start = date(2024, 7, 1);
    BOOST_TEST(locked_project_columns(kMarch, later, moved).empty());
    // No dates before, a start in the lock after: the locked period starts counting.
    auto undated = year_2024();
    undated.start = std::nullopt;
    BOOST_TEST(joined(locked_project_columns(kMarch, undated, year_2024())) == "start");
}

BOOST_AUTO_TEST_CASE(an_event_is_locked_by_its_earliest_session) {
    BOOST_TEST(event_is_locked(kMarch, date(2024, 3, 31)));
    BOOST_TEST(!event_is_locked(kMarch, date(2024, 4, 1)));
    BOOST_TEST(!event_is_locked(kMarch, std::nullopt));
}

BOOST_AUTO_TEST_CASE(a_lock_moves_forward_and_unlock_lowers_or_removes_it) {
    BOOST_TEST(!lock_problem("S1", std::nullopt, date(2024, 3, 31)));
    BOOST_TEST(!lock_problem("S1", date(2024, 3, 31), date(2024, 6, 30)));
    BOOST_TEST(*lock_problem("S1", date(2024, 3, 31), date(2024, 3, 31)) ==
               "project S1 is already locked through 31.3.2024; a lock only moves forward "
               "(unlock --to lowers it, unlock removes it)");
    BOOST_TEST(lock_problem("S1", date(2024, 3, 31), date(2024, 2, 29)).has_value());

    BOOST_TEST(!unlock_problem("S1", date(2024, 3, 31), std::nullopt));
    BOOST_TEST(!unlock_problem("S1", date(2024, 3, 31), date(2024, 2, 29)));
    BOOST_TEST(*unlock_problem("S1", std::nullopt, std::nullopt) == "project S1 is not locked");
    BOOST_TEST(unlock_problem("S1", date(2024, 3, 31), date(2024, 3, 31)).has_value());
}

BOOST_AUTO_TEST_CASE(messages_name_the_lock_date_and_say_to_unlock_first) {
    BOOST_TEST(locked_entry_message("attendance dated 15.3.2024", kMarch) ==
               "attendance dated 15.3.2024 cannot be added or changed: project S1 is locked "
               "through 31.3.2024 (its figures were sent to the funder); unlock it first: "
               "polku-cli unlock --project S1 --reason …");
    BOOST_TEST(locked_value_message("the project's day_minutes", kMarch) ==
               "the project's day_minutes cannot change: project S1 is locked through "
               "31.3.2024 (its figures were sent to the funder); unlock it first: polku-cli "
               "unlock --project S1 --reason …");
}

BOOST_AUTO_TEST_SUITE_END()
