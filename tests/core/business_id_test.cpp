// The Finnish business ID (Y-tunnus): seven digits, a hyphen, a mod-11 check digit with
// weights 7, 9, 10, 5, 8, 4, 2 (domain.md "Words").
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/business_id.hpp"

using namespace polku;

BOOST_AUTO_TEST_SUITE(business_ids)

BOOST_AUTO_TEST_CASE(accepts_ids_with_the_right_check_digit) {
    // 0114162: 0·7 + 1·9 + 1·10 + 4·5 + 1·8 + 6·4 + 2·2 = 0+9+10+20+8+24+4 = 75;
    // 75 mod 11 = 9; check 11 - 9 = 2.
    BOOST_TEST(is_valid_business_id("0114162-2"));
    // 0112038: 0 + 9 + 10 + 10 + 0 + 12 + 16 = 57; 57 mod 11 = 2; check 11 - 2 = 9.
    BOOST_TEST(is_valid_business_id("0112038-9"));
    // 1234567: 7 + 18 + 30 + 20 + 40 + 24 + 14 = 153; 153 mod 11 = 10; check 11 - 10 = 1.
    BOOST_TEST(is_valid_business_id("1234567-1"));
    // 0201256: 0 + 18 + 0 + 5 + 16 + 20 + 12 = 71; 71 mod 11 = 5; check 11 - 5 = 6.
    BOOST_TEST(is_valid_business_id("0201256-6"));
}

BOOST_AUTO_TEST_CASE(remainder_zero_gives_check_digit_zero) {
    // 2345678: 14 + 27 + 40 + 25 + 48 + 28 + 16 = 198 = 18·11; remainder 0 → check 0.
    BOOST_TEST(is_valid_business_id("2345678-0"));
    BOOST_TEST(!is_valid_business_id("2345678-1"));
    // 0100001: 9 + 2 = 11; remainder 0 → check 0.
    BOOST_TEST(is_valid_business_id("0100001-0"));
    // All zeros: sum 0, remainder 0 → check 0.
    BOOST_TEST(is_valid_business_id("0000000-0"));
}

BOOST_AUTO_TEST_CASE(rejects_every_check_digit_when_the_remainder_is_one) {
    // 0000006: 6·2 = 12; 12 mod 11 = 1: never issued, so no check digit makes it valid
    // (11 - 1 = 10 is not a digit).
    for (char check = '0'; check <= '9'; ++check) {
        const std::string id = std::string("0000006-") + check;
        BOOST_TEST(!is_valid_business_id(id), id << " was accepted");
    }
    // 8000000: 8·7 = 56; 56 mod 11 = 1: the same.
    for (char check = '0'; check <= '9'; ++check) {
        const std::string id = std::string("8000000-") + check;
        BOOST_TEST(!is_valid_business_id(id), id << " was accepted");
    }
}

BOOST_AUTO_TEST_CASE(rejects_a_wrong_check_digit) {
    for (char check : std::string("013456789")) {  // every digit but the right one, 2
        const std::string id = std::string("0114162-") + check;
        BOOST_TEST(!is_valid_business_id(id), id << " was accepted");
    }
    // A transposition: 0141162 is 0 + 9 + 40 + 5 + 8 + 24 + 4 = 90; 90 mod 11 = 2 → check 9.
    BOOST_TEST(!is_valid_business_id("0141162-2"));
    BOOST_TEST(is_valid_business_id("0141162-9"));
}

BOOST_AUTO_TEST_CASE(rejects_wrong_shapes) {
    BOOST_TEST(!is_valid_business_id(""));
    BOOST_TEST(!is_valid_business_id("114162-2"));    // six digits
    BOOST_TEST(!is_valid_business_id("00114162-2"));  // eight digits
    BOOST_TEST(!is_valid_business_id("01141622"));    // no hyphen
    BOOST_TEST(!is_valid_business_id("0114162-22"));  // two check digits
    BOOST_TEST(!is_valid_business_id("0114162-"));    // no check digit
    BOOST_TEST(!is_valid_business_id("0114162_2"));   // wrong separator
    BOOST_TEST(!is_valid_business_id("0114162 2"));   // wrong separator
    BOOST_TEST(!is_valid_business_id("011416-22"));   // hyphen in the wrong place
    BOOST_TEST(!is_valid_business_id("011a162-2"));   // a letter among the digits
    BOOST_TEST(!is_valid_business_id("0114162-x"));   // a letter as the check digit
    BOOST_TEST(!is_valid_business_id(" 0114162-2"));  // untrimmed
    BOOST_TEST(!is_valid_business_id("0114162-2 "));  // untrimmed
    BOOST_TEST(!is_valid_business_id("FI01141622"));  // the VAT number form
    BOOST_TEST(!is_valid_business_id("-114162-2"));   // a sign is not a digit
    BOOST_TEST(!is_valid_business_id("0114162--"));
}

BOOST_AUTO_TEST_SUITE_END()
