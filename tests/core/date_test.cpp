#include <boost/test/unit_test.hpp>

#include "core/date.hpp"

using namespace polku;
using namespace std::chrono;

BOOST_AUTO_TEST_SUITE(dates)

BOOST_AUTO_TEST_CASE(accepts_the_three_forms) {
    const Date expected{year{2024}, month{3}, day{15}};
    BOOST_TEST((parse_date("2024-03-15") == expected));
    BOOST_TEST((parse_date("15.3.2024") == expected));
    BOOST_TEST((parse_date("15.03.2024") == expected));
}

BOOST_AUTO_TEST_CASE(accepts_single_and_double_digit_day_and_month) {
    const Date expected{year{2024}, month{1}, day{5}};
    BOOST_TEST((parse_date("5.1.2024") == expected));
    BOOST_TEST((parse_date("05.01.2024") == expected));
    BOOST_TEST((parse_date("5.01.2024") == expected));
    BOOST_TEST((parse_date("05.1.2024") == expected));
    BOOST_TEST((parse_date("2024-01-05") == expected));
}

BOOST_AUTO_TEST_CASE(rejects_dates_that_do_not_exist) {
    BOOST_TEST(!parse_date("31.2.2024"));
    BOOST_TEST(!parse_date("30.2.2024"));
    BOOST_TEST(!parse_date("29.2.2023"));
    BOOST_TEST(!parse_date("2023-02-29"));
    BOOST_TEST(!parse_date("31.4.2024"));
    BOOST_TEST(!parse_date("0.3.2024"));
    BOOST_TEST(!parse_date("15.0.2024"));
    BOOST_TEST(!parse_date("15.13.2024"));
    BOOST_TEST(!parse_date("2024-00-15"));
    BOOST_TEST(!parse_date("2024-03-00"));
    BOOST_TEST(!parse_date("2024-03-32"));
}

BOOST_AUTO_TEST_CASE(accepts_leap_days) {
    // OSKU's last day, a leap day.
    BOOST_TEST((parse_date("29.2.2012") == Date{year{2012}, month{2}, day{29}}));
    BOOST_TEST((parse_date("2024-02-29") == Date{year{2024}, month{2}, day{29}}));
    // 2000 is divisible by 400: a leap year; 1900 is divisible by 100 only: not one.
    BOOST_TEST((parse_date("29.2.2000") == Date{year{2000}, month{2}, day{29}}));
    BOOST_TEST(!parse_date("29.2.1900"));
}

BOOST_AUTO_TEST_CASE(rejects_junk) {
    BOOST_TEST(!parse_date(""));
    BOOST_TEST(!parse_date("2024-3-15"));
    BOOST_TEST(!parse_date("15/3/2024"));
    BOOST_TEST(!parse_date("15.3.24"));
    BOOST_TEST(!parse_date("15.3."));
    BOOST_TEST(!parse_date("15.3"));
    BOOST_TEST(!parse_date("15..2024"));
    BOOST_TEST(!parse_date(".3.2024"));
    BOOST_TEST(!parse_date("015.3.2024"));
    BOOST_TEST(!parse_date("15.3.2024."));
    BOOST_TEST(!parse_date("1.2.3.2024"));
    BOOST_TEST(!parse_date("2024.03.15"));
    BOOST_TEST(!parse_date("2024-03-15T00:00"));
    BOOST_TEST(!parse_date("+024-03-15"));
    BOOST_TEST(!parse_date("2024-03-1a"));
    BOOST_TEST(!parse_date("a5.3.2024"));
    BOOST_TEST(!parse_date("-1.3.2024"));
    BOOST_TEST(!parse_date("tomorrow"));
    // Surrounding spaces are the caller's to trim (RowFields does).
    BOOST_TEST(!parse_date(" 15.3.2024"));
    BOOST_TEST(!parse_date("15.3.2024 "));
}

BOOST_AUTO_TEST_CASE(rejects_years_outside_1900_to_2999) {
    BOOST_TEST((parse_date("1.1.1900") == Date{year{1900}, month{1}, day{1}}));
    BOOST_TEST((parse_date("31.12.2999") == Date{year{2999}, month{12}, day{31}}));
    BOOST_TEST((parse_date("2999-12-31") == Date{year{2999}, month{12}, day{31}}));
    BOOST_TEST(!parse_date("31.12.1899"));
    BOOST_TEST(!parse_date("1899-12-31"));
    BOOST_TEST(!parse_date("1.1.3000"));
    BOOST_TEST(!parse_date("3000-01-01"));
    BOOST_TEST(!parse_date("1.1.0000"));
    BOOST_TEST(!parse_date("1.1.9999"));
}

