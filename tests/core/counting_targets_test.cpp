// Targets and the reporting period (domain.md "Targets", "Counting, precisely"; formats.md
// "The monitoring report as JSON"). Every expected value is computed by hand; the arithmetic
// is in the comment beside it.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/counting_input.hpp"
#include "core/error.hpp"
#include "core/monitoring_figures.hpp"
#include "core/training_day_calculator.hpp"
#include "tests/core/counting_builders.hpp"

using namespace polku;
using namespace polku::test;

namespace {

PersonFacts person(PersonKey id, std::optional<Gender> gender,
                   std::vector<std::int64_t> groups = {}) {
    PersonFacts p;
    p.id = id;
    p.gender = gender;
    p.target_groups = std::move(groups);
    return p;
}

constexpr std::int64_t none = -999'999;  // stands for "no value" in comparisons

std::int64_t value(const std::optional<std::int64_t>& v) {
    return v.value_or(none);
}

// A 100-day project, 1.1.2021–10.4.2021: January 31 + February 28 + March 31 = 90 days, so
// 10.4.2021 is day 100.
//   person 1 (female): event 1 (course) 15.1. 360 min = 1.0 day; event 2 (workshop) 20.2.
//                      180 min = 0.5 day
//   person 2 (male, group 7): event 2 on 10.2. 180 min = 0.5 day
//   person 3 (female, group 7): event 3 (seminar) 5.3. 360 min = 1.0 day
// Events: 1 on 15.1.; 2 on 10.2. and 20.2.; 3 on 5.3.
CountingInput hundred_days() {
    CountingInput in;
    in.span = {ymd(2021, 1, 1), ymd(2021, 4, 10)};
    in.target_groups = {{7, "digital developers"}};
    in.people = {person(1, Gender::female), person(2, Gender::male, {7}),
                 person(3, Gender::female, {7})};
    in.events = {event(1, Kind::course, {ymd(2021, 1, 15)}),
                 event(2, Kind::workshop, {ymd(2021, 2, 10), ymd(2021, 2, 20)}),
                 event(3, Kind::seminar, {ymd(2021, 3, 5)})};
    in.entries = {attend(1, 1, ymd(2021, 1, 15), 360),
                  attend(1, 2, ymd(2021, 2, 20), 180, Kind::workshop),
                  attend(2, 2, ymd(2021, 2, 10), 180, Kind::workshop),
                  attend(3, 3, ymd(2021, 3, 5), 360, Kind::seminar)};
    return in;
}

const TargetRow& row(const MonitoringFigures& f, std::size_t i) {
    BOOST_TEST_REQUIRE(i < f.targets.size());
    return f.targets[i];
}

}  // namespace

BOOST_AUTO_TEST_SUITE(counting_targets)

