// What bench/fuzz found in core, kept as tests (bench/README.md "Fuzzing").
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <limits>

#include "core/quantity.hpp"

using namespace polku;

BOOST_AUTO_TEST_SUITE(fuzz_findings)

BOOST_AUTO_TEST_CASE(a_number_reads_the_same_with_or_without_decimal_zeros) {
    // fuzz_quantity: 92233720368535027 was read as 9223372036853502700 hundredths, but the
    // "92233720368535027.00" it is written as was refused: the digit limit counted the
    // decimals. Any value that fits is now read whichever way it is written.
    const auto plain = parse_hundredths("92233720368535027");
    const auto decimals = parse_hundredths("92233720368535027.00");
    BOOST_TEST_REQUIRE(plain.ok());
    BOOST_TEST_REQUIRE(decimals.ok(), decimals.problem);
    BOOST_TEST(plain.value == 9223372036853502700);
    BOOST_TEST(decimals.value == plain.value);
    BOOST_TEST(parse_hundredths(format_hundredths(plain.value)).value == plain.value);
    BOOST_TEST(parse_hundredths(format_hundredths(plain.value, ',')).value == plain.value);

    // The largest int64 is the limit, in every spelling: 92233720368547758.07 hundredths.
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    BOOST_TEST(parse_hundredths("92233720368547758.07").value == max);
    BOOST_TEST(parse_hundredths("-92233720368547758.07").value == -max);
    BOOST_TEST(!parse_hundredths("92233720368547758.08").ok());
    BOOST_TEST(parse_whole_number("9223372036854775807").value == max);
    BOOST_TEST(!parse_whole_number("9223372036854775808").ok());
}

BOOST_AUTO_TEST_CASE(hours_too_large_to_count_in_minutes_are_an_error) {
    // With the limit at int64, 60 × the hours must be checked: 153722867280912930 h ×
    // 60 = 9223372036854775800 minutes fits, one more hour does not.
    BOOST_TEST(parse_hours_as_minutes("153722867280912930").value == 9223372036854775800);
    const auto over = parse_hours_as_minutes("153722867280912931");
    BOOST_TEST(!over.ok());
    BOOST_TEST(over.problem == "'153722867280912931' is too large");
    BOOST_TEST(!parse_hours_as_minutes("-153722867280912931").ok());
    BOOST_TEST(parse_hours_as_minutes("1537228672809129.30").value == 92233720368547758);
    // fuzz_quantity: 29999999999999352.5 h are 1799999999999961150 minutes, which fit,
    // though 60 × its digits (299999999999993525) would not.
    BOOST_TEST(parse_hours_as_minutes("29999999999999352.5").value == 1799999999999961150);
    BOOST_TEST(parse_hours_as_minutes("29999999999999352,50").value == 1799999999999961150);
    BOOST_TEST(parse_hours_as_minutes("0.000001").problem ==
               "0.000001 hours is not a whole number of minutes");
}

BOOST_AUTO_TEST_SUITE_END()
