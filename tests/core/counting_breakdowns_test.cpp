// The monitoring figures' breakdowns (domain.md "Counting, precisely", "ESF participant data";
// formats.md "The monitoring report as JSON"): gender columns, target-group rows, the by-kind
// split, starting participants, participations, events and the ESF age bands. Every expected
// value is computed by hand; the arithmetic is in the comment beside it.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/counting_input.hpp"
#include "core/monitoring_figures.hpp"
#include "core/training_day_calculator.hpp"
#include "tests/core/counting_builders.hpp"

using namespace polku;
using namespace polku::test;

namespace {

PersonFacts person(PersonKey id, std::optional<Gender> gender = std::nullopt,
                   std::optional<int> born = std::nullopt, std::vector<std::int64_t> groups = {}) {
    PersonFacts p;
    p.id = id;
    p.gender = gender;
    p.birth_year = born;
    p.target_groups = std::move(groups);
    return p;
}

KindRow kind_row(const MonitoringFigures& f, Kind kind) {
    for (const auto& row : f.by_kind) {
        if (row.kind == kind) {
            return row;
        }
    }
    BOOST_FAIL("no by_kind row for " << name_of(kind));
    return {};
}

std::int64_t kind_days(const MonitoringFigures& f, Kind kind) {
    return kind_row(f, kind).days_hundredths;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(counting_breakdowns)

BOOST_AUTO_TEST_CASE(gender_columns_with_a_not_given_column) {
    auto in = osku();
    in.people = {person(1, Gender::female), person(2, Gender::male), person(3, Gender::other),
                 person(4)};  // no gender given
    const Date d = ymd(2010, 4, 4);
    in.entries = {activity(1, d, 360), activity(2, d, 180), activity(3, d, 90),
                  activity(4, d, 120)};
    const auto f = figures(in);
    // Women 360/360 = 1.00; men 180/360 = 0.50; other 90/360 = 0.25; not given
    // 120/360 = 0.333… → 0.33; total (360 + 180 + 90 + 120)/360 = 750/360 = 2.0833… → 2.08.
    BOOST_TEST(f.days_hundredths.women == 100);
    BOOST_TEST(f.days_hundredths.men == 50);
    BOOST_TEST(f.days_hundredths.other == 25);
    BOOST_TEST(f.days_hundredths.not_given == 33);
    BOOST_TEST(f.days_hundredths.total == 208);
    BOOST_TEST(f.participants_started.total == 4);
    BOOST_TEST(f.participants_started.women == 1);
    BOOST_TEST(f.participants_started.men == 1);
    BOOST_TEST(f.participants_started.other == 1);
    BOOST_TEST(f.participants_started.not_given == 1);
    BOOST_TEST(f.participants_distinct == 4);
    // Person 4 has no birth year either: the age's not-given column.
    BOOST_TEST(f.esf.age_not_given == 4);
    BOOST_TEST(f.esf.education_not_given == 4);
    BOOST_TEST(f.esf.labour_status_not_given == 4);
}

BOOST_AUTO_TEST_CASE(gender_rows_round_once_each) {
    auto in = osku();
    in.people = {person(1, Gender::female), person(2, Gender::female), person(3, Gender::male)};
    const Date d = ymd(2010, 4, 4);
    // Women: 2 × 100/360 = 200/360 = 0.555… → 0.56; men: 100/360 = 0.2777… → 0.28;
    // total 300/360 = 0.8333… → 0.83 (the rows add up to 0.84: each figure is rounded once
    // from its own exact sum, never from rounded rows).
    in.entries = {activity(1, d, 100), activity(2, d, 100), activity(3, d, 100)};
    const auto f = figures(in);
    BOOST_TEST(f.days_hundredths.women == 56);
    BOOST_TEST(f.days_hundredths.men == 28);
    BOOST_TEST(f.days_hundredths.total == 83);
}

BOOST_AUTO_TEST_CASE(a_person_in_two_groups_appears_in_both_rows_and_one_in_none_in_no_row) {
    auto in = osku();
    in.target_groups = {{10, "managers"}, {20, "developers"}, {30, "assistants"}};
    in.people = {person(1, Gender::female, 1970, {10, 20}), person(2, Gender::male, 1980, {20}),
                 person(3, Gender::male, 1990, {})};
    const Date d = ymd(2010, 4, 4);
    in.entries = {activity(1, d, 360), activity(2, d, 180), activity(3, d, 90)};
    const auto f = figures(in);
    // Total: (360 + 180 + 90)/360 = 630/360 = 1.75.
    BOOST_TEST(f.days_hundredths.total == 175);
    // Rows by name: assistants, developers, managers.
    BOOST_TEST_REQUIRE(f.by_target_group.size() == 3u);
    BOOST_TEST(f.by_target_group[0].name == "assistants");
    BOOST_TEST(f.by_target_group[0].id == 30);
    BOOST_TEST(f.by_target_group[0].participants_started == 0);
    BOOST_TEST(f.by_target_group[0].days_hundredths == 0);
    // developers: persons 1 and 2, (360 + 180)/360 = 1.50.
    BOOST_TEST(f.by_target_group[1].name == "developers");
    BOOST_TEST(f.by_target_group[1].participants_started == 2);
    BOOST_TEST(f.by_target_group[1].days_hundredths == 150);
    // managers: person 1, 1.00.
    BOOST_TEST(f.by_target_group[2].name == "managers");
    BOOST_TEST(f.by_target_group[2].participants_started == 1);
    BOOST_TEST(f.by_target_group[2].days_hundredths == 100);
    // Person 3 (0.25 days) is in no row.
}

BOOST_AUTO_TEST_CASE(a_target_group_row_sums_unrounded) {
    auto in = osku();
    in.target_groups = {{10, "digital developers"}};
    in.people = {person(1, std::nullopt, std::nullopt, {10}),
                 person(2, std::nullopt, std::nullopt, {10}),
                 person(3, std::nullopt, std::nullopt, {10})};
    const Date d = ymd(2011, 11, 11);
    in.entries = {activity(1, d, 120), activity(2, d, 120), activity(3, d, 120)};
    const auto f = figures(in);
    // 3 × 120/360 = 1.00 exactly.
    BOOST_TEST_REQUIRE(f.by_target_group.size() == 1u);
    BOOST_TEST(f.by_target_group[0].days_hundredths == 100);
    BOOST_TEST(f.by_target_group[0].participants_started == 3);
}

BOOST_AUTO_TEST_CASE(by_kind_lists_every_counted_kind_in_order) {
    auto in = osku();
    in.people = {person(1)};
    in.entries = {activity(1, ymd(2010, 4, 4), 60)};
    auto f = figures(in);
    const Kind order[] = {Kind::course,      Kind::workshop,      Kind::seminar,
                          Kind::coaching,    Kind::wellbeing_day, Kind::e_learning,
                          Kind::study_visit, Kind::other,         Kind::self_study};
    BOOST_TEST_REQUIRE(f.by_kind.size() == 9u);
    for (std::size_t i = 0; i < 9; ++i) {
        BOOST_TEST((f.by_kind[i].kind == order[i]));
    }
    // Zero rows included: course has nothing; self_study 60/360 = 0.1666… → 0.17.
    BOOST_TEST(kind_days(f, Kind::course) == 0);
    BOOST_TEST(kind_days(f, Kind::self_study) == 17);

    in.rules.excluded_kinds = {Kind::wellbeing_day, Kind::course};
    f = figures(in);
    const Kind counted[] = {Kind::workshop,    Kind::seminar, Kind::coaching,  Kind::e_learning,
                            Kind::study_visit, Kind::other,   Kind::self_study};
    BOOST_TEST_REQUIRE(f.by_kind.size() == 7u);
    for (std::size_t i = 0; i < 7; ++i) {
        BOOST_TEST((f.by_kind[i].kind == counted[i]));
    }
}

BOOST_AUTO_TEST_CASE(by_kind_splits_a_capped_day_in_proportion_to_minutes) {
    auto in = osku();
    in.people = {person(1)};
    in.events = {event(1, Kind::course, {ymd(2010, 4, 4)}),
                 event(2, Kind::seminar, {ymd(2010, 4, 4)})};
    // 240 course + 240 seminar = 480 → capped 360 → 1 day; each kind 240/480 of it = 0.50.
    in.entries = {attend(1, 1, ymd(2010, 4, 4), 240),
                  attend(1, 2, ymd(2010, 4, 4), 240, Kind::seminar)};
    const auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 100);
    BOOST_TEST(kind_days(f, Kind::course) == 50);
    BOOST_TEST(kind_days(f, Kind::seminar) == 50);
    BOOST_TEST(kind_row(f, Kind::course).participations == 1);
    BOOST_TEST(kind_row(f, Kind::course).events == 1);
    BOOST_TEST(kind_row(f, Kind::seminar).participations == 1);
    BOOST_TEST(kind_row(f, Kind::seminar).events == 1);
    BOOST_TEST(kind_row(f, Kind::workshop).events == 0);
}

BOOST_AUTO_TEST_CASE(by_kind_shares_are_summed_unrounded_then_rounded_once) {
    auto in = osku();
    in.people = {person(1)};
    in.events = {event(1, Kind::course, {ymd(2010, 4, 4), ymd(2010, 4, 5)})};
    // One day: 300 course + 120 self-study = 420 → capped 360 → 1 day;
    // course 300/420 = 0.714285… → 0.71, self-study 120/420 = 0.285714… → 0.29.
    in.entries = {attend(1, 1, ymd(2010, 4, 4), 300), activity(1, ymd(2010, 4, 4), 120)};
    auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 100);
    BOOST_TEST(kind_days(f, Kind::course) == 71);
    BOOST_TEST(kind_days(f, Kind::self_study) == 29);
    // Two such days: course 2 × 5/7 = 10/7 = 1.428571… → 1.43 (not 2 × 0.71 = 1.42);
    // self-study 2 × 2/7 = 4/7 = 0.571428… → 0.57 (not 2 × 0.29 = 0.58).
    in.entries.push_back(attend(1, 1, ymd(2010, 4, 5), 300));
    in.entries.push_back(activity(1, ymd(2010, 4, 5), 120));
    f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 200);
    BOOST_TEST(kind_days(f, Kind::course) == 143);
    BOOST_TEST(kind_days(f, Kind::self_study) == 57);
}

