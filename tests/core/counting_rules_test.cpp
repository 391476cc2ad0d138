// The person-training-day rules (domain.md "Person-training days — the rules" and "Counting,
// precisely"), checked on small hand-built inputs. Every expected value is computed by hand
// from the rules; the arithmetic is in the comment beside it.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/attendance_rules.hpp"
#include "core/counting_input.hpp"
#include "core/monitoring_figures.hpp"
#include "core/training_day_calculator.hpp"
#include "tests/core/counting_builders.hpp"

using namespace polku;
using namespace polku::test;

namespace {

PersonFacts person(PersonKey id, std::optional<Gender> gender = std::nullopt) {
    PersonFacts p;
    p.id = id;
    p.gender = gender;
    return p;
}

std::int64_t total_hundredths(const CountingInput& in, std::optional<Date> from = std::nullopt,
                              std::optional<Date> to = std::nullopt) {
    return figures(in, from, to).days_hundredths.total;
}

const KindRow* kind_row(const MonitoringFigures& f, Kind kind) {
    for (const auto& row : f.by_kind) {
        if (row.kind == kind) {
            return &row;
        }
    }
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(counting_rules)

BOOST_AUTO_TEST_CASE(session_length_is_end_minus_start_minus_breaks) {
    // 9:00–16:00 with a 60-minute lunch: 960 − 540 − 60 = 360.
    BOOST_TEST(session_length(9 * 60, 16 * 60, 60) == 360);
    // 8:30–12:15, no break: 735 − 510 = 225.
    BOOST_TEST(session_length(8 * 60 + 30, 12 * 60 + 15, 0) == 225);
    // 12:00–16:30 with 15 minutes of breaks: 990 − 720 − 15 = 255.
    BOOST_TEST(session_length(12 * 60, 16 * 60 + 30, 15) == 255);
}

BOOST_AUTO_TEST_CASE(attended_minutes_follow_the_status) {
    // Present: the whole length, whatever minutes were typed.
    BOOST_TEST(attended_minutes(AttendanceStatus::present, std::nullopt, 360) == 360);
    BOOST_TEST(attended_minutes(AttendanceStatus::present, 100, 360) == 360);
    // Partial: its own minutes…
    BOOST_TEST(attended_minutes(AttendanceStatus::partial, 90, 360) == 90);
    BOOST_TEST(attended_minutes(AttendanceStatus::partial, 360, 360) == 360);
    // …never more than the session: 400 of a 360-minute session → 360.
    BOOST_TEST(attended_minutes(AttendanceStatus::partial, 400, 360) == 360);
    // Absent and excused give zero, even with minutes.
    BOOST_TEST(attended_minutes(AttendanceStatus::absent, std::nullopt, 360) == 0);
    BOOST_TEST(attended_minutes(AttendanceStatus::excused, std::nullopt, 360) == 0);
    BOOST_TEST(attended_minutes(AttendanceStatus::excused, 120, 360) == 0);
}

BOOST_AUTO_TEST_CASE(is_counted_needs_minutes_a_counted_kind_and_a_date_in_the_span) {
    CountingRules rules;
    rules.excluded_kinds = {Kind::seminar};
    const ProjectSpan span{ymd(2009, 4, 1), ymd(2012, 2, 29)};
    BOOST_TEST(is_counted(attend(1, 1, ymd(2010, 6, 15), 60), rules, span));
    BOOST_TEST(!is_counted(attend(1, 1, ymd(2010, 6, 15), 0), rules, span));
    BOOST_TEST(!is_counted(attend(1, 1, ymd(2010, 6, 15), 60, Kind::seminar), rules, span));
    // The span's first and last days are inside; the days next to them are not.
    BOOST_TEST(is_counted(attend(1, 1, ymd(2009, 4, 1), 60), rules, span));
    BOOST_TEST(is_counted(attend(1, 1, ymd(2012, 2, 29), 60), rules, span));
    BOOST_TEST(!is_counted(attend(1, 1, ymd(2009, 3, 31), 60), rules, span));
    BOOST_TEST(!is_counted(attend(1, 1, ymd(2012, 3, 1), 60), rules, span));
    BOOST_TEST(is_counted(activity(1, ymd(2010, 6, 15), 1), rules, span));
}

BOOST_AUTO_TEST_CASE(a_capped_day_is_one_day) {
    // 300 course minutes + 120 self-study minutes on one day = 420 → capped at 360 → 1.00 day.
    auto in = osku();
    in.people = {person(1, Gender::female)};
    in.events = {event(1, Kind::course, {ymd(2009, 6, 15)})};
    in.entries = {attend(1, 1, ymd(2009, 6, 15), 300), activity(1, ymd(2009, 6, 15), 120)};
    const auto result = count_training_days(in);
    BOOST_TEST(result.denominator == 360);
    BOOST_TEST_REQUIRE(result.days.size() == 1u);
    const auto& day = result.days[0];
    BOOST_TEST(day.person == 1);
    BOOST_TEST((day.date == ymd(2009, 6, 15)));
    BOOST_TEST(day.raw_minutes == 420);
    BOOST_TEST(day.counted_minutes == 360);
    BOOST_TEST(day.value == 360);  // 360/360 = 1 day
    BOOST_TEST(day.kind_minutes[static_cast<std::size_t>(Kind::course)] == 300);
    BOOST_TEST(day.kind_minutes[static_cast<std::size_t>(Kind::self_study)] == 120);
    BOOST_TEST(total_hundredths(in) == 100);
}

BOOST_AUTO_TEST_CASE(without_the_cap_every_minute_counts_and_rounds_at_the_end) {
    auto in = osku();
    in.rules.cap_per_day = false;
    in.people = {person(1)};
    in.entries = {activity(1, ymd(2009, 6, 15), 420)};
    // 420/360 = 1.1666… → "1.17".
    BOOST_TEST(total_hundredths(in) == 117);
    const auto result = count_training_days(in);
    BOOST_TEST_REQUIRE(result.days.size() == 1u);
    BOOST_TEST(result.days[0].counted_minutes == 420);
    BOOST_TEST(result.days[0].value == 420);
    // A second such day: 840/360 = 2.333… → "2.33" (not 1.17 + 1.17 = 2.34).
    in.entries.push_back(activity(1, ymd(2009, 6, 16), 420));
    BOOST_TEST(total_hundredths(in) == 233);
    // With the cap the same two days are 360 + 360 = 720/360 = 2.00.
    in.rules.cap_per_day = true;
    BOOST_TEST(total_hundredths(in) == 200);
}

BOOST_AUTO_TEST_CASE(half_day_rounding_floors_each_person_day) {
    struct Case {
        int minutes;
        bool cap;
        std::int64_t value;       // in half days
        std::int64_t hundredths;  // value × 50
    };
    const Case cases[] = {
        {179, true, 0, 0},     // floor(2 × 179 / 360) = floor(358/360) = 0
        {180, true, 1, 50},    // floor(360/360) = 1 → 0.5
        {200, true, 1, 50},    // floor(400/360) = 1 → 0.5
        {359, true, 1, 50},    // floor(718/360) = 1 → 0.5
        {360, true, 2, 100},   // floor(720/360) = 2 → 1.0
        {420, true, 2, 100},   // capped to 360 → 2 → 1.0
        {420, false, 2, 100},  // floor(840/360) = 2 → 1.0
        {540, false, 3, 150},  // floor(1080/360) = 3 → 1.5
        {719, false, 3, 150},  // floor(1438/360) = 3 → 1.5
        {720, false, 4, 200},  // floor(1440/360) = 4 → 2.0
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT("minutes " << c.minutes << ", cap " << c.cap) {
            auto in = osku();
            in.rules.rounding = DayRounding::half_day_down;
            in.rules.cap_per_day = c.cap;
            in.people = {person(1)};
            in.entries = {activity(1, ymd(2010, 3, 3), c.minutes)};
            const auto result = count_training_days(in);
            BOOST_TEST(result.denominator == 2);
            BOOST_TEST_REQUIRE(result.days.size() == 1u);
            BOOST_TEST(result.days[0].value == c.value);
            const auto f = figures(in);
            BOOST_TEST(f.days_hundredths.total == c.hundredths);
            // A counted entry with minutes > 0 makes a participant even when it rounds to 0 days.
            BOOST_TEST(f.participants_started.total == 1);
            BOOST_TEST(f.participants_distinct == 1);
        }
    }
}

BOOST_AUTO_TEST_CASE(half_day_rounding_is_per_person_day_not_per_sum) {
    auto in = osku();
    in.rules.rounding = DayRounding::half_day_down;
    in.people = {person(1)};
    // 179 minutes on each of three days: each day floor(2 × 179 / 360) = floor(358/360) = 0
    // half days → 0.00 in all; rounding the sum instead would give floor(2 × 537 / 360) = 2
    // half days = 1.00.
    in.entries = {activity(1, ymd(2010, 3, 1), 179), activity(1, ymd(2010, 3, 2), 179),
                  activity(1, ymd(2010, 3, 3), 179)};
    BOOST_TEST(total_hundredths(in) == 0);
    // On one day the same minutes are summed first: 537 → capped 360 → 2 half days → 1.00.
    in.entries = {activity(1, ymd(2010, 3, 1), 179), activity(1, ymd(2010, 3, 1), 179),
                  activity(1, ymd(2010, 3, 1), 179)};
    BOOST_TEST(total_hundredths(in) == 100);
}

BOOST_AUTO_TEST_CASE(day_minutes_other_than_360) {
    auto in = osku();
    in.rules.day_minutes = 450;  // 7.5 hours
    in.people = {person(1), person(2), person(3)};
    in.entries = {activity(1, ymd(2010, 3, 3), 450), activity(2, ymd(2010, 3, 3), 225),
                  activity(3, ymd(2010, 3, 3), 500)};
    // 450/450 = 1 + 225/450 = 0.5 + min(500, 450)/450 = 1 → 2.50.
    BOOST_TEST(total_hundredths(in) == 250);
    // Half days of 225 minutes: 224 → floor(448/450) = 0; 225 → floor(450/450) = 1 → 0.5.
    in.rules.rounding = DayRounding::half_day_down;
    in.entries = {activity(1, ymd(2010, 3, 3), 224), activity(2, ymd(2010, 3, 3), 225)};
    BOOST_TEST(total_hundredths(in) == 50);
}

BOOST_AUTO_TEST_CASE(an_excluded_kind_contributes_nothing_anywhere) {
    auto in = osku();
    in.rules.excluded_kinds = {Kind::seminar};
    in.people = {person(1, Gender::female), person(2, Gender::male)};
    in.events = {event(1, Kind::course, {ymd(2009, 6, 15)}),
                 event(2, Kind::seminar, {ymd(2009, 6, 15), ymd(2009, 6, 16), ymd(2012, 3, 1)})};
    in.entries = {
        attend(1, 2, ymd(2009, 6, 15), 240, Kind::seminar),  // dropped
        attend(1, 1, ymd(2009, 6, 15), 120),                 // 120/360
        attend(2, 2, ymd(2009, 6, 16), 360, Kind::seminar),  // dropped: person 2 never starts
        attend(2, 2, ymd(2012, 3, 1), 360, Kind::seminar),   // outside, but not of a counted kind
    };
    const auto result = count_training_days(in);
    BOOST_TEST_REQUIRE(result.days.size() == 1u);
    BOOST_TEST(result.days[0].raw_minutes == 120);
    BOOST_TEST(result.days[0].kind_minutes[static_cast<std::size_t>(Kind::seminar)] == 0);
    BOOST_TEST(result.start_dates.size() == 1u);
    // Flagged are counted-kind entries only (formats.md "flagged").
    BOOST_TEST(result.flagged_outside_span == 0);

    const auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 33);  // 120/360 = 0.333… → 0.33
    BOOST_TEST(f.days_hundredths.women == 33);
    BOOST_TEST(f.days_hundredths.men == 0);
    BOOST_TEST(f.participants_started.total == 1);
    BOOST_TEST(f.participants_started.men == 0);
    BOOST_TEST(f.participants_distinct == 1);
    BOOST_TEST(f.participations == 1);  // (1, event 1) only
    BOOST_TEST(f.events == 1);          // the course; the seminar is not held for the funder
    BOOST_TEST(f.by_kind.size() == 8u);
    BOOST_TEST(kind_row(f, Kind::seminar) == nullptr);
    BOOST_TEST(f.flagged_outside_span == 0);
}

BOOST_AUTO_TEST_CASE(excluding_self_study_drops_activities) {
    auto in = osku();
    in.rules.excluded_kinds = {Kind::self_study};
    in.people = {person(1), person(2)};
    in.entries = {
        activity(1, ymd(2009, 6, 15), 180, Kind::self_study),  // dropped
        activity(1, ymd(2009, 6, 15), 60, Kind::coaching),     // 60/360
        activity(2, ymd(2009, 6, 15), 360, Kind::self_study),  // dropped
    };
    const auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 17);  // 60/360 = 0.1666… → 0.17
    BOOST_TEST(f.participants_started.total == 1);
    BOOST_TEST(f.participations == 0);  // activities are not participations
    BOOST_TEST(kind_row(f, Kind::self_study) == nullptr);
    const auto* coaching = kind_row(f, Kind::coaching);
    BOOST_TEST_REQUIRE(coaching != nullptr);
    BOOST_TEST(coaching->days_hundredths == 17);
    BOOST_TEST(coaching->participations == 0);
}

