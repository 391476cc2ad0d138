// Small text rules shared by every input path.
#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"

using namespace polku;
using namespace std::string_view_literals;

namespace {
constexpr auto npos = std::string_view::npos;
using Parts = std::vector<std::string>;
}  // namespace

BOOST_AUTO_TEST_SUITE(text)

BOOST_AUTO_TEST_CASE(trim_removes_surrounding_ascii_white_space) {
    BOOST_TEST(trim("  code  ") == "code");
    BOOST_TEST(trim("\t name\r\n") == "name");
    BOOST_TEST(trim("first name") == "first name");  // inner spaces stay
    BOOST_TEST(trim(" a b ") == "a b");
    BOOST_TEST(trim("") == "");
    BOOST_TEST(trim(" \t\r\n ") == "");
    BOOST_TEST(trim("x") == "x");
}

BOOST_AUTO_TEST_CASE(trim_returns_a_view_into_the_text) {
    const std::string_view text = "  abc ";
    const auto trimmed = trim(text);
    BOOST_TEST(trimmed.data() == text.data() + 2);
    BOOST_TEST(trimmed.size() == 3u);
}

BOOST_AUTO_TEST_CASE(ascii_lower_lowers_ascii_letters_only) {
    BOOST_TEST(ascii_lower("Employee_ID") == "employee_id");
    BOOST_TEST(ascii_lower("CODE") == "code");
    BOOST_TEST(ascii_lower("abc-123_@[`{") == "abc-123_@[`{");  // neighbours of A..Z and a..z
    BOOST_TEST(ascii_lower("@AZ[") == "@az[");
    BOOST_TEST(ascii_lower("") == "");
    // Bytes of non-ASCII letters are left untouched: Ä is C3 84 and stays so.
    BOOST_TEST(ascii_lower("KYLLÄ") == "kyllÄ");
}

BOOST_AUTO_TEST_CASE(split_list_trims_and_drops_empty_parts) {
    BOOST_TEST((split_list("a | b|", '|') == Parts{"a", "b"}));
    BOOST_TEST((split_list("seminar|wellbeing_day", '|') == Parts{"seminar", "wellbeing_day"}));
    BOOST_TEST((split_list(" S1:digital developers |S1:management ", '|') ==
                Parts{"S1:digital developers", "S1:management"}));
    BOOST_TEST((split_list("only", '|') == Parts{"only"}));
    BOOST_TEST((split_list("||a|||b||", '|') == Parts{"a", "b"}));
    BOOST_TEST((split_list("a;b", ';') == Parts{"a", "b"}));
    BOOST_TEST((split_list("a;b", '|') == Parts{"a;b"}));
    BOOST_TEST(split_list("", '|').empty());
    BOOST_TEST(split_list("   ", '|').empty());
    BOOST_TEST(split_list(" | |", '|').empty());
}

BOOST_AUTO_TEST_CASE(valid_utf8_passes) {
    BOOST_TEST(find_invalid_utf8("") == npos);
    BOOST_TEST(find_invalid_utf8("plain ascii, 123") == npos);
    BOOST_TEST(find_invalid_utf8("ä ö å Ä Ö Å") == npos);  // two-byte forms
    BOOST_TEST(find_invalid_utf8("\xC3\xA4") == npos);     // ä spelled out
    BOOST_TEST(find_invalid_utf8("12,50 €") == npos);      // € = E2 82 AC
    BOOST_TEST(find_invalid_utf8("\xE2\x82\xAC") == npos);
    BOOST_TEST(find_invalid_utf8("hymy 😀") == npos);  // 😀 = F0 9F 98 80
    BOOST_TEST(find_invalid_utf8("\xF0\x9F\x98\x80") == npos);
    BOOST_TEST(find_invalid_utf8("\x7F") == npos);          // DEL is ASCII
    BOOST_TEST(find_invalid_utf8("\xC2\x80") == npos);      // U+0080, smallest 2-byte
    BOOST_TEST(find_invalid_utf8("\xDF\xBF") == npos);      // U+07FF
    BOOST_TEST(find_invalid_utf8("\xE0\xA0\x80") == npos);  // U+0800, smallest 3-byte
    BOOST_TEST(find_invalid_utf8("\xED\x9F\xBF") == npos);  // U+D7FF, below surrogates
    BOOST_TEST(find_invalid_utf8("\xEE\x80\x80") == npos);  // U+E000, above surrogates
    BOOST_TEST(find_invalid_utf8("\xEF\xBB\xBF"
                                 "code") == npos);              // a byte-order mark
    BOOST_TEST(find_invalid_utf8("\xF0\x90\x80\x80") == npos);  // U+10000, smallest 4-byte
    BOOST_TEST(find_invalid_utf8("\xF4\x8F\xBF\xBF") == npos);  // U+10FFFF, the last
}