BOOST_AUTO_TEST_CASE(by_kind_rounds_an_exact_half_cent_up_across_denominators) {
    auto in = osku();
    in.people = {person(1)};
    in.events = {event(1, Kind::course, {ymd(2010, 4, 4), ymd(2010, 4, 5), ymd(2010, 4, 6)}),
                 event(2, Kind::seminar, {ymd(2010, 4, 4), ymd(2010, 4, 5), ymd(2010, 4, 6)})};
    in.entries = {
        // 120 course + 240 seminar = 360 → 1 day: course 1/3, seminar 2/3.
        attend(1, 1, ymd(2010, 4, 4), 120),
        attend(1, 2, ymd(2010, 4, 4), 240, Kind::seminar),
        // 60 course + 300 seminar = 360 → 1 day: course 1/6, seminar 5/6.
        attend(1, 1, ymd(2010, 4, 5), 60),
        attend(1, 2, ymd(2010, 4, 5), 300, Kind::seminar),
        // 2 course + 398 seminar = 400 → capped 360 → 1 day: course 2/400 = 1/200,
        // seminar 398/400 = 199/200.
        attend(1, 1, ymd(2010, 4, 6), 2),
        attend(1, 2, ymd(2010, 4, 6), 398, Kind::seminar),
    };
    const auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 300);
    // Course: 1/3 + 1/6 + 1/200 = 0.5 + 0.005 = 0.505 → exactly half a cent → 0.51.
    BOOST_TEST(kind_days(f, Kind::course) == 51);
    // Seminar: 2/3 + 5/6 + 199/200 = 1.5 + 0.995 = 2.495 → 2.50.
    BOOST_TEST(kind_days(f, Kind::seminar) == 250);
    // The rows add up to 3.01, one cent off the total: allowed, each row rounded once.
}

