// libFuzzer target: core's date parser and formatters (core/date.hpp).
//
// Checks, besides "no crash, no sanitizer report":
// - parse_date accepts exactly formats.md's three forms of an existing date in 1900..2999,
//   judged here by the text's shape (an oracle written independently of the parser);
// - a parsed date written as ISO and as Finnish parses back to itself;
// - the first bytes, read as a day number, give a date in range whose both spellings parse
//   back to it, and add_days / days_between undo each other.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace {

using polku::Date;
using namespace std::chrono;

[[noreturn]] void fail(const char* what, std::string_view input) {
    std::fprintf(stderr, "fuzz_date: property violated: %s (input '%.*s')\n", what,
                 static_cast<int>(input.size()), input.data());
    std::abort();
}

#define CHECK(condition, input)      \
    do {                             \
        if (!(condition)) {          \
            fail(#condition, input); \
        }                            \
    } while (false)

bool digits(std::string_view text, std::size_t min, std::size_t max) {
    if (text.size() < min || text.size() > max) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

int number(std::string_view text) {
    int value = 0;
    for (char c : text) {
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<Date> valid(int y, int m, int d) {
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) {
        return std::nullopt;
    }
    const Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    return date.ok() ? std::optional<Date>(date) : std::nullopt;
}

// What formats.md says a date is: YYYY-MM-DD, or D.M.YYYY with one or two digits for the
// day and the month.
std::optional<Date> expected(std::string_view text) {
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text.substr(0, 4), 4, 4) &&
        digits(text.substr(5, 2), 2, 2) && digits(text.substr(8, 2), 2, 2)) {
        return valid(number(text.substr(0, 4)), number(text.substr(5, 2)),
                     number(text.substr(8, 2)));
    }
    const auto a = text.find('.');
    const auto b = a == std::string_view::npos ? a : text.find('.', a + 1);
    if (b == std::string_view::npos) {
        return std::nullopt;
    }
    const auto d = text.substr(0, a), m = text.substr(a + 1, b - a - 1), y = text.substr(b + 1);
    if (!digits(d, 1, 2) || !digits(m, 1, 2) || !digits(y, 4, 4)) {
        return std::nullopt;
    }
    return valid(number(y), number(m), number(d));
}

const Date kFirst{year{1900}, January, day{1}};
const Date kLast{year{2999}, December, day{31}};

void check_spellings(Date date, std::string_view input) {
    const std::string iso = polku::format_iso_date(date);
    const std::string fi = polku::format_fi_date(date);
    CHECK(iso.size() == 10, input);
    CHECK(polku::parse_date(iso) == date, input);
    CHECK(polku::parse_date(fi) == date, input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const auto parsed = polku::parse_date(text);
    CHECK(parsed == expected(text), text);
    if (parsed) {
        check_spellings(*parsed, text);
    }

    // Any date of the range, and a step from it, chosen by the first eight bytes.
    if (size >= 8) {
        std::uint32_t a = 0, b = 0;
        std::memcpy(&a, data, 4);
        std::memcpy(&b, data + 4, 4);
        const int span = polku::days_between(kFirst, kLast) + 1;
        const Date date =
            polku::add_days(kFirst, static_cast<int>(a % static_cast<unsigned>(span)));
        CHECK(kFirst <= date && date <= kLast && date.ok(), text);
        check_spellings(date, text);
        const int step = static_cast<int>(b % 2'000'001u) - 1'000'000;
        const Date moved = polku::add_days(date, step);
        CHECK(polku::days_between(date, moved) == step, text);
        CHECK(polku::add_days(moved, -step) == date, text);
    }
    return 0;
}