BOOST_AUTO_TEST_CASE(every_metric_for_february) {
    auto in = hundred_days();
    in.targets = {
        target("person_training_days", 1000),       // 10.00 days
        target("person_training_days_women", 500),  // 5.00 days
        target("participants_started", 400),        // 4
        target("participants_started_women", 300),  // 3
        target("participations", 0),                // 0
        target("events", 200),                      // 2
        target("new_jobs", 500),                    // a free counter, 5
        target("person_training_days", 200, 7),     // 2.00 days for group 7
        target("participants_started", 100, 7),     // 1 for group 7
    };
    // Period 1.2.–28.2.2021. Elapsed days 1.1.–28.2. inclusive: 31 + 28 = 59 of 100.
    // Cumulative to 28.2.: days 1.0 + 0.5 + 0.5 = 2.00 (women: person 1, 1.50); starters
    // persons 1 (15.1.) and 2 (10.2.); pairs (1,1), (1,2), (2,2); events 1 and 2.
    // Within February: days 0.5 + 0.5 = 1.00 (women 0.50); starters person 2; pairs (1,2),
    // (2,2); events 2.
    const auto f = figures(in, ymd(2021, 2, 1), ymd(2021, 2, 28));
    BOOST_TEST_REQUIRE(f.targets.size() == 9u);

    const auto& days = row(f, 0);
    BOOST_TEST(days.metric == "person_training_days");
    BOOST_TEST(!days.target_group.has_value());
    BOOST_TEST(days.day_metric);
    BOOST_TEST(days.planned == 1000);
    BOOST_TEST(value(days.realised) == 200);
    BOOST_TEST(value(days.realised_in_period) == 100);
    BOOST_TEST(value(days.percent_tenths) == 200);  // 2 / 10 = 20.0 %
    BOOST_TEST(days.expected == 590);               // 10.00 × 59 / 100 = 5.90
    BOOST_TEST(value(days.forecast) == 339);        // 2 / 59 × 100 = 3.3898… → 3.39

    const auto& women_days = row(f, 1);
    BOOST_TEST(women_days.day_metric);
    BOOST_TEST(women_days.planned == 500);
    BOOST_TEST(value(women_days.realised) == 150);
    BOOST_TEST(value(women_days.realised_in_period) == 50);
    BOOST_TEST(value(women_days.percent_tenths) == 300);  // 1.5 / 5 = 30.0 %
    BOOST_TEST(women_days.expected == 295);               // 5.00 × 59 / 100 = 2.95
    BOOST_TEST(value(women_days.forecast) == 254);        // 1.5 / 59 × 100 = 2.5423… → 2.54

    const auto& started = row(f, 2);
    BOOST_TEST(!started.day_metric);
    BOOST_TEST(started.planned == 4);
    BOOST_TEST(value(started.realised) == 2);
    BOOST_TEST(value(started.realised_in_period) == 1);
    BOOST_TEST(value(started.percent_tenths) == 500);  // 2 / 4 = 50.0 %
    BOOST_TEST(started.expected == 2);                 // 4 × 59 / 100 = 2.36 → 2
    BOOST_TEST(value(started.forecast) == 3);          // 2 / 59 × 100 = 3.389… → 3

    const auto& started_women = row(f, 3);
    BOOST_TEST(started_women.planned == 3);
    BOOST_TEST(value(started_women.realised) == 1);
    BOOST_TEST(value(started_women.realised_in_period) == 0);
    BOOST_TEST(value(started_women.percent_tenths) == 333);  // 1 / 3 = 33.33… % → 33.3
    BOOST_TEST(started_women.expected == 2);                 // 3 × 59 / 100 = 1.77 → 2
    BOOST_TEST(value(started_women.forecast) == 2);          // 1 / 59 × 100 = 1.69… → 2

    const auto& participations = row(f, 4);
    BOOST_TEST(participations.planned == 0);
    BOOST_TEST(value(participations.realised) == 3);
    BOOST_TEST(value(participations.realised_in_period) == 2);
    BOOST_TEST(!participations.percent_tenths.has_value());  // planned 0: no percentage
    BOOST_TEST(participations.expected == 0);
    BOOST_TEST(value(participations.forecast) == 5);  // 3 / 59 × 100 = 5.08… → 5

    const auto& events = row(f, 5);
    BOOST_TEST(events.planned == 2);
    BOOST_TEST(value(events.realised) == 2);
    BOOST_TEST(value(events.realised_in_period) == 1);
    BOOST_TEST(value(events.percent_tenths) == 1000);  // 2 / 2 = 100.0 %
    BOOST_TEST(events.expected == 1);                  // 2 × 59 / 100 = 1.18 → 1
    BOOST_TEST(value(events.forecast) == 3);           // 2 / 59 × 100 = 3.389… → 3

    const auto& jobs = row(f, 6);
    BOOST_TEST(jobs.metric == "new_jobs");
    BOOST_TEST(!jobs.day_metric);
    BOOST_TEST(jobs.planned == 5);
    BOOST_TEST(!jobs.realised.has_value());  // a free counter has no realised value
    BOOST_TEST(!jobs.realised_in_period.has_value());
    BOOST_TEST(!jobs.percent_tenths.has_value());
    BOOST_TEST(!jobs.forecast.has_value());
    BOOST_TEST(jobs.expected == 3);  // 5 × 59 / 100 = 2.95 → 3

    // Group 7 (persons 2 and 3): to 28.2. only person 2's 0.5 day and person 2 started.
    const auto& group_days = row(f, 7);
    BOOST_TEST(group_days.target_group.value_or("") == "digital developers");
    BOOST_TEST(group_days.planned == 200);
    BOOST_TEST(value(group_days.realised) == 50);
    BOOST_TEST(value(group_days.realised_in_period) == 50);
    BOOST_TEST(value(group_days.percent_tenths) == 250);  // 0.5 / 2 = 25.0 %
    BOOST_TEST(group_days.expected == 118);               // 2.00 × 59 / 100 = 1.18
    BOOST_TEST(value(group_days.forecast) == 85);         // 0.5 / 59 × 100 = 0.847… → 0.85

    const auto& group_started = row(f, 8);
    BOOST_TEST(group_started.target_group.value_or("") == "digital developers");
    BOOST_TEST(group_started.planned == 1);
    BOOST_TEST(value(group_started.realised) == 1);
    BOOST_TEST(value(group_started.realised_in_period) == 1);
    BOOST_TEST(value(group_started.percent_tenths) == 1000);  // 1 / 1 = 100.0 %
    BOOST_TEST(group_started.expected == 1);                  // 1 × 59 / 100 = 0.59 → 1
    BOOST_TEST(value(group_started.forecast) == 2);           // 1 / 59 × 100 = 1.69… → 2
}