BOOST_AUTO_TEST_CASE(by_kind_splits_the_final_value_after_half_day_rounding_and_without_cap) {
    auto in = osku();
    in.rules.rounding = DayRounding::half_day_down;
    in.people = {person(1)};
    in.events = {event(1, Kind::course, {ymd(2010, 4, 4)}),
                 event(2, Kind::seminar, {ymd(2010, 4, 4)})};
    // 150 course + 100 seminar = 250 → floor(500/360) = 1 half day = 0.5;
    // course 0.5 × 150/250 = 0.30, seminar 0.5 × 100/250 = 0.20.
    in.entries = {attend(1, 1, ymd(2010, 4, 4), 150),
                  attend(1, 2, ymd(2010, 4, 4), 100, Kind::seminar)};
    auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 50);
    BOOST_TEST(kind_days(f, Kind::course) == 30);
    BOOST_TEST(kind_days(f, Kind::seminar) == 20);

    // No cap, no rounding: 300 course + 120 workshop = 420 → 420/360 = 1.1666… → 1.17;
    // course 300/360 = 0.8333… → 0.83, workshop 120/360 = 0.333… → 0.33.
    in.rules.rounding = DayRounding::none;
    in.rules.cap_per_day = false;
    in.events = {event(1, Kind::course, {ymd(2010, 4, 4)}),
                 event(3, Kind::workshop, {ymd(2010, 4, 4)})};
    in.entries = {attend(1, 1, ymd(2010, 4, 4), 300),
                  attend(1, 3, ymd(2010, 4, 4), 120, Kind::workshop)};
    f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 117);
    BOOST_TEST(kind_days(f, Kind::course) == 83);
    BOOST_TEST(kind_days(f, Kind::workshop) == 33);
}