BOOST_AUTO_TEST_CASE(partial_minutes_count_absent_and_excused_give_nothing) {
    // One session 9:00–15:30 with a 30-minute break: 930 − 540 − 30 = 360 minutes.
    const int length = session_length(9 * 60, 15 * 60 + 30, 30);
    BOOST_TEST(length == 360);
    auto in = osku();
    in.people = {person(1), person(2), person(3), person(4)};
    in.events = {event(1, Kind::course, {ymd(2010, 2, 2)})};
    const Date d = ymd(2010, 2, 2);
    in.entries = {
        attend(1, 1, d, attended_minutes(AttendanceStatus::present, std::nullopt, length)),
        attend(2, 1, d, attended_minutes(AttendanceStatus::partial, 90, length)),
        attend(3, 1, d, attended_minutes(AttendanceStatus::absent, std::nullopt, length)),
        attend(4, 1, d, attended_minutes(AttendanceStatus::excused, std::nullopt, length)),
    };
    const auto f = figures(in);
    // (360 + 90)/360 = 1.25.
    BOOST_TEST(f.days_hundredths.total == 125);
    BOOST_TEST(f.participants_started.total == 2);
    BOOST_TEST(f.participants_distinct == 2);
    BOOST_TEST(f.participations == 2);
    BOOST_TEST(f.events == 1);
}