BOOST_AUTO_TEST_CASE(the_whole_span_meets_the_straight_line_at_the_plan) {
    auto in = hundred_days();
    in.targets = {target("person_training_days", 1000), target("participants_started", 400)};
    const auto f = figures(in);
    // Elapsed = span = 100 days: expected = planned; forecast = cumulative × 100 / 100.
    // Days 1.0 + 0.5 + 0.5 + 1.0 = 3.00; starters 3.
    const auto& days = row(f, 0);
    BOOST_TEST(value(days.realised) == 300);
    BOOST_TEST(value(days.realised_in_period) == 300);
    BOOST_TEST(value(days.percent_tenths) == 300);  // 3 / 10 = 30.0 %
    BOOST_TEST(days.expected == 1000);
    BOOST_TEST(value(days.forecast) == 300);
    const auto& started = row(f, 1);
    BOOST_TEST(value(started.realised) == 3);
    BOOST_TEST(value(started.percent_tenths) == 750);  // 3 / 4 = 75.0 %
    BOOST_TEST(started.expected == 4);
    BOOST_TEST(value(started.forecast) == 3);
}

BOOST_AUTO_TEST_CASE(a_period_reaching_past_the_end_is_cut_at_the_end_for_targets) {
    auto in = hundred_days();
    in.targets = {target("person_training_days", 1000)};
    // 1.3.–30.4.2021 reaches 20 days past 10.4.: elapsed stops at the span's 100 days.
    const auto f = figures(in, ymd(2021, 3, 1), ymd(2021, 4, 30));
    const auto& days = row(f, 0);
    BOOST_TEST(value(days.realised) == 300);            // everything to 10.4.
    BOOST_TEST(value(days.realised_in_period) == 100);  // person 3's 1.0 day on 5.3.
    BOOST_TEST(days.expected == 1000);                  // 10.00 × 100 / 100
    BOOST_TEST(value(days.forecast) == 300);            // 3 / 100 × 100
}

BOOST_AUTO_TEST_CASE(elapsed_days_count_the_start_and_the_end_day) {
    auto in = hundred_days();
    in.targets = {target("person_training_days", 1000)};
    // Elapsed 1.1.–1.1. = 1 day: 10.00 × 1 / 100 = 0.10. Nothing realised yet: 0.0 % (planned
    // is not 0), forecast 0 × 100 / 1 = 0.
    auto f = figures(in, ymd(2021, 1, 1), ymd(2021, 1, 1));
    BOOST_TEST(row(f, 0).expected == 10);
    BOOST_TEST(value(row(f, 0).realised) == 0);
    BOOST_TEST(value(row(f, 0).percent_tenths) == 0);
    BOOST_TEST(value(row(f, 0).forecast) == 0);
    // 1.1.–19.2. = 31 + 19 = 50 days: 10.00 × 50 / 100 = 5.00; realised 1.0 + 0.5 (10.2.) = 1.50;
    // forecast 1.5 / 50 × 100 = 3.00.
    f = figures(in, ymd(2021, 1, 1), ymd(2021, 2, 19));
    BOOST_TEST(row(f, 0).expected == 500);
    BOOST_TEST(value(row(f, 0).realised) == 150);
    BOOST_TEST(value(row(f, 0).forecast) == 300);
    // 1.1.–15.1. = 15 days: 10.00 × 15 / 100 = 1.50; realised 1.00; forecast 1 / 15 × 100 =
    // 6.666… → 6.67; 1 / 10 = 10.0 %.
    f = figures(in, ymd(2021, 1, 1), ymd(2021, 1, 15));
    BOOST_TEST(row(f, 0).expected == 150);
    BOOST_TEST(value(row(f, 0).realised) == 100);
    BOOST_TEST(value(row(f, 0).forecast) == 667);
    BOOST_TEST(value(row(f, 0).percent_tenths) == 100);
}