BOOST_AUTO_TEST_CASE(activity_kinds_share_the_event_kinds_rows) {
    auto in = osku();
    in.people = {person(1)};
    in.events = {event(1, Kind::coaching, {ymd(2010, 4, 4)})};
    in.entries = {
        attend(1, 1, ymd(2010, 4, 4), 90, Kind::coaching),  // a coaching event
        activity(1, ymd(2010, 4, 5), 90, Kind::coaching),   // a coaching activity
        activity(1, ymd(2010, 4, 6), 60, Kind::other),      // an "other" activity
    };
    const auto f = figures(in);
    // Coaching (90 + 90)/360 = 0.50; other 60/360 = 0.1666… → 0.17; total 240/360 → 0.67.
    BOOST_TEST(kind_days(f, Kind::coaching) == 50);
    BOOST_TEST(kind_days(f, Kind::other) == 17);
    BOOST_TEST(kind_days(f, Kind::self_study) == 0);
    BOOST_TEST(f.days_hundredths.total == 67);
    // Only the event is a participation and an event.
    BOOST_TEST(kind_row(f, Kind::coaching).participations == 1);
    BOOST_TEST(kind_row(f, Kind::coaching).events == 1);
    BOOST_TEST(kind_row(f, Kind::other).participations == 0);
    BOOST_TEST(f.participations == 1);
    BOOST_TEST(f.events == 1);
}

BOOST_AUTO_TEST_CASE(participations_and_events_across_a_period_boundary) {
    auto in = osku();
    in.people = {person(1), person(2), person(3)};
    in.events = {
        event(1, Kind::course, {ymd(2010, 12, 31), ymd(2011, 1, 1)}),  // across the year end
        event(2, Kind::seminar, {ymd(2010, 6, 15)}),                   // held, nobody came
        event(3, Kind::workshop, {ymd(2012, 3, 1)}),                   // after the span
        event(4, Kind::workshop, {ymd(2011, 1, 15)}),                  // only an absence
    };
    in.entries = {
        attend(1, 1, ymd(2010, 12, 31), 180),
        attend(1, 1, ymd(2011, 1, 1), 180),
        attend(2, 1, ymd(2010, 12, 31), 180),
        attend(3, 3, ymd(2012, 3, 1), 180, Kind::workshop),  // flagged
        attend(1, 4, ymd(2011, 1, 15), 0, Kind::workshop),   // absent
        activity(1, ymd(2011, 1, 15), 60, Kind::coaching),   // not a participation
    };
    const Date y2010_from = ymd(2010, 1, 1), y2010_to = ymd(2010, 12, 31);
    const Date y2011_from = ymd(2011, 1, 1), y2011_to = ymd(2011, 12, 31);

    const auto whole = figures(in);
    // Pairs (1, 1) and (2, 1); events 1, 2 and 4 (3 lies outside the span).
    BOOST_TEST(whole.participations == 2);
    BOOST_TEST(whole.events == 3);
    // Days: 180 + 180 + 180 + 60 = 600/360 = 1.666… → 1.67.
    BOOST_TEST(whole.days_hundredths.total == 167);
    BOOST_TEST(whole.participants_started.total == 2);
    BOOST_TEST(whole.flagged_outside_span == 1);
    BOOST_TEST(kind_row(whole, Kind::course).participations == 2);
    BOOST_TEST(kind_row(whole, Kind::course).events == 1);
    BOOST_TEST(kind_row(whole, Kind::seminar).participations == 0);
    BOOST_TEST(kind_row(whole, Kind::seminar).events == 1);
    BOOST_TEST(kind_row(whole, Kind::workshop).participations == 0);
    BOOST_TEST(kind_row(whole, Kind::workshop).events == 1);

    const auto a = figures(in, y2010_from, y2010_to);
    // 2010: pairs (1, 1), (2, 1); events 1 (31.12.) and 2; days 360/360 = 1.00; both start.
    BOOST_TEST(a.participations == 2);
    BOOST_TEST(a.events == 2);
    BOOST_TEST(a.days_hundredths.total == 100);
    BOOST_TEST(a.participants_started.total == 2);
    BOOST_TEST(a.participants_distinct == 2);

    const auto b = figures(in, y2011_from, y2011_to);
    // 2011: pair (1, 1) again; events 1 (1.1.) and 4; days (180 + 60)/360 = 0.666… → 0.67.
    BOOST_TEST(b.participations == 1);
    BOOST_TEST(b.events == 2);
    BOOST_TEST(b.days_hundredths.total == 67);
    BOOST_TEST(b.participants_started.total == 0);
    BOOST_TEST(b.participants_distinct == 1);

    // Participations and events may add up to more than the whole; days and starters add up.
    BOOST_TEST(a.participations + b.participations == 3);
    BOOST_TEST(a.events + b.events == 4);
    BOOST_TEST(a.days_hundredths.total + b.days_hundredths.total == whole.days_hundredths.total);
    BOOST_TEST(a.participants_started.total + b.participants_started.total ==
               whole.participants_started.total);
}