BOOST_AUTO_TEST_CASE(two_sessions_of_one_event_on_one_day_are_summed_then_capped) {
    auto in = osku();
    in.people = {person(1)};
    const Date d = ymd(2010, 9, 8);
    in.events = {event(1, Kind::workshop, {d, d})};
    // 9:00–12:00 = 180 and 13:00–16:30 = 210: 390 → capped 360 → 1.00.
    in.entries = {attend(1, 1, d, session_length(9 * 60, 12 * 60, 0), Kind::workshop),
                  attend(1, 1, d, session_length(13 * 60, 16 * 60 + 30, 0), Kind::workshop)};
    auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 100);
    BOOST_TEST(f.participations == 1);  // one (person, event) pair
    BOOST_TEST(f.events == 1);
    // Without the cap: 390/360 = 1.0833… → 1.08.
    in.rules.cap_per_day = false;
    f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 108);
}

BOOST_AUTO_TEST_CASE(each_project_caps_its_own_days) {
    // One person, one day, 300 minutes in each of two projects. The engine counts one project
    // per CountingInput: each caps on its own, 300/360 = 0.8333… → 0.83 in each report.
    const Date d = ymd(2010, 5, 5);
    auto a = osku();
    a.people = {person(1)};
    a.events = {event(1, Kind::course, {d})};
    a.entries = {attend(1, 1, d, 300)};
    auto b = osku();
    b.people = {person(1)};
    b.entries = {activity(1, d, 300, Kind::coaching)};
    BOOST_TEST(total_hundredths(a) == 83);
    BOOST_TEST(total_hundredths(b) == 83);
    // Had both been one project's, the 600 minutes would cap at 360 → 1.00.
    auto both = a;
    both.entries.push_back(activity(1, d, 300, Kind::coaching));
    BOOST_TEST(total_hundredths(both) == 100);
}