BOOST_AUTO_TEST_CASE(reports_a_nul_byte) {
    BOOST_TEST(find_invalid_utf8("\0"sv) == 0u);
    BOOST_TEST(find_invalid_utf8("ab\0cd"sv) == 2u);
    BOOST_TEST(find_invalid_utf8("ä\0"sv) == 2u);
}

BOOST_AUTO_TEST_CASE(reports_truncated_sequences_at_their_first_byte) {
    BOOST_TEST(find_invalid_utf8("abc\xC3") == 3u);        // ä cut at the end
    BOOST_TEST(find_invalid_utf8("\xE2\x82") == 0u);       // € cut at the end
    BOOST_TEST(find_invalid_utf8("x\xF0\x9F\x98") == 1u);  // 😀 cut at the end
    BOOST_TEST(find_invalid_utf8("\xC3"
                                 "a") == 0u);  // ä cut by an ASCII letter
    BOOST_TEST(find_invalid_utf8("ab\xE2\x82"
                                 "c") == 2u);  // € cut by an ASCII letter
    BOOST_TEST(find_invalid_utf8("\xF0\x9F\x98"
                                 "a") == 0u);
    BOOST_TEST(find_invalid_utf8("\xE2\x82\xC3\xA4") == 0u);  // € cut by ä
}

BOOST_AUTO_TEST_CASE(reports_stray_continuation_and_impossible_bytes) {
    BOOST_TEST(find_invalid_utf8("\x80") == 0u);
    BOOST_TEST(find_invalid_utf8("a\xBF") == 1u);
    BOOST_TEST(find_invalid_utf8("\xC3\xA4\xA4") == 2u);  // ä then one continuation too many
    BOOST_TEST(find_invalid_utf8("\xF8\x88\x80\x80\x80") == 0u);  // 5-byte forms do not exist
    BOOST_TEST(find_invalid_utf8("\xFE") == 0u);
    BOOST_TEST(find_invalid_utf8("\xFF") == 0u);
    BOOST_TEST(find_invalid_utf8("ok \xE4 not") == 3u);  // ä in Latin-1, as old Excel writes it
}

BOOST_AUTO_TEST_CASE(reports_overlong_forms) {
    BOOST_TEST(find_invalid_utf8("\xC0\x80") == 0u);          // NUL in two bytes
    BOOST_TEST(find_invalid_utf8("\xC0\xAF") == 0u);          // '/' in two bytes
    BOOST_TEST(find_invalid_utf8("\xC1\xBF") == 0u);          // U+007F in two bytes
    BOOST_TEST(find_invalid_utf8("a\xE0\x80\xAF") == 1u);     // '/' in three bytes
    BOOST_TEST(find_invalid_utf8("\xE0\x9F\xBF") == 0u);      // U+07FF in three bytes
    BOOST_TEST(find_invalid_utf8("\xF0\x80\x80\xAF") == 0u);  // '/' in four bytes
    BOOST_TEST(find_invalid_utf8("\xF0\x8F\xBF\xBF") == 0u);  // U+FFFF in four bytes
}

BOOST_AUTO_TEST_CASE(reports_surrogates_and_values_past_u10ffff) {
    BOOST_TEST(find_invalid_utf8("\xED\xA0\x80") == 0u);              // U+D800
    BOOST_TEST(find_invalid_utf8("ä\xED\xBF\xBF") == 2u);             // U+DFFF
    BOOST_TEST(find_invalid_utf8("\xED\xA0\xBD\xED\xB8\x80") == 0u);  // 😀 as CESU-8 pair
    BOOST_TEST(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);          // U+110000
    BOOST_TEST(find_invalid_utf8("\xF7\xBF\xBF\xBF") == 0u);          // U+1FFFFF
}

BOOST_AUTO_TEST_SUITE_END()
