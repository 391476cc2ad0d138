// Competence paths (domain.md "Competence paths"): when a step is complete and on which date,
// due dates, overdue steps and path progress, as of a report's `--to` date. Every expected
// value is worked out by hand in the comment beside it.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "core/competence_paths.hpp"
#include "core/error.hpp"
#include "test_print.hpp"

using namespace polku;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Dates as text, so a failing check prints them.
std::string iso(std::optional<Date> date) {
    return date ? format_iso_date(*date) : "none";
}

std::string state(const StepStatus& s) {
    return std::string(name_of(s.state));
}

constexpr PersonKey kAnna = 1;
constexpr CompetenceKey kSafety = 7;
constexpr CourseKey kFirstAid = 100;

PathStep course_step(StepKey key, CourseKey course, bool mandatory = true,
                     std::optional<int> offset = std::nullopt) {
    PathStep s;
    s.key = key;
    s.kind = StepKind::course;
    s.course = course;
    s.mandatory = mandatory;
    s.due_offset_days = offset;
    return s;
}

PathStep competence_step(StepKey key, CompetenceKey competence, int minutes, bool mandatory = true,
                         std::optional<int> offset = std::nullopt) {
    PathStep s;
    s.key = key;
    s.kind = StepKind::competence;
    s.competence = competence;
    s.required_minutes = minutes;
    s.mandatory = mandatory;
    s.due_offset_days = offset;
    return s;
}

PathStep signoff_step(StepKey key, bool mandatory = true,
                      std::optional<int> offset = std::nullopt) {
    PathStep s;
    s.key = key;
    s.kind = StepKind::signoff;
    s.mandatory = mandatory;
    s.due_offset_days = offset;
    return s;
}

Path path_of(std::vector<PathStep> steps) {
    return Path{50, "Perehdytys", 1, std::nullopt, std::move(steps)};
}

// Anna on path 50 from 1.1.2024, due 30.6.2024.
Assignment anna(std::optional<Date> due = ymd(2024, 6, 30)) {
    return Assignment{500, kAnna, 50, ymd(2024, 1, 1), due};
}

SessionMark present(SessionId session, PersonKey person = kAnna) {
    return SessionMark{person, session, AttendanceStatus::present, std::nullopt};
}
SessionMark partial(SessionId session, int minutes, PersonKey person = kAnna) {
    return SessionMark{person, session, AttendanceStatus::partial, minutes};
}
SessionMark absent(SessionId session, PersonKey person = kAnna) {
    return SessionMark{person, session, AttendanceStatus::absent, std::nullopt};
}

// First aid (course 100, 75 % of sessions): event 10 with four 120-minute sessions, sessions
// 11..14 on 1.3., 8.3., 15.3. and 22.3.2024.
PathFacts first_aid_facts(std::vector<SessionMark> marks) {
    PathFacts facts;
    facts.courses = {CourseFacts{kFirstAid, Share::percent(75)}};
    facts.events = {PathEvent{10,
                              kFirstAid,
                              {},
                              {{11, ymd(2024, 3, 1), 120},
                               {12, ymd(2024, 3, 8), 120},
                               {13, ymd(2024, 3, 15), 120},
                               {14, ymd(2024, 3, 22), 120}}}};
    facts.marks = std::move(marks);
    return facts;
}