BOOST_AUTO_TEST_CASE(a_period_includes_its_first_and_last_day) {
    auto in = osku();
    in.people = {person(1)};
    in.entries = {
        activity(1, ymd(2011, 2, 28), 90),   // the day before the period
        activity(1, ymd(2011, 3, 1), 90),    // the first day
        activity(1, ymd(2011, 3, 31), 180),  // the last day
        activity(1, ymd(2011, 4, 1), 360),   // the day after
    };
    auto f = figures(in, ymd(2011, 3, 1), ymd(2011, 3, 31));
    // 90 + 180 = 270 → 270/360 = 0.75.
    BOOST_TEST(f.days_hundredths.total == 75);
    BOOST_TEST(f.participants_distinct == 1);
    BOOST_TEST(f.participants_started.total == 0);  // started 28.2.2011
    // Through 1.4.2011: (270 + 360)/360 = 1.75.
    f = figures(in, ymd(2011, 3, 1), ymd(2011, 4, 1));
    BOOST_TEST(f.days_hundredths.total == 175);
    // 28.2.2011 alone: 90/360 = 0.25, and the person starts there.
    f = figures(in, ymd(2011, 2, 28), ymd(2011, 2, 28));
    BOOST_TEST(f.days_hundredths.total == 25);
    BOOST_TEST(f.participants_started.total == 1);
}

