// FractionSum: exact sums of fractions, rounded once, half away from zero (domain.md
// "Person-training days — the rules": "rounded once, at the end, half away from zero (never
// sum rounded values)"). Every expected value is worked out by hand in the comment beside it.
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <stdexcept>

#include "core/fraction_sum.hpp"

using polku::FractionSum;
using polku::round_fraction;

BOOST_AUTO_TEST_SUITE(fraction_sum)

BOOST_AUTO_TEST_CASE(an_empty_sum_is_zero) {
    const FractionSum sum;
    BOOST_TEST(sum.empty());
    BOOST_TEST(sum.hundredths() == 0);
    BOOST_TEST(sum.round_scaled(1000) == 0);
    BOOST_TEST(sum.round_scaled_ratio(100, 7) == 0);
}

BOOST_AUTO_TEST_CASE(zero_terms_leave_the_sum_empty) {
    FractionSum sum;
    sum.add(0, 360);
    BOOST_TEST(sum.empty());
    BOOST_TEST(sum.hundredths() == 0);
}

BOOST_AUTO_TEST_CASE(three_thirds_make_exactly_one) {
    // 1/3 + 1/3 + 1/3 = 1 → 1.00 (rounding each third first would give 0.33 × 3 = 0.99).
    FractionSum sum;
    sum.add(1, 3);
    sum.add(1, 3);
    sum.add(1, 3);
    BOOST_TEST(sum.hundredths() == 100);
    // The same in person-day units: three people with 120 of 360 minutes each.
    FractionSum days;
    days.add(120, 360);
    days.add(120, 360);
    days.add(120, 360);
    BOOST_TEST(days.hundredths() == 100);
}

