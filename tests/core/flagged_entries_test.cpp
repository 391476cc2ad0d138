// The entries the reports flag (dated outside the project span), listed for fixing: grouped by
// session or activity, and adding up to the engine's own count.
#include <boost/test/unit_test.hpp>

#include "core/date.hpp"
#include "core/flagged_entries.hpp"
#include "core/training_day_calculator.hpp"

using namespace polku;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// Project span 1.3.–30.6.2024; people 1 and 2; event 7 (a course), activities are event 0.
struct Flagged {
    CountingInput input;
    EntryDetails details;

    Flagged() {
        input.span = ProjectSpan{ymd(2024, 3, 1), ymd(2024, 6, 30)};
        input.rules.excluded_kinds = {Kind::seminar};
        details.people = {{"E1", "Aino Äijälä"}, {"E2", "Bertta Öhman"}};
        details.sources = {{"EV7", "Ensiapu"}, {"", "Itseopiskelu"}, {"EV8", "Seminaari"}};
    }

    void add(PersonKey person, EventKey event, Date date, Kind kind, int minutes,
             std::uint32_t source) {
        input.entries.push_back(Entry{person, event, date, kind, minutes});
        EntryDetail detail;
        detail.person = static_cast<std::uint32_t>(person - 1);
        detail.source = source;
        details.entries.push_back(detail);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(flagged_entries, Flagged)

BOOST_AUTO_TEST_CASE(a_session_is_one_row_an_activity_one_per_person) {
    add(1, 7, ymd(2024, 2, 28), Kind::course, 300, 0);    // before the span
    add(2, 7, ymd(2024, 2, 28), Kind::course, 120, 0);    // the same session
    add(2, 7, ymd(2024, 3, 5), Kind::course, 300, 0);     // inside: counted, not listed
    add(1, 0, ymd(2024, 7, 1), Kind::self_study, 90, 1);  // the day after the span
    add(2, 0, ymd(2024, 7, 1), Kind::self_study, 45, 1);
    add(1, 8, ymd(2024, 2, 1), Kind::seminar, 300, 2);  // a kind the project does not count
    add(2, 7, ymd(2024, 1, 9), Kind::course, 0, 0);     // absent: no minutes

    const auto rows = flagged_rows(input, details);
    BOOST_TEST_REQUIRE(rows.size() == 3u);
    BOOST_TEST(rows[0].event_id == "EV7");
    BOOST_TEST(format_iso_date(rows[0].date) == "2024-02-28");
    BOOST_TEST(rows[0].what == "Ensiapu");
    BOOST_TEST(rows[0].employee_id.empty());
    BOOST_TEST(rows[0].entries == 2);
    BOOST_TEST(rows[0].minutes == 420);
    BOOST_TEST(rows[1].event_id.empty());
    BOOST_TEST(rows[1].employee_id == "E1");
    BOOST_TEST(rows[1].person == "Aino Äijälä");
    BOOST_TEST(rows[1].minutes == 90);
    BOOST_TEST(rows[2].employee_id == "E2");
    BOOST_TEST(rows[2].minutes == 45);

    // Every flagged entry in one row: the rows add up to the report's count.
    std::int64_t listed = 0;
    for (const auto& row : rows) {
        listed += row.entries;
    }
    BOOST_TEST(listed == count_training_days(input).flagged_outside_span);
    BOOST_TEST(listed == 4);
}

BOOST_AUTO_TEST_CASE(the_span_s_first_and_last_day_are_inside) {
    add(1, 7, ymd(2024, 3, 1), Kind::course, 60, 0);
    add(1, 7, ymd(2024, 6, 30), Kind::course, 60, 0);
    BOOST_TEST(flagged_rows(input, details).empty());
    input.span.end = ymd(2024, 6, 29);
    const auto rows = flagged_rows(input, details);
    BOOST_TEST_REQUIRE(rows.size() == 1u);
    BOOST_TEST(format_iso_date(rows[0].date) == "2024-06-30");
}

BOOST_AUTO_TEST_SUITE_END()