BOOST_AUTO_TEST_CASE(the_leap_day_is_the_last_day_of_the_span) {
    auto in = osku();
    // 1.4.2009 → 1.4.2012 is 365 + 365 + 366 = 1096 days; 29.2.2012 is 32 days before 1.4.2012,
    // so the span 1.4.2009..29.2.2012 holds 1096 − 32 + 1 = 1065 days.
    BOOST_TEST(in.span.days() == 1065);
    in.people = {person(1), person(2)};
    in.entries = {activity(1, ymd(2012, 2, 29), 120), activity(2, ymd(2012, 3, 1), 120)};
    const auto result = count_training_days(in);
    BOOST_TEST_REQUIRE(result.days.size() == 1u);
    BOOST_TEST((result.days[0].date == ymd(2012, 2, 29)));
    BOOST_TEST(result.flagged_outside_span == 1);
    auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 33);  // 120/360 = 0.333… → 0.33
    BOOST_TEST(f.participants_started.total == 1);
    BOOST_TEST(f.flagged_outside_span == 1);
    f = figures(in, ymd(2012, 2, 29), ymd(2012, 2, 29));
    BOOST_TEST(f.days_hundredths.total == 33);
    BOOST_TEST(f.participants_started.total == 1);
}

BOOST_AUTO_TEST_CASE(entries_outside_the_span_are_flagged_not_counted) {
    auto in = osku();
    in.people = {person(1), person(2), person(3)};
    in.events = {event(1, Kind::course, {ymd(2009, 3, 31), ymd(2009, 5, 10)})};
    in.entries = {
        attend(1, 1, ymd(2009, 3, 31), 360),  // before the start: flagged
        attend(1, 1, ymd(2009, 5, 10), 180),  // counted: 0.5
        activity(2, ymd(2012, 3, 1), 240),    // after the end: flagged; person 2 never starts
        attend(3, 1, ymd(2009, 3, 31), 0),    // absent outside the span: nothing to flag
    };
    const auto result = count_training_days(in);
    BOOST_TEST(result.flagged_outside_span == 2);
    BOOST_TEST(result.start_dates.size() == 1u);
    BOOST_TEST_REQUIRE(result.start_dates.count(1) == 1u);
    BOOST_TEST((result.start_dates.at(1) == ymd(2009, 5, 10)));

    auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 50);
    BOOST_TEST(f.participants_started.total == 1);
    BOOST_TEST(f.participants_distinct == 1);
    BOOST_TEST(f.participations == 1);  // (1, 1) on 10.5.2009
    BOOST_TEST(f.events == 1);          // held on 10.5.2009 inside the span
    BOOST_TEST(f.flagged_outside_span == 2);

    // A period reaching before the span: 1.3.2009–30.4.2009 holds only the flagged day.
    f = figures(in, ymd(2009, 3, 1), ymd(2009, 4, 30));
    BOOST_TEST(f.days_hundredths.total == 0);
    BOOST_TEST(f.participants_started.total == 0);
    BOOST_TEST(f.participants_distinct == 0);
    BOOST_TEST(f.participations == 0);
    BOOST_TEST(f.events == 0);                // its session on 31.3.2009 is outside the span
    BOOST_TEST(f.flagged_outside_span == 2);  // over the whole project
    // 1.3.2009–10.5.2009 reaches the counted day.
    f = figures(in, ymd(2009, 3, 1), ymd(2009, 5, 10));
    BOOST_TEST(f.days_hundredths.total == 50);
    BOOST_TEST(f.participants_started.total == 1);
}