BOOST_AUTO_TEST_CASE(an_event_of_an_excluded_kind_or_without_sessions_in_the_period_is_not_held) {
    auto in = osku();
    in.rules.excluded_kinds = {Kind::wellbeing_day};
    in.events = {
        event(1, Kind::wellbeing_day, {ymd(2010, 5, 5)}),  // excluded kind
        event(2, Kind::course, {ymd(2010, 5, 5)}),
        event(3, Kind::course, {ymd(2010, 6, 6)}),  // outside the period below
        event(4, Kind::e_learning, {}),             // no sessions at all
    };
    const auto f = figures(in, ymd(2010, 5, 1), ymd(2010, 5, 31));
    BOOST_TEST(f.events == 1);
    BOOST_TEST(kind_row(f, Kind::course).events == 1);
    BOOST_TEST(kind_row(f, Kind::e_learning).events == 0);
    // Over the whole span: events 2 and 3.
    BOOST_TEST(figures(in).events == 2);
}

BOOST_AUTO_TEST_CASE(starters_count_in_the_period_of_their_first_entry_distinct_in_every_period) {
    auto in = osku();
    in.people = {person(1, Gender::female), person(2, Gender::male)};
    in.entries = {activity(1, ymd(2009, 6, 15), 60), activity(1, ymd(2010, 6, 15), 60),
                  activity(2, ymd(2010, 6, 16), 60)};
    const auto y2009 = figures(in, ymd(2009, 4, 1), ymd(2009, 12, 31));
    BOOST_TEST(y2009.participants_started.total == 1);
    BOOST_TEST(y2009.participants_started.women == 1);
    BOOST_TEST(y2009.participants_distinct == 1);
    const auto y2010 = figures(in, ymd(2010, 1, 1), ymd(2010, 12, 31));
    // Person 1 started in 2009: distinct in 2010 but not a 2010 starter.
    BOOST_TEST(y2010.participants_started.total == 1);
    BOOST_TEST(y2010.participants_started.women == 0);
    BOOST_TEST(y2010.participants_started.men == 1);
    BOOST_TEST(y2010.participants_distinct == 2);
    const auto whole = figures(in);
    BOOST_TEST(whole.participants_started.total == 2);
    BOOST_TEST(whole.participants_distinct == 2);
}