BOOST_AUTO_TEST_CASE(single_fractions_round_half_away_from_zero) {
    // 1/200 = 0.005 → ×100 = 0.5 → rounds up to 1 (0.01).
    BOOST_TEST(round_fraction(1, 200, 100) == 1);
    // 1/400 = 0.0025 → ×100 = 0.25 → 0 (0.00).
    BOOST_TEST(round_fraction(1, 400, 100) == 0);
    // 3/200 = 0.015 → 1.5 → 2.
    BOOST_TEST(round_fraction(3, 200, 100) == 2);
    // 1/3 → 33.33… → 33; 2/3 → 66.66… → 67.
    BOOST_TEST(round_fraction(1, 3, 100) == 33);
    BOOST_TEST(round_fraction(2, 3, 100) == 67);
    // 420/360 = 1.1666… → 116.66… → 117 ("1.17").
    BOOST_TEST(round_fraction(420, 360, 100) == 117);
    // 49 999 / 10 000 000 = 0.0049999 → 0.49999 → 0; 50 000 / 10 000 000 = 0.005 → 1.
    BOOST_TEST(round_fraction(49'999, 10'000'000, 100) == 0);
    BOOST_TEST(round_fraction(50'000, 10'000'000, 100) == 1);
    // Whole values stay whole: 2028 → 202 800 hundredths.
    BOOST_TEST(round_fraction(2028, 1, 100) == 202'800);
}

BOOST_AUTO_TEST_CASE(halves_reached_by_several_denominators_round_up) {
    // 1/300 + 1/600 = 2/600 + 1/600 = 3/600 = 1/200 = 0.005 → 0.5 hundredths → 1.
    FractionSum a;
    a.add(1, 300);
    a.add(1, 600);
    BOOST_TEST(a.hundredths() == 1);

    // 1/3 + 1/6 + 1/200 = 0.5 + 0.005 = 0.505 → 50.5 hundredths → 51.
    FractionSum b;
    b.add(1, 3);
    b.add(1, 6);
    b.add(1, 200);
    BOOST_TEST(b.hundredths() == 51);

    // 1/3 + 1/6 + 4999/1 000 000 = 0.504999 → 50.4999 → 50 (just below the half).
    FractionSum c;
    c.add(1, 3);
    c.add(1, 6);
    c.add(4999, 1'000'000);
    BOOST_TEST(c.hundredths() == 50);

    // 1/7 + 2/7 + 4/7 = 1 exactly → 100, and 1/3 + 1/6 + 1/2 = 1 exactly → 100.
    FractionSum d;
    d.add(1, 7);
    d.add(2, 7);
    d.add(4, 7);
    BOOST_TEST(d.hundredths() == 100);
    FractionSum e;
    e.add(1, 3);
    e.add(1, 6);
    e.add(1, 2);
    BOOST_TEST(e.hundredths() == 100);
}

BOOST_AUTO_TEST_CASE(a_million_terms_sum_exactly) {
    // 1 000 000 × 359/360 = 359 000 000 / 360 = 997 222.2222… days → 99 722 222 hundredths.
    FractionSum sum;
    for (int i = 0; i < 1'000'000; ++i) {
        sum.add(359, 360);
    }
    BOOST_TEST(sum.hundredths() == 99'722'222);

    // 1 000 000 × 1/360 = 2777.7777… → 277 777.77… hundredths → 277 778
    // (rounding each term first would give 1 000 000 × 0.00 = 0).
    FractionSum minutes;
    for (int i = 0; i < 1'000'000; ++i) {
        minutes.add(1, 360);
    }
    BOOST_TEST(minutes.hundredths() == 277'778);

    // 1 000 000 × 1/200 = 5000 exactly → 500 000 hundredths (no drift from the halves).
    FractionSum halves;
    for (int i = 0; i < 1'000'000; ++i) {
        halves.add(1, 200);
    }
    BOOST_TEST(halves.hundredths() == 500'000);
}

BOOST_AUTO_TEST_CASE(round_scaled_uses_the_given_scale) {
    FractionSum sum;
    sum.add(1, 8);  // 0.125
    // ×1 → 0.125 → 0; ×10 → 1.25 → 1; ×100 → 12.5 → 13; ×1000 → 125.
    BOOST_TEST(sum.round_scaled(1) == 0);
    BOOST_TEST(sum.round_scaled(10) == 1);
    BOOST_TEST(sum.round_scaled(100) == 13);
    BOOST_TEST(sum.round_scaled(1000) == 125);
}

BOOST_AUTO_TEST_CASE(round_scaled_ratio_divides_before_rounding) {
    // 2028 days of 2352 planned: 2028 × 100 000 / 235 200 = 862.244… tenths of a percent → 862
    // ("86.2", formats.md's example).
    FractionSum realised;
    realised.add(2028, 1);
    BOOST_TEST(realised.round_scaled_ratio(100'000, 235'200) == 862);

    // 1/3 of a day, ×1000 ÷ 1 → 333.33… → 333; rounding the sum first (0.33) would give 330.
    FractionSum third;
    third.add(120, 360);
    BOOST_TEST(third.round_scaled_ratio(1000, 1) == 333);

    // Forecast-like pace: 2 days in 59 elapsed days over a 100-day span, in hundredths:
    // 2 × 100 × 100 / 59 = 20 000 / 59 = 338.98… → 339.
    FractionSum two;
    two.add(2, 1);
    BOOST_TEST(two.round_scaled_ratio(100 * 100, 59) == 339);

    // Exactly at the half: 1 × 1 / 2 = 0.5 → 1; 1 × 3 / 2 = 1.5 → 2; 1 × 1 / 4 = 0.25 → 0.
    FractionSum one;
    one.add(1, 1);
    BOOST_TEST(one.round_scaled_ratio(1, 2) == 1);
    BOOST_TEST(one.round_scaled_ratio(3, 2) == 2);
    BOOST_TEST(one.round_scaled_ratio(1, 4) == 0);

    // Mixed denominators: (1/3 + 1/6) × 1 / 1 = 0.5 → 1 (not 0 from a truncated third).
    FractionSum mixed;
    mixed.add(1, 3);
    mixed.add(1, 6);
    BOOST_TEST(mixed.round_scaled_ratio(1, 1) == 1);
    // (1/3 + 1/6) × 100 / 3 = 50/3 = 16.66… → 17.
    BOOST_TEST(mixed.round_scaled_ratio(100, 3) == 17);
}

BOOST_AUTO_TEST_CASE(adding_another_sum_merges_its_terms) {
    FractionSum a;
    a.add(1, 3);
    FractionSum b;
    b.add(1, 6);
    b.add(1, 200);
    a.add(b);
    // 1/3 + 1/6 + 1/200 = 0.505 → 51.
    BOOST_TEST(a.hundredths() == 51);
    // b is unchanged: 1/6 + 1/200 = 0.171666… → 17.1666… → 17.
    BOOST_TEST(b.hundredths() == 17);
}

BOOST_AUTO_TEST_CASE(equal_fractions_in_lowest_terms_compare_equal) {
    FractionSum a;
    a.add(2, 6);
    FractionSum b;
    b.add(1, 3);
    BOOST_TEST((a == b));
    FractionSum c;
    c.add(240, 720);
    BOOST_TEST((a == c));
}

BOOST_AUTO_TEST_CASE(rejects_negative_terms_and_non_positive_denominators) {
    FractionSum sum;
    BOOST_CHECK_THROW(sum.add(-1, 3), std::invalid_argument);
    BOOST_CHECK_THROW(sum.add(1, 0), std::invalid_argument);
    BOOST_CHECK_THROW(sum.add(1, -3), std::invalid_argument);
    sum.add(1, 3);
    BOOST_CHECK_THROW(static_cast<void>(sum.round_scaled_ratio(100, 0)), std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