BOOST_AUTO_TEST_CASE(a_person_starts_on_their_first_counted_entry) {
    auto in = osku();
    in.rules.excluded_kinds = {Kind::seminar};
    in.people = {person(1)};
    in.entries = {
        activity(1, ymd(2010, 6, 15), 60),
        activity(1, ymd(2010, 1, 1), 0),                    // no minutes: not counted
        attend(1, 9, ymd(2010, 2, 1), 120, Kind::seminar),  // excluded kind: not counted
        activity(1, ymd(2010, 3, 3), 60),                   // the first counted entry
        activity(1, ymd(2011, 2, 1), 60),
        activity(1, ymd(2009, 3, 1), 60),  // outside the span: flagged
    };
    const auto result = count_training_days(in);
    BOOST_TEST_REQUIRE(result.start_dates.count(1) == 1u);
    BOOST_TEST((result.start_dates.at(1) == ymd(2010, 3, 3)));
    BOOST_TEST(result.flagged_outside_span == 1);
    // The days come ordered by person, then date.
    BOOST_TEST_REQUIRE(result.days.size() == 3u);
    BOOST_TEST((result.days[0].date == ymd(2010, 3, 3)));
    BOOST_TEST((result.days[1].date == ymd(2010, 6, 15)));
    BOOST_TEST((result.days[2].date == ymd(2011, 2, 1)));
}

BOOST_AUTO_TEST_CASE(three_thirds_of_a_day_sum_to_exactly_one) {
    auto in = osku();
    in.people = {person(1, Gender::female), person(2, Gender::female), person(3, Gender::female)};
    const Date d = ymd(2010, 10, 10);
    in.entries = {activity(1, d, 120), activity(2, d, 120), activity(3, d, 120)};
    // 3 × 120/360 = 3 × 1/3 = 1.00 exactly (rounding each first: 3 × 0.33 = 0.99).
    const auto f = figures(in);
    BOOST_TEST(f.days_hundredths.total == 100);
    BOOST_TEST(f.days_hundredths.women == 100);
}

BOOST_AUTO_TEST_CASE(many_one_minute_entries_add_up) {
    auto in = osku();
    in.people = {person(1, Gender::female), person(2, Gender::male)};
    // Person 1: one minute on each of 400 consecutive days from 1.4.2009 (to 4.5.2010, inside
    // the span): 400/360 = 1.111… → 1.11 (each day alone would round to 0.00).
    for (int i = 0; i < 400; ++i) {
        const Date d{std::chrono::sys_days{ymd(2009, 4, 1)} + std::chrono::days{i}};
        in.entries.push_back(activity(1, d, 1));
    }
    // Person 2: 500 one-minute entries on one day → 500 → capped 360 → 1.00.
    for (int i = 0; i < 500; ++i) {
        in.entries.push_back(activity(2, ymd(2010, 6, 1), 1));
    }
    const auto f = figures(in);
    // (400 + 360)/360 = 760/360 = 2.111… → 2.11.
    BOOST_TEST(f.days_hundredths.total == 211);
    BOOST_TEST(f.days_hundredths.women == 111);
    BOOST_TEST(f.days_hundredths.men == 100);
    const auto result = count_training_days(in);
    BOOST_TEST(result.days.size() == 401u);
}

BOOST_AUTO_TEST_SUITE_END()
