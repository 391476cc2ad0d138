// Times of day and exact numbers as users type them (formats.md "CSV in").
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <limits>

#include "core/quantity.hpp"
#include "core/time_of_day.hpp"
#include "test_print.hpp"

using namespace polku;

BOOST_AUTO_TEST_SUITE(times_of_day)

BOOST_AUTO_TEST_CASE(accepts_the_three_forms) {
    // 9 h × 60 = 540 minutes since midnight.
    BOOST_TEST(parse_time_of_day("09:00") == 540);
    BOOST_TEST(parse_time_of_day("9:00") == 540);
    BOOST_TEST(parse_time_of_day("9.00") == 540);
    BOOST_TEST(parse_time_of_day("09.00") == 540);
}

BOOST_AUTO_TEST_CASE(reads_hours_and_minutes) {
    BOOST_TEST(parse_time_of_day("00:00") == 0);
    BOOST_TEST(parse_time_of_day("0:00") == 0);
    BOOST_TEST(parse_time_of_day("12:30") == 750);   // 12 × 60 + 30
    BOOST_TEST(parse_time_of_day("16.15") == 975);   // 16 × 60 + 15
    BOOST_TEST(parse_time_of_day("23:59") == 1439);  // 23 × 60 + 59
    BOOST_TEST(parse_time_of_day("8:05") == 485);    // 8 × 60 + 5
}

BOOST_AUTO_TEST_CASE(rejects_out_of_range_and_malformed_times) {
    BOOST_TEST(!parse_time_of_day("25:00"));
    BOOST_TEST(!parse_time_of_day("24:00"));
    BOOST_TEST(!parse_time_of_day("9:60"));
    BOOST_TEST(!parse_time_of_day("9:99"));
    BOOST_TEST(!parse_time_of_day("9:5"));
    BOOST_TEST(!parse_time_of_day(":30"));
    BOOST_TEST(!parse_time_of_day(".30"));
    BOOST_TEST(!parse_time_of_day(""));
    BOOST_TEST(!parse_time_of_day("9"));
    BOOST_TEST(!parse_time_of_day("900"));
    BOOST_TEST(!parse_time_of_day("9:"));
    BOOST_TEST(!parse_time_of_day("9:000"));
    BOOST_TEST(!parse_time_of_day("009:00"));
    BOOST_TEST(!parse_time_of_day("9-00"));
    BOOST_TEST(!parse_time_of_day("9,00"));
    BOOST_TEST(!parse_time_of_day("9:0a"));
    BOOST_TEST(!parse_time_of_day("a9:00"));
    BOOST_TEST(!parse_time_of_day("-1:00"));
    BOOST_TEST(!parse_time_of_day(" 9:00"));
    BOOST_TEST(!parse_time_of_day("9:00 "));
    BOOST_TEST(!parse_time_of_day("9:00:00"));
    BOOST_TEST(!parse_time_of_day("9am"));
}

