// The rules a mark typed on the attendance sheet, and a walk-in's new person, must keep.
#include <boost/test/unit_test.hpp>

#include "core/attendance_marks.hpp"

using namespace polku;

namespace {

Mark partial(int minutes) {
    return Mark{AttendanceStatus::partial, minutes};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(attendance_marks)

BOOST_AUTO_TEST_CASE(a_session_summary_knows_its_length) {
    SessionSummary s{{"EV1", Date{}, 9 * 60}, "Ensiapu", 16 * 60, 30};
    BOOST_TEST(s.length() == 390);
}

BOOST_AUTO_TEST_CASE(partial_minutes_run_from_one_to_the_session_length) {
    BOOST_TEST((mark_problem(partial(1), 390) == MarkProblem::none));
    BOOST_TEST((mark_problem(partial(390), 390) == MarkProblem::none));
    BOOST_TEST((mark_problem(partial(391), 390) == MarkProblem::minutes_too_many));
    BOOST_TEST((mark_problem(partial(0), 390) == MarkProblem::minutes_too_few));
    BOOST_TEST((mark_problem(partial(-5), 390) == MarkProblem::minutes_too_few));
    BOOST_TEST(
        (mark_problem(Mark{AttendanceStatus::partial, {}}, 390) == MarkProblem::minutes_missing));
}

BOOST_AUTO_TEST_CASE(other_statuses_take_no_minutes) {
    for (auto status :
         {AttendanceStatus::present, AttendanceStatus::absent, AttendanceStatus::excused}) {
        BOOST_TEST((mark_problem(Mark{status, {}}, 60) == MarkProblem::none));
        BOOST_TEST((mark_problem(Mark{status, 30}, 60) == MarkProblem::minutes_not_partial));
    }
}

BOOST_AUTO_TEST_CASE(problems_are_described_with_their_numbers) {
    BOOST_TEST(describe(MarkProblem::minutes_too_many, partial(400), 390) ==
               "400 minutes is more than the session lasts (390 minutes)");
    BOOST_TEST(describe(MarkProblem::minutes_not_partial, Mark{AttendanceStatus::absent, 5}, 60) ==
               "minutes are given for partial attendance only, not for absent");
    BOOST_TEST(describe(MarkProblem::none, partial(1), 60).empty());
}

BOOST_AUTO_TEST_CASE(a_new_person_needs_an_id_of_one_word_and_both_names) {
    BOOST_TEST((new_person_problem({"E900", "Aino", "Äijälä"}) == NewPersonProblem::none));
    BOOST_TEST(
        (new_person_problem({"  ", "Aino", "Äijälä"}) == NewPersonProblem::employee_id_missing));
    BOOST_TEST((new_person_problem({"E 900", "Aino", "Äijälä"}) ==
                NewPersonProblem::employee_id_has_space));
    BOOST_TEST((new_person_problem({" E900 ", "Aino", "Äijälä"}) == NewPersonProblem::none));
    BOOST_TEST(
        (new_person_problem({"E900", "", "Äijälä"}) == NewPersonProblem::first_name_missing));
    BOOST_TEST((new_person_problem({"E900", "Aino", " "}) == NewPersonProblem::last_name_missing));
    BOOST_TEST(describe(NewPersonProblem::last_name_missing) == "a new person needs a last name");
}

BOOST_AUTO_TEST_SUITE_END()