BOOST_AUTO_TEST_CASE(formats_iso_and_finnish) {
    const Date d{year{2012}, month{2}, day{29}};
    BOOST_TEST(format_iso_date(d) == "2012-02-29");
    BOOST_TEST(format_fi_date(d) == "29.2.2012");
    const Date e{year{2009}, month{4}, day{1}};
    BOOST_TEST(format_iso_date(e) == "2009-04-01");
    BOOST_TEST(format_fi_date(e) == "1.4.2009");
    const Date f{year{2022}, month{12}, day{31}};
    BOOST_TEST(format_iso_date(f) == "2022-12-31");
    BOOST_TEST(format_fi_date(f) == "31.12.2022");
}

BOOST_AUTO_TEST_CASE(formatting_round_trips_through_parsing) {
    const Date d{year{1900}, month{1}, day{1}};
    BOOST_TEST((parse_date(format_iso_date(d)) == d));
    BOOST_TEST((parse_date(format_fi_date(d)) == d));
    const Date e{year{2999}, month{12}, day{31}};
    BOOST_TEST((parse_date(format_iso_date(e)) == e));
    BOOST_TEST((parse_date(format_fi_date(e)) == e));
}

BOOST_AUTO_TEST_CASE(days_between_counts_leap_days) {
    const Date feb28_2024{year{2024}, month{2}, day{28}};
    const Date mar1_2024{year{2024}, month{3}, day{1}};
    const Date feb28_2023{year{2023}, month{2}, day{28}};
    const Date mar1_2023{year{2023}, month{3}, day{1}};
    BOOST_TEST(days_between(feb28_2024, mar1_2024) == 2);  // through 29.2.2024
    BOOST_TEST(days_between(feb28_2023, mar1_2023) == 1);
    BOOST_TEST(days_between(mar1_2024, feb28_2024) == -2);
    BOOST_TEST(days_between(mar1_2024, mar1_2024) == 0);
    // 2012 is a leap year: 366 days.
    BOOST_TEST(days_between(Date{year{2012}, month{1}, day{1}},
                            Date{year{2013}, month{1}, day{1}}) == 366);
    // OSKU: 1.4.2009 .. 29.2.2012 = 365 (to 1.4.2010) + 365 (to 1.4.2011)
    //   + 334 (to 29.2.2012: 366 to 1.4.2012, less the 32 days from 29.2. to 1.4.) = 1064.
    BOOST_TEST(days_between(Date{year{2009}, month{4}, day{1}},
                            Date{year{2012}, month{2}, day{29}}) == 1064);
}

BOOST_AUTO_TEST_CASE(add_days_across_a_leap_year) {
    const Date feb28_2024{year{2024}, month{2}, day{28}};
    BOOST_TEST((add_days(feb28_2024, 1) == Date{year{2024}, month{2}, day{29}}));
    BOOST_TEST((add_days(feb28_2024, 2) == Date{year{2024}, month{3}, day{1}}));
    BOOST_TEST(
        (add_days(Date{year{2023}, month{2}, day{28}}, 1) == Date{year{2023}, month{3}, day{1}}));
    BOOST_TEST(
        (add_days(Date{year{2024}, month{3}, day{1}}, -1) == Date{year{2024}, month{2}, day{29}}));
    // 1.12.2011 + 90 days: 30 left in December, 31 in January, 29 in February 2012 → 29.2.2012.
    BOOST_TEST(
        (add_days(Date{year{2011}, month{12}, day{1}}, 90) == Date{year{2012}, month{2}, day{29}}));
    // 29.2.2012 + 365 days: 2012 after February has 306 days, then 59 more → 28.2.2013.
    BOOST_TEST((add_days(Date{year{2012}, month{2}, day{29}}, 365) ==
                Date{year{2013}, month{2}, day{28}}));
    BOOST_TEST(
        (add_days(Date{year{2024}, month{12}, day{31}}, 1) == Date{year{2025}, month{1}, day{1}}));
    BOOST_TEST((add_days(feb28_2024, 0) == feb28_2024));
}

BOOST_AUTO_TEST_CASE(add_days_and_days_between_agree) {
    const Date start{year{2009}, month{4}, day{1}};
    for (int n : {-400, -1, 0, 1, 59, 60, 366, 1064}) {
        BOOST_TEST(days_between(start, add_days(start, n)) == n);
    }
}

BOOST_AUTO_TEST_SUITE_END()