BOOST_AUTO_TEST_CASE(formats_with_two_digit_hours) {
    BOOST_TEST(format_time_of_day(540) == "09:00");
    BOOST_TEST(format_time_of_day(0) == "00:00");
    BOOST_TEST(format_time_of_day(485) == "08:05");
    BOOST_TEST(format_time_of_day(975) == "16:15");
    BOOST_TEST(format_time_of_day(1439) == "23:59");
    BOOST_TEST(parse_time_of_day(format_time_of_day(1439)) == 1439);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(whole_numbers)

BOOST_AUTO_TEST_CASE(reads_whole_numbers) {
    const auto n = parse_whole_number("42");
    BOOST_TEST(n.ok());
    BOOST_TEST(n.value == 42);
    BOOST_TEST(n.problem == "");
    BOOST_TEST(parse_whole_number("-3").value == -3);
    BOOST_TEST(parse_whole_number("-3").ok());
    BOOST_TEST(parse_whole_number("0").value == 0);
    BOOST_TEST(parse_whole_number("007").value == 7);
    BOOST_TEST(parse_whole_number("1440").value == 1440);
}

BOOST_AUTO_TEST_CASE(rejects_what_is_not_a_whole_number) {
    for (const char* text : {"", "-", "1.5", "1,5", "1.", "1,0", "abc", "12a", "+5", "--3", "1 000",
                             " 5", "5 ", "1e3", ".5"}) {
        const auto n = parse_whole_number(text);
        BOOST_TEST(!n.ok(), "'" << text << "' was accepted");
        BOOST_TEST(n.problem == "'" + std::string(text) + "' is not a whole number");
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hours_as_minutes)

BOOST_AUTO_TEST_CASE(both_decimal_separators_mean_the_same) {
    BOOST_TEST(parse_hours_as_minutes("1.5").value == 90);
    BOOST_TEST(parse_hours_as_minutes("1.5").ok());
    BOOST_TEST(parse_hours_as_minutes("1,5").value == 90);
    BOOST_TEST(parse_hours_as_minutes("1,5").ok());
}

BOOST_AUTO_TEST_CASE(converts_hours_that_are_whole_minutes) {
    BOOST_TEST(parse_hours_as_minutes("0.25").value == 15);   // 0.25 × 60
    BOOST_TEST(parse_hours_as_minutes("0,75").value == 45);   // 0.75 × 60
    BOOST_TEST(parse_hours_as_minutes("2").value == 120);     // 2 × 60
    BOOST_TEST(parse_hours_as_minutes("6").value == 360);     // one funder day
    BOOST_TEST(parse_hours_as_minutes("0.1").value == 6);     // 0.1 × 60
    BOOST_TEST(parse_hours_as_minutes("1.05").value == 63);   // 1.05 × 60
    BOOST_TEST(parse_hours_as_minutes("7.50").value == 450);  // 7.5 × 60
    BOOST_TEST(parse_hours_as_minutes("0").value == 0);
    BOOST_TEST(parse_hours_as_minutes("0.25").ok());
}

BOOST_AUTO_TEST_CASE(rejects_hours_that_are_not_whole_minutes) {
    // 0.01 h = 0.6 min; 0.33 h = 19.8 min; 1.001 h = 60.06 min.
    for (const char* text : {"0.01", "0,33", "1.001"}) {
        const auto n = parse_hours_as_minutes(text);
        BOOST_TEST(!n.ok());
        BOOST_TEST(n.problem == std::string(text) + " hours is not a whole number of minutes");
    }
}

BOOST_AUTO_TEST_CASE(keeps_the_sign_of_negative_hours) {
    BOOST_TEST(parse_hours_as_minutes("-1.5").value == -90);
    BOOST_TEST(parse_hours_as_minutes("-1.5").ok());
    BOOST_TEST(parse_hours_as_minutes("-0,25").value == -15);
    BOOST_TEST(!parse_hours_as_minutes("-0.01").ok());
}

BOOST_AUTO_TEST_CASE(rejects_junk) {
    for (const char* text : {"", "-", "abc", "1.5h", "1:30", "1.5.0", "1,5,0", "1.", ".5", "+1"}) {
        const auto n = parse_hours_as_minutes(text);
        BOOST_TEST(!n.ok(), "'" << text << "' was accepted");
        BOOST_TEST(n.problem ==
                   "'" + std::string(text) + "' is not a number of hours (e.g. 1.5 or 1,5)");
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hundredths)

BOOST_AUTO_TEST_CASE(reads_up_to_two_decimals) {
    BOOST_TEST(parse_hundredths("2352").value == 235200);
    BOOST_TEST(parse_hundredths("2352").ok());
    BOOST_TEST(parse_hundredths("2352,5").value == 235250);
    BOOST_TEST(parse_hundredths("2352.5").value == 235250);
    BOOST_TEST(parse_hundredths("2352,50").value == 235250);
    BOOST_TEST(parse_hundredths("2 352,50").value == 235250);  // space as thousands separator
    BOOST_TEST(parse_hundredths("2 352,50").ok());
    BOOST_TEST(parse_hundredths("0.05").value == 5);
    BOOST_TEST(parse_hundredths("0").value == 0);
    BOOST_TEST(parse_hundredths("-12.3").value == -1230);
    BOOST_TEST(parse_hundredths("-12.3").ok());
}

BOOST_AUTO_TEST_CASE(rejects_more_than_two_decimals_and_junk) {
    for (const char* text : {"1.234", "1,234", "0.001", "", "-", "abc", "12 €", "1.2.3", "1,", ",5",
                             "1 234.5 6", "1. 5"}) {
        const auto n = parse_hundredths(text);
        BOOST_TEST(!n.ok(), "'" << text << "' was accepted");
        BOOST_TEST(n.problem ==
                   "'" + std::string(text) + "' is not a number with at most two decimals");
    }
}

BOOST_AUTO_TEST_CASE(rejects_numbers_too_large_to_hold) {
    // 92233720368547759 × 100 does not fit in int64 (max 9223372036854775807): it must be an
    // error, not a silently wrapped (negative) value.
    // BUG (core/quantity.cpp): read_decimal lets digits reach 92233720368547759 and
    // parse_hundredths multiplies by 100 unchecked (signed overflow).
    const auto n = parse_hundredths("92233720368547759");
    BOOST_TEST(!n.ok(), "accepted as " << n.value);
    const auto m = parse_hundredths("-92233720368547759");
    BOOST_TEST(!m.ok(), "accepted as " << m.value);
    // The largest value that fits is still read: 92233720368547758 × 100
    // = 9223372036854775800 ≤ 9223372036854775807.
    BOOST_TEST(parse_hundredths("92233720368547758").value == 9223372036854775800);
    BOOST_TEST(!parse_hundredths("99999999999999999999").ok());
    BOOST_TEST(!parse_whole_number("99999999999999999999").ok());
    BOOST_TEST(!parse_hours_as_minutes("99999999999999999999").ok());
}

BOOST_AUTO_TEST_CASE(formats_with_two_decimals) {
    BOOST_TEST(format_hundredths(235250) == "2352.50");
    BOOST_TEST(format_hundredths(235200) == "2352.00");
    BOOST_TEST(format_hundredths(202800, ',') == "2028,00");
    BOOST_TEST(format_hundredths(5) == "0.05");
    BOOST_TEST(format_hundredths(0) == "0.00");
    BOOST_TEST(format_hundredths(100) == "1.00");
    BOOST_TEST(format_hundredths(-5) == "-0.05");
    BOOST_TEST(format_hundredths(-235250) == "-2352.50");
    BOOST_TEST(format_hundredths(-1230, ',') == "-12,30");
    BOOST_TEST(format_hundredths(std::numeric_limits<std::int64_t>::min()) ==
               "-92233720368547758.08");
    BOOST_TEST(format_hundredths(std::numeric_limits<std::int64_t>::max()) ==
               "92233720368547758.07");
}

BOOST_AUTO_TEST_CASE(formatting_round_trips_through_parsing) {
    for (std::int64_t v : {0, 1, 99, 100, 235250, -5, -235250}) {
        BOOST_TEST(parse_hundredths(format_hundredths(v)).value == v);
        BOOST_TEST(parse_hundredths(format_hundredths(v, ',')).value == v);
    }
}

BOOST_AUTO_TEST_SUITE_END()