BOOST_AUTO_TEST_CASE(percent_comes_from_the_unrounded_ratio) {
    CountingInput in;
    in.span = {ymd(2021, 1, 1), ymd(2021, 4, 10)};
    in.people = {person(1, std::nullopt)};
    in.events = {event(1, Kind::course, {ymd(2021, 1, 4)})};
    in.entries = {attend(1, 1, ymd(2021, 1, 4), 120)};
    in.targets = {target("person_training_days", 100)};  // 1.00 day planned
    const auto f = figures(in);
    // Realised 120/360 = 1/3 day → "0.33"; percent 1/3 ÷ 1 = 33.33… % → 33.3 (from the
    // rounded 0.33 it would be 33.0).
    BOOST_TEST(value(row(f, 0).realised) == 33);
    BOOST_TEST(value(row(f, 0).percent_tenths) == 333);
    // Forecast at full span: 1/3 × 100 / 100 → 0.33.
    BOOST_TEST(value(row(f, 0).forecast) == 33);
}

BOOST_AUTO_TEST_CASE(oskus_days_target_as_in_the_report_example) {
    // OSKU: 2352.00 days planned, 2028.00 realised over 1.4.2009–29.2.2012 (1065 days).
    CountingInput in;
    in.span = {ymd(2009, 4, 1), ymd(2012, 2, 29)};
    in.events = {event(1, Kind::course, {ymd(2010, 6, 1)})};
    for (PersonKey p = 1; p <= 2028; ++p) {
        in.people.push_back(person(p, Gender::female));
        in.entries.push_back(attend(p, 1, ymd(2010, 6, 1), 360));  // 1.00 day each
    }
    in.targets = {target("person_training_days", 235'200)};
    const auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 202'800);
    const auto& days = row(f, 0);
    BOOST_TEST(days.planned == 235'200);
    BOOST_TEST(value(days.realised) == 202'800);
    BOOST_TEST(value(days.realised_in_period) == 202'800);
    BOOST_TEST(value(days.percent_tenths) == 862);  // 2028 / 2352 = 0.862244… → 86.2 %
    BOOST_TEST(days.expected == 235'200);           // 2352 × 1065 / 1065
    BOOST_TEST(value(days.forecast) == 202'800);    // 2028 / 1065 × 1065
    // For a period ending 31.12.2010: elapsed 1.4.2009–31.12.2010 = 275 + 365 = 640 days
    // (1.4.–31.12.2009 is 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 275);
    // expected 2352 × 640 / 1065 = 1 505 280 / 1065 = 1413.408… → 1413.41;
    // forecast 2028 / 640 × 1065 = 2 159 820 / 640 = 3374.71875 → 3374.72.
    const auto g = figures(in, ymd(2010, 1, 1), ymd(2010, 12, 31));
    BOOST_TEST(row(g, 0).expected == 141'341);
    BOOST_TEST(value(row(g, 0).forecast) == 337'472);
    BOOST_TEST(value(row(g, 0).realised) == 202'800);
}

BOOST_AUTO_TEST_CASE(a_women_days_target_for_a_group_counts_only_its_women) {
    auto in = hundred_days();
    in.targets = {target("person_training_days_women", 400, 7),
                  target("participants_started_women", 200, 7)};
    const auto f = figures(in);
    // Group 7's women: person 3 only, 1.00 day, started 5.3.
    BOOST_TEST(value(row(f, 0).realised) == 100);
    BOOST_TEST(value(row(f, 0).percent_tenths) == 250);  // 1 / 4 = 25.0 %
    BOOST_TEST(value(row(f, 1).realised) == 1);
    BOOST_TEST(value(row(f, 1).percent_tenths) == 500);  // 1 / 2 = 50.0 %
}

BOOST_AUTO_TEST_CASE(a_participations_target_for_a_group_counts_only_its_members_pairs) {
    auto in = hundred_days();
    in.targets = {target("participations", 1000, 7)};  // 10 for group 7
    // Group 7 is persons 2 and 3. To 28.2.: the pair (2, 2) only → 1; person 1's pairs (1, 1)
    // and (1, 2) are not the group's. Over the whole span: (2, 2) and (3, 3) → 2.
    auto f = figures(in, ymd(2021, 2, 1), ymd(2021, 2, 28));
    BOOST_TEST(value(row(f, 0).realised) == 1);
    BOOST_TEST(value(row(f, 0).realised_in_period) == 1);
    BOOST_TEST(value(row(f, 0).percent_tenths) == 100);  // 1 / 10 = 10.0 %
    f = figures(in);
    BOOST_TEST(value(row(f, 0).realised) == 2);
    BOOST_TEST(value(row(f, 0).percent_tenths) == 200);  // 2 / 10 = 20.0 %
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(counting_periods)

BOOST_AUTO_TEST_CASE(the_period_defaults_to_the_span) {
    const ProjectSpan span{ymd(2009, 4, 1), ymd(2012, 2, 29)};
    auto p = resolve_period(span, std::nullopt, std::nullopt);
    BOOST_TEST((p.from == ymd(2009, 4, 1)));
    BOOST_TEST((p.to == ymd(2012, 2, 29)));
    p = resolve_period(span, ymd(2010, 1, 1), std::nullopt);
    BOOST_TEST((p.from == ymd(2010, 1, 1)));
    BOOST_TEST((p.to == ymd(2012, 2, 29)));
    p = resolve_period(span, std::nullopt, ymd(2010, 12, 31));
    BOOST_TEST((p.from == ymd(2009, 4, 1)));
    BOOST_TEST((p.to == ymd(2010, 12, 31)));
    // One day is a period.
    p = resolve_period(span, ymd(2011, 5, 5), ymd(2011, 5, 5));
    BOOST_TEST((p.from == ymd(2011, 5, 5)));
    BOOST_TEST((p.to == ymd(2011, 5, 5)));
}

BOOST_AUTO_TEST_CASE(from_after_to_is_an_input_error) {
    const ProjectSpan span{ymd(2009, 4, 1), ymd(2012, 2, 29)};
    BOOST_CHECK_THROW(resolve_period(span, ymd(2010, 5, 2), ymd(2010, 5, 1)), InputError);
    // Only --to, before the span's start: the default from is after it.
    BOOST_CHECK_THROW(resolve_period(span, std::nullopt, ymd(2009, 1, 1)), InputError);
}

BOOST_AUTO_TEST_CASE(a_period_wholly_outside_the_span_is_an_input_error) {
    const ProjectSpan span{ymd(2009, 4, 1), ymd(2012, 2, 29)};
    BOOST_CHECK_THROW(resolve_period(span, ymd(2008, 1, 1), ymd(2009, 3, 31)), InputError);
    BOOST_CHECK_THROW(resolve_period(span, ymd(2012, 3, 1), ymd(2012, 12, 31)), InputError);
    BOOST_CHECK_THROW(resolve_period(span, ymd(2012, 3, 1), std::nullopt), InputError);
}

BOOST_AUTO_TEST_CASE(a_period_partly_outside_the_span_is_fine) {
    const ProjectSpan span{ymd(2009, 4, 1), ymd(2012, 2, 29)};
    auto p = resolve_period(span, ymd(2009, 1, 1), ymd(2009, 4, 1));  // touches the start
    BOOST_TEST((p.from == ymd(2009, 1, 1)));
    BOOST_TEST((p.to == ymd(2009, 4, 1)));
    p = resolve_period(span, ymd(2012, 2, 29), ymd(2012, 6, 30));  // touches the end
    BOOST_TEST((p.from == ymd(2012, 2, 29)));
    BOOST_TEST((p.to == ymd(2012, 6, 30)));
    p = resolve_period(span, ymd(2008, 1, 1), ymd(2013, 1, 1));  // covers it all
    BOOST_TEST((p.from == ymd(2008, 1, 1)));
    BOOST_TEST((p.to == ymd(2013, 1, 1)));
}

BOOST_AUTO_TEST_SUITE_END()