BOOST_AUTO_TEST_CASE(target_group_starters_are_the_groups_members_who_start_in_the_period) {
    auto in = osku();
    in.target_groups = {{1, "management"}};
    in.people = {person(1, std::nullopt, std::nullopt, {1}),
                 person(2, std::nullopt, std::nullopt, {1}), person(3)};
    in.entries = {activity(1, ymd(2009, 6, 15), 60), activity(1, ymd(2010, 6, 15), 60),
                  activity(2, ymd(2010, 6, 16), 60), activity(3, ymd(2010, 6, 16), 60)};
    const auto f = figures(in, ymd(2010, 1, 1), ymd(2010, 12, 31));
    BOOST_TEST(f.participants_started.total == 2);  // persons 2 and 3
    BOOST_TEST_REQUIRE(f.by_target_group.size() == 1u);
    BOOST_TEST(f.by_target_group[0].participants_started == 1);  // person 2 only
    // Days of members in 2010: (60 + 60)/360 = 0.333… → 0.33.
    BOOST_TEST(f.by_target_group[0].days_hundredths == 33);
}

BOOST_AUTO_TEST_CASE(esf_age_bands_use_the_year_of_the_start) {
    auto in = osku();
    in.people = {
        person(1, Gender::female, 1986),  // starts 3.5.2010: 2010 − 1986 = 24 → under 25
        person(2, Gender::female, 1985),  // 2010 − 1985 = 25 → 25–54
        person(3, Gender::male, 1956),    // 2010 − 1956 = 54 → 25–54
        person(4, Gender::male, 1955),    // 2010 − 1955 = 55 → 55 and over
        person(5, Gender::other),         // no birth year → not given
        person(6, Gender::female, 1985),  // starts 31.12.2009: 2009 − 1985 = 24 → under 25
        person(7, Gender::male, 1986),    // starts 1.1.2011: 2011 − 1986 = 25 → 25–54
    };
    in.people[1].education = Education::isced_5_8;
    in.people[1].labour_status = LabourStatus::employed;
    in.people[2].education = Education::isced_0_2;
    in.people[2].labour_status = LabourStatus::long_term_unemployed;
    for (PersonKey p = 1; p <= 5; ++p) {
        in.entries.push_back(activity(p, ymd(2010, 5, 3), 60));
    }
    in.entries.push_back(activity(6, ymd(2009, 12, 31), 60));
    in.entries.push_back(activity(6, ymd(2010, 5, 3), 60));  // later entry: age stays 24
    in.entries.push_back(activity(7, ymd(2011, 1, 1), 60));

    const auto y2010 = figures(in, ymd(2010, 1, 1), ymd(2010, 12, 31));
    BOOST_TEST(y2010.participants_started.total == 5);  // persons 1–5; 6 started in 2009
    BOOST_TEST(y2010.esf.age_under_25 == 1);
    BOOST_TEST(y2010.esf.age_25_54 == 2);
    BOOST_TEST(y2010.esf.age_55_over == 1);
    BOOST_TEST(y2010.esf.age_not_given == 1);
    BOOST_TEST(y2010.esf.education[static_cast<std::size_t>(Education::isced_5_8)] == 1);
    BOOST_TEST(y2010.esf.education[static_cast<std::size_t>(Education::isced_0_2)] == 1);
    BOOST_TEST(y2010.esf.education[static_cast<std::size_t>(Education::isced_3_4)] == 0);
    BOOST_TEST(y2010.esf.education_not_given == 3);
    BOOST_TEST(y2010.esf.labour_status[static_cast<std::size_t>(LabourStatus::employed)] == 1);
    BOOST_TEST(
        y2010.esf.labour_status[static_cast<std::size_t>(LabourStatus::long_term_unemployed)] == 1);
    BOOST_TEST(y2010.esf.labour_status_not_given == 3);

    const auto whole = figures(in);
    // Under 25: persons 1 and 6; 25–54: 2, 3 and 7; 55+: 4; not given: 5.
    BOOST_TEST(whole.participants_started.total == 7);
    BOOST_TEST(whole.esf.age_under_25 == 2);
    BOOST_TEST(whole.esf.age_25_54 == 3);
    BOOST_TEST(whole.esf.age_55_over == 1);
    BOOST_TEST(whole.esf.age_not_given == 1);

    const auto y2009 = figures(in, ymd(2009, 4, 1), ymd(2009, 12, 31));
    BOOST_TEST(y2009.esf.age_under_25 == 1);  // person 6
    BOOST_TEST(y2009.esf.age_25_54 + y2009.esf.age_55_over + y2009.esf.age_not_given == 0);
}

BOOST_AUTO_TEST_SUITE_END()
