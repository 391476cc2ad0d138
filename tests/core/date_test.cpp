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

BOOST_AUTO_TEST_CASE(rejects_dates_that_do_not_exist) {
    BOOST_TEST(!parse_date("31.2.2024"));
    BOOST_TEST(!parse_date("29.2.2023"));
    BOOST_TEST(parse_date("29.2.2012").has_value());  // OSKU's last day, a leap day
    BOOST_TEST(!parse_date("2024-3-15"));
    BOOST_TEST(!parse_date("15/3/2024"));
    BOOST_TEST(!parse_date(""));
    BOOST_TEST(!parse_date("15.3.24"));
}

BOOST_AUTO_TEST_CASE(formats_iso_and_finnish) {
    const Date d{year{2012}, month{2}, day{29}};
    BOOST_TEST(format_iso_date(d) == "2012-02-29");
    BOOST_TEST(format_fi_date(d) == "29.2.2012");
}

BOOST_AUTO_TEST_SUITE_END()