StepStatus only_step(const PathStep& step, const PathFacts& facts, Date to,
                     const Assignment& assignment = anna()) {
    const auto result = evaluate_assignment(path_of({step}), assignment, facts, to);
    BOOST_REQUIRE(result.steps.size() == 1u);
    return result.steps.front();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(competence_paths)

BOOST_AUTO_TEST_CASE(a_partial_session_counts_from_half_its_length) {
    // 120 minutes: half is 60.
    BOOST_TEST(!counts_as_attended(AttendanceStatus::partial, 59, 120));
    BOOST_TEST(counts_as_attended(AttendanceStatus::partial, 60, 120));
    // 45 minutes: half is 22.5, so 22 is short and 23 is enough.
    BOOST_TEST(!counts_as_attended(AttendanceStatus::partial, 22, 45));
    BOOST_TEST(counts_as_attended(AttendanceStatus::partial, 23, 45));
    // More than the session counts as the session.
    BOOST_TEST(counts_as_attended(AttendanceStatus::partial, 500, 45));
    BOOST_TEST(!counts_as_attended(AttendanceStatus::partial, std::nullopt, 45));
    BOOST_TEST(counts_as_attended(AttendanceStatus::present, std::nullopt, 45));
    BOOST_TEST(!counts_as_attended(AttendanceStatus::absent, std::nullopt, 45));
    BOOST_TEST(!counts_as_attended(AttendanceStatus::excused, std::nullopt, 45));
}

BOOST_AUTO_TEST_CASE(the_required_sessions_are_the_share_rounded_up) {
    BOOST_TEST(sessions_required(Share::percent(75), 4) == 3);  // 3.0
    BOOST_TEST(sessions_required(Share::percent(75), 5) == 4);  // 3.75 → 4
    BOOST_TEST(sessions_required(Share::percent(50), 3) == 2);  // 1.5 → 2
    BOOST_TEST(sessions_required(Share{2, 3}, 3) == 2);         // exactly 2
    BOOST_TEST(sessions_required(Share{2, 3}, 4) == 3);         // 2.67 → 3
    BOOST_TEST(sessions_required(Share::percent(100), 5) == 5);
    BOOST_TEST(sessions_required(Share{}, 5) == 5);              // the default: every session
    BOOST_TEST(sessions_required(Share::percent(0), 4) == 1);    // at least one
    BOOST_TEST(sessions_required(Share::percent(150), 4) == 4);  // never more than there are
    BOOST_TEST(sessions_required(Share{1, 0}, 4) == 4);          // malformed: all
}

BOOST_AUTO_TEST_CASE(a_course_is_attended_when_the_share_is_just_reached) {
    // 3 of 4 sessions = 75 %: present 1.3., absent 8.3., present 15.3. and 22.3. The share is
    // reached by the third attended session, on 22.3.
    const auto facts = first_aid_facts({present(11), absent(12), present(13), present(14)});
    const auto s = only_step(course_step(1, kFirstAid), facts, ymd(2024, 4, 30));
    BOOST_TEST(state(s) == "done");
    BOOST_TEST(iso(s.completed_on) == "2024-03-22");
    BOOST_TEST(name_of(*s.completed_by) == "course");
    BOOST_TEST(s.event == std::optional<EventKey>(10));
    BOOST_TEST(s.sessions_attended == 3);
    BOOST_TEST(s.sessions_required == 3);
    BOOST_TEST(!s.late);
}

BOOST_AUTO_TEST_CASE(a_course_is_not_attended_when_the_share_is_just_missed) {
    // 2 of 4 = 50 % < 75 %: under way, one session short.
    const auto facts = first_aid_facts({present(11), present(12), absent(13), absent(14)});
    const auto s = only_step(course_step(1, kFirstAid), facts, ymd(2024, 4, 30));
    BOOST_TEST(state(s) == "in_progress");
    BOOST_TEST(iso(s.completed_on) == "none");
    BOOST_TEST(s.event == std::optional<EventKey>(10));
    BOOST_TEST(s.sessions_attended == 2);
    BOOST_TEST(s.sessions_required == 3);
}

BOOST_AUTO_TEST_CASE(a_partial_session_just_at_half_completes_the_course_and_just_under_does_not) {
    // Present 1.3. and 8.3., partial on 15.3. (120 minutes long), absent 22.3.
    // 60 minutes is half: 3 of 4 attended, reached on 15.3.
    const auto at_half = first_aid_facts({present(11), present(12), partial(13, 60), absent(14)});
    const auto done = only_step(course_step(1, kFirstAid), at_half, ymd(2024, 4, 30));
    BOOST_TEST(state(done) == "done");
    BOOST_TEST(iso(done.completed_on) == "2024-03-15");
    // 59 minutes is just under: 2 of 4.
    const auto under = first_aid_facts({present(11), present(12), partial(13, 59), absent(14)});
    const auto short_of = only_step(course_step(1, kFirstAid), under, ymd(2024, 4, 30));
    BOOST_TEST(state(short_of) == "in_progress");
    BOOST_TEST(short_of.sessions_attended == 2);
}

BOOST_AUTO_TEST_CASE(the_share_is_of_every_session_of_the_event_even_those_after_to) {
    // As of 10.3. Anna attended both sessions held so far (1.3., 8.3.), but the share is of
    // the event's four sessions: 2 of 3 needed. On 22.3. she has reached it.
    const auto facts = first_aid_facts({present(11), present(12), absent(13), present(14)});
    const auto early = only_step(course_step(1, kFirstAid), facts, ymd(2024, 3, 10));
    BOOST_TEST(state(early) == "in_progress");
    BOOST_TEST(early.sessions_attended == 2);
    BOOST_TEST(early.sessions_required == 3);
    const auto later = only_step(course_step(1, kFirstAid), facts, ymd(2024, 3, 22));
    BOOST_TEST(state(later) == "done");
    BOOST_TEST(iso(later.completed_on) == "2024-03-22");
}

BOOST_AUTO_TEST_CASE(the_event_that_reaches_its_share_first_completes_the_course) {
    // A second run of first aid, event 20, with two sessions on 5.2. and 6.2.2024: 75 % of 2
    // → 2 sessions, reached on 6.2., before event 10's 22.3.
    auto facts = first_aid_facts({present(11), present(13), present(14), present(21), present(22)});
    facts.events.push_back(
        PathEvent{20, kFirstAid, {}, {{21, ymd(2024, 2, 5), 240}, {22, ymd(2024, 2, 6), 240}}});
    const auto s = only_step(course_step(1, kFirstAid), facts, ymd(2024, 4, 30));
    BOOST_TEST(iso(s.completed_on) == "2024-02-06");
    BOOST_TEST(s.event == std::optional<EventKey>(20));
    // Sessions of one event do not add up with another's: one in each (1 of 4, 1 of 2) is
    // under way at event 20, the nearer one (1 more session needed, against 2 at event 10).
    auto split = first_aid_facts({present(11)});
    split.events = facts.events;
    split.marks.push_back(present(21));
    const auto apart = only_step(course_step(1, kFirstAid), split, ymd(2024, 4, 30));
    BOOST_TEST(state(apart) == "in_progress");
    BOOST_TEST(apart.event == std::optional<EventKey>(20));
    BOOST_TEST(apart.sessions_attended == 1);
    BOOST_TEST(apart.sessions_required == 2);
}

BOOST_AUTO_TEST_CASE(a_course_without_its_facts_asks_for_every_session) {
    auto facts = first_aid_facts({present(11), present(12), present(13)});
    facts.courses.clear();
    const auto s = only_step(course_step(1, kFirstAid), facts, ymd(2024, 4, 30));
    BOOST_TEST(state(s) == "in_progress");
    BOOST_TEST(s.sessions_required == 4);
}

BOOST_AUTO_TEST_CASE(tagged_minutes_from_events_and_activities_add_up_to_the_requirement) {
    // Safety (competence 7), 600 minutes required.
    //   10.4. event 30 (tagged), 240-minute session, present           → 240
    //   12.4. self-study tagged safety, 200 minutes                    → 440
    //   15.4. self-study tagged something else, 300 minutes            → (not counted)
    //   20.4. event 31 (first aid, tagged), 300-minute session, partial 200 → 640 ≥ 600
    //   25.4. self-study tagged safety, 100 minutes                    → 740
    // Done on 20.4., the date the sum crossed 600.
    PathFacts facts;
    facts.events = {PathEvent{30, std::nullopt, {kSafety}, {{301, ymd(2024, 4, 10), 240}}},
                    PathEvent{31, kFirstAid, {3, kSafety}, {{311, ymd(2024, 4, 20), 300}}}};
    facts.marks = {present(301), partial(311, 200)};
    facts.activities = {ActivityMinutes{kAnna, ymd(2024, 4, 12), 200, {kSafety}},
                        ActivityMinutes{kAnna, ymd(2024, 4, 15), 300, {3}},
                        ActivityMinutes{kAnna, ymd(2024, 4, 25), 100, {kSafety}},
                        ActivityMinutes{2, ymd(2024, 4, 11), 900, {kSafety}}};  // someone else
    const auto step = competence_step(1, kSafety, 600);
    const auto s = only_step(step, facts, ymd(2024, 4, 30));
    BOOST_TEST(state(s) == "done");
    BOOST_TEST(iso(s.completed_on) == "2024-04-20");
    BOOST_TEST(name_of(*s.completed_by) == "minutes");
    BOOST_TEST(s.minutes == 740);
    BOOST_TEST(s.required_minutes == 600);
    // As of 19.4.: 440 of 600, under way.
    const auto before = only_step(step, facts, ymd(2024, 4, 19));
    BOOST_TEST(state(before) == "in_progress");
    BOOST_TEST(before.minutes == 440);
    // Exactly at the requirement: 640 required is reached on 20.4. too; 641 only on 25.4.
    BOOST_TEST(
        iso(only_step(competence_step(1, kSafety, 640), facts, ymd(2024, 4, 30)).completed_on) ==
        "2024-04-20");
    BOOST_TEST(
        iso(only_step(competence_step(1, kSafety, 641), facts, ymd(2024, 4, 30)).completed_on) ==
        "2024-04-25");
}

BOOST_AUTO_TEST_CASE(raw_minutes_are_not_capped_at_a_day) {
    // One day, 8.4.2024: a 480-minute session and 300 minutes of self-study = 780 raw minutes.
    // Capped at 360 a day they would never reach 720; raw, they do, on 8.4.
    PathFacts facts;
    facts.events = {PathEvent{30, std::nullopt, {kSafety}, {{301, ymd(2024, 4, 8), 480}}}};
    facts.marks = {present(301)};
    facts.activities = {ActivityMinutes{kAnna, ymd(2024, 4, 8), 300, {kSafety}}};
    const auto s = only_step(competence_step(1, kSafety, 720), facts, ymd(2024, 4, 30));
    BOOST_TEST(state(s) == "done");
    BOOST_TEST(iso(s.completed_on) == "2024-04-08");
    BOOST_TEST(s.minutes == 780);
}

BOOST_AUTO_TEST_CASE(minutes_of_absent_excused_and_partial_marks_follow_the_session_rules) {
    // Sessions of 120 minutes: absent 0, excused 0, partial 50 → 50, partial 500 → 120 (never
    // more than the session), present → 120. Total 290.
    PathFacts facts;
    facts.events = {PathEvent{30,
                              std::nullopt,
                              {kSafety},
                              {{301, ymd(2024, 4, 1), 120},
                               {302, ymd(2024, 4, 2), 120},
                               {303, ymd(2024, 4, 3), 120},
                               {304, ymd(2024, 4, 4), 120},
                               {305, ymd(2024, 4, 5), 120}}}};
    facts.marks = {
        absent(301),      SessionMark{kAnna, 302, AttendanceStatus::excused, std::nullopt},
        partial(303, 50), partial(304, 500),
        present(305),     present(305)};  // the same mark twice counts once
    const auto s = only_step(competence_step(1, kSafety, 1000), facts, ymd(2024, 4, 30));
    BOOST_TEST(state(s) == "in_progress");
    BOOST_TEST(s.minutes == 290);
}

BOOST_AUTO_TEST_CASE(a_sign_off_completes_a_step_on_its_date) {
    const SignOff by_boss{kAnna, 1, ymd(2024, 5, 5), 2, "Näytetty työpaikalla"};
    PathFacts facts;
    facts.sign_offs = {by_boss};
    const auto s = only_step(signoff_step(1), facts, ymd(2024, 5, 31));
    BOOST_TEST(state(s) == "done");
    BOOST_TEST(iso(s.completed_on) == "2024-05-05");
    BOOST_TEST(name_of(*s.completed_by) == "sign_off");
    BOOST_REQUIRE(s.sign_off != nullptr);
    BOOST_TEST(s.sign_off->by == 2);
    BOOST_TEST(s.sign_off->note == "Näytetty työpaikalla");
    // The day before, nothing has happened yet.
    BOOST_TEST(state(only_step(signoff_step(1), facts, ymd(2024, 5, 4))) == "not_started");
    // Someone else's sign-off for the same step is not Anna's.
    facts.sign_offs = {SignOff{3, 1, ymd(2024, 5, 5), 2, ""}};
    BOOST_TEST(state(only_step(signoff_step(1), facts, ymd(2024, 5, 31))) == "not_started");
}

BOOST_AUTO_TEST_CASE(the_earliest_of_the_conditions_gives_the_completion_date) {
    // The course is reached on 22.3.; a sign-off on 10.3. is earlier and completes the course
    // step itself; a second sign-off on 1.3. is earlier still.
    auto facts = first_aid_facts({present(11), present(13), present(14)});
    facts.sign_offs = {SignOff{kAnna, 1, ymd(2024, 3, 10), 2, "first"}};
    const auto s = only_step(course_step(1, kFirstAid), facts, ymd(2024, 4, 30));
    BOOST_TEST(iso(s.completed_on) == "2024-03-10");
    BOOST_TEST(name_of(*s.completed_by) == "sign_off");
    facts.sign_offs.push_back(SignOff{kAnna, 1, ymd(2024, 3, 1), 2, "earlier"});
    BOOST_TEST(only_step(course_step(1, kFirstAid), facts, ymd(2024, 4, 30)).sign_off->note ==
               "earlier");
    // A sign-off after the course was reached does not move the date; same day: the course.
    facts.sign_offs = {SignOff{kAnna, 1, ymd(2024, 3, 22), 2, ""}};
    const auto same_day = only_step(course_step(1, kFirstAid), facts, ymd(2024, 4, 30));
    BOOST_TEST(iso(same_day.completed_on) == "2024-03-22");
    BOOST_TEST(name_of(*same_day.completed_by) == "course");
}

BOOST_AUTO_TEST_CASE(a_sign_off_by_someone_above_is_accepted_and_by_anyone_else_refused) {
    // 1 ← 2 ← 3: Anna (3) reports to 2, who reports to 1; 4 reports to 1 too.
    const ReportingChain chain({{3, 2}, {2, 1}, {4, 1}});
    BOOST_CHECK_NO_THROW(check_sign_off(chain, SignOff{3, 9, ymd(2024, 5, 5), 2, ""}));
    BOOST_CHECK_NO_THROW(check_sign_off(chain, SignOff{3, 9, ymd(2024, 5, 5), 1, ""}));
    const auto message = [&](SignOff s) -> std::string {
        try {
            check_sign_off(chain, s, [](PersonKey p) { return "E" + std::to_string(p); });
        } catch (const InputError& e) {
            return e.what();
        }
        return "";
    };
    // A colleague of Anna's supervisor, someone below, oneself: refused.
    BOOST_TEST(message(SignOff{3, 9, ymd(2024, 5, 5), 4, ""}) ==
               "E4 cannot sign off for E3: only someone above E3 in the reporting chain may "
               "sign off their steps");
    BOOST_TEST(message(SignOff{2, 9, ymd(2024, 5, 5), 3, ""}) ==
               "E3 cannot sign off for E2: only someone above E2 in the reporting chain may "
               "sign off their steps");
    BOOST_TEST(message(SignOff{3, 9, ymd(2024, 5, 5), 3, ""}) ==
               "E3 cannot sign off their own step");
}

BOOST_AUTO_TEST_CASE(a_step_is_due_by_its_offset_or_else_when_the_assignment_is) {
    // Start 1.1.2024: +30 days → 31.1.2024; +60 → 1.3.2024 (2024 is a leap year: 31 + 29).
    // Without an offset: the assignment's 30.6.2024; without either: never.
    BOOST_TEST(iso(step_due_date(signoff_step(1, true, 30), anna())) == "2024-01-31");
    BOOST_TEST(iso(step_due_date(signoff_step(1, true, 60), anna())) == "2024-03-01");
    BOOST_TEST(iso(step_due_date(signoff_step(1, true, 0), anna())) == "2024-01-01");
    BOOST_TEST(iso(step_due_date(signoff_step(1), anna())) == "2024-06-30");
    BOOST_TEST(iso(step_due_date(signoff_step(1), anna(std::nullopt))) == "none");
    // An offset beyond the assignment's due date still wins: it is the step's own.
    BOOST_TEST(iso(step_due_date(signoff_step(1, true, 400), anna())) == "2025-02-04");
}

BOOST_AUTO_TEST_CASE(a_step_is_overdue_only_after_its_due_date) {
    // Due 31.1.2024 (start + 30). On 31.1. it is still not started; on 1.2. it is overdue.
    const PathFacts nothing;
    const auto step = signoff_step(1, true, 30);
    const auto on_due = only_step(step, nothing, ymd(2024, 1, 31));
    BOOST_TEST(state(on_due) == "not_started");
    BOOST_TEST(iso(on_due.due) == "2024-01-31");
    BOOST_TEST(state(only_step(step, nothing, ymd(2024, 2, 1))) == "overdue");
    // Due with the assignment (30.6.): not overdue on 30.6., overdue on 1.7.
    BOOST_TEST(state(only_step(signoff_step(1), nothing, ymd(2024, 6, 30))) == "not_started");
    BOOST_TEST(state(only_step(signoff_step(1), nothing, ymd(2024, 7, 1))) == "overdue");
    // Never due: never overdue.
    BOOST_TEST(state(only_step(signoff_step(1), nothing, ymd(2030, 1, 1), anna(std::nullopt))) ==
               "not_started");
}

BOOST_AUTO_TEST_CASE(an_unfinished_step_under_way_past_its_due_date_is_overdue) {
    // First aid due 1.3.2024 (start + 60); as of 31.3. 2 of 3 sessions: overdue, and the
    // sessions so far are still reported.
    const auto facts = first_aid_facts({present(11), present(12)});
    const auto s = only_step(course_step(1, kFirstAid, true, 60), facts, ymd(2024, 3, 31));
    BOOST_TEST(state(s) == "overdue");
    BOOST_TEST(s.sessions_attended == 2);
    BOOST_TEST(s.sessions_required == 3);
}

BOOST_AUTO_TEST_CASE(a_step_done_after_its_due_date_is_done_and_late) {
    // Due 1.3.2024, reached 22.3.: done (not overdue), late.
    const auto facts = first_aid_facts({present(11), present(13), present(14)});
    const auto s = only_step(course_step(1, kFirstAid, true, 60), facts, ymd(2024, 4, 30));
    BOOST_TEST(state(s) == "done");
    BOOST_TEST(s.late);
    // Before 22.3. but after 1.3.: overdue.
    BOOST_TEST(state(only_step(course_step(1, kFirstAid, true, 60), facts, ymd(2024, 3, 21))) ==
               "overdue");
}

BOOST_AUTO_TEST_CASE(facts_after_to_are_not_judged) {
    // Session on 1.4., activity on 2.4., sign-off on 3.4.; as of 31.3. none of them counted.
    PathFacts facts;
    facts.events = {PathEvent{30, std::nullopt, {kSafety}, {{301, ymd(2024, 4, 1), 600}}}};
    facts.marks = {present(301)};
    facts.activities = {ActivityMinutes{kAnna, ymd(2024, 4, 2), 600, {kSafety}}};
    facts.sign_offs = {SignOff{kAnna, 2, ymd(2024, 4, 3), 9, ""}};
    const Path path = path_of({competence_step(1, kSafety, 600), signoff_step(2)});
    const auto march = evaluate_assignment(path, anna(), facts, ymd(2024, 3, 31));
    BOOST_TEST(state(march.steps[0]) == "not_started");
    BOOST_TEST(march.steps[0].minutes == 0);
    BOOST_TEST(state(march.steps[1]) == "not_started");
    const auto april = evaluate_assignment(path, anna(), facts, ymd(2024, 4, 3));
    BOOST_TEST(iso(april.steps[0].completed_on) == "2024-04-01");
    BOOST_TEST(april.steps[0].minutes == 1200);
    BOOST_TEST(iso(april.steps[1].completed_on) == "2024-04-03");
}

BOOST_AUTO_TEST_CASE(what_was_done_before_the_assignment_started_counts) {
    // First aid reached 22.3.2024; assigned a path on 1.6.2024: the step is done on 22.3.
    const auto facts = first_aid_facts({present(11), present(13), present(14)});
    const Assignment later{501, kAnna, 50, ymd(2024, 6, 1), std::nullopt};
    const auto s = only_step(course_step(1, kFirstAid), facts, ymd(2024, 6, 1), later);
    BOOST_TEST(iso(s.completed_on) == "2024-03-22");
}

BOOST_AUTO_TEST_CASE(progress_counts_mandatory_steps_only) {
    // Mandatory: first aid (done 22.3.), safety 600 (440 minutes, under way), sign-off 3 (done
    // 5.5.); optional: sign-off 4 (done) and 5 (not). 2 of 3 mandatory → 66.67 % → 666.67
    // tenths → 667.
    auto facts = first_aid_facts({present(11), present(13), present(14)});
    facts.activities = {ActivityMinutes{kAnna, ymd(2024, 4, 12), 440, {kSafety}}};
    facts.sign_offs = {SignOff{kAnna, 3, ymd(2024, 5, 5), 2, ""},
                       SignOff{kAnna, 4, ymd(2024, 5, 5), 2, ""}};
    const Path path = path_of({course_step(1, kFirstAid), competence_step(2, kSafety, 600),
                               signoff_step(3), signoff_step(4, false), signoff_step(5, false)});
    const auto result = evaluate_assignment(path, anna(), facts, ymd(2024, 5, 31));
    BOOST_TEST(result.progress.complete == 2);
    BOOST_TEST(result.progress.mandatory == 3);
    BOOST_TEST(result.progress.percent_tenths == std::optional<std::int64_t>(667));
    BOOST_REQUIRE(result.steps.size() == 5u);
    BOOST_TEST(result.steps[1].step == 2);
    BOOST_TEST(state(result.steps[1]) == "in_progress");
    BOOST_TEST(state(result.steps[3]) == "done");
    BOOST_TEST(state(result.steps[4]) == "not_started");
    // 1 of 3 → 333.33 → 333; 3 of 3 → 1000.
    std::vector<StepStatus> one(5);
    one[0].state = StepState::done;
    BOOST_TEST(path_progress(path, one).percent_tenths == std::optional<std::int64_t>(333));
    std::vector<StepStatus> all(5);
    for (auto& s : all) {
        s.state = StepState::done;
    }
    BOOST_TEST(path_progress(path, all).percent_tenths == std::optional<std::int64_t>(1000));
}

BOOST_AUTO_TEST_CASE(a_path_without_mandatory_steps_has_no_percent) {
    const Path path = path_of({signoff_step(1, false)});
    PathFacts facts;
    facts.sign_offs = {SignOff{kAnna, 1, ymd(2024, 5, 5), 2, ""}};
    const auto result = evaluate_assignment(path, anna(), facts, ymd(2024, 5, 31));
    BOOST_TEST(result.progress.complete == 0);
    BOOST_TEST(result.progress.mandatory == 0);
    BOOST_TEST(!result.progress.percent_tenths.has_value());
    BOOST_TEST(!evaluate_assignment(path_of({}), anna(), facts, ymd(2024, 5, 31))
                    .progress.percent_tenths.has_value());
}

BOOST_AUTO_TEST_CASE(many_assignments_are_judged_in_their_order) {
    // Anna (1) and Ben (2) on path 50, Ben also on path 60 (sign-off step 9).
    auto facts = first_aid_facts({present(11), present(13), present(14), present(11, 2)});
    facts.sign_offs = {SignOff{2, 9, ymd(2024, 2, 2), 3, ""}};
    const std::vector<Path> paths = {path_of({course_step(1, kFirstAid)}),
                                     Path{60, "Esihenkilöt", 1, 4, {signoff_step(9)}}};
    const std::vector<Assignment> assignments = {
        Assignment{1, 2, 60, ymd(2024, 1, 1), std::nullopt}, anna(),
        Assignment{3, 2, 50, ymd(2024, 1, 1), std::nullopt}};
    const auto results = evaluate_assignments(paths, assignments, facts, ymd(2024, 4, 30));
    BOOST_REQUIRE(results.size() == 3u);
    BOOST_TEST(results[0].assignment.key == 1);
    BOOST_TEST(state(results[0].steps[0]) == "done");         // Ben signed off
    BOOST_TEST(state(results[1].steps[0]) == "done");         // Anna, 3 of 4
    BOOST_TEST(state(results[2].steps[0]) == "in_progress");  // Ben, 1 of 4
    BOOST_TEST(results[2].progress.percent_tenths == std::optional<std::int64_t>(0));
    // An assignment of a path that is not given.
    BOOST_CHECK_THROW(evaluate_assignments(paths, {Assignment{4, 2, 70, ymd(2024, 1, 1), {}}},
                                           facts, ymd(2024, 4, 30)),
                      InputError);
}

BOOST_AUTO_TEST_CASE(a_path_with_incomplete_steps_is_refused_listing_each_problem) {
    BOOST_CHECK_NO_THROW(check_path(
        path_of({course_step(1, kFirstAid), competence_step(2, kSafety, 600), signoff_step(3)})));
    try {
        check_path(path_of({course_step(1, 0), competence_step(2, kSafety, 0),
                            signoff_step(3, true, -5), signoff_step(1)}));
        BOOST_FAIL("check_path accepted a broken path");
    } catch (const InputErrors& e) {
        std::vector<std::string> lines;
        for (const auto& error : e.errors()) {
            lines.push_back(error.to_string());
        }
        const std::vector<std::string> expected = {
            "step 1: a course step needs its course",
            "step 2: a competence step needs the minutes it requires (more than 0)",
            "step 3: the due offset cannot be negative (-5 days)",
            "step 4: the step appears twice in the path"};
        BOOST_TEST(lines == expected, boost::test_tools::per_element());
    }
}

BOOST_AUTO_TEST_CASE(step_kinds_and_states_have_stable_names) {
    BOOST_TEST(name_of(StepKind::signoff) == "signoff");
    BOOST_TEST((enum_from_name<StepKind>("competence") == std::optional(StepKind::competence)));
    BOOST_TEST(name_of(StepState::not_started) == "not_started");
}

BOOST_AUTO_TEST_SUITE_END()
