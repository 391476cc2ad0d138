// libFuzzer target: core's time-of-day parser and formatter (core/time_of_day.hpp).
//
// Checks, besides "no crash, no sanitizer report":
// - parse_time_of_day accepts exactly formats.md's `09:00`, `9:00` and `9.00` with hours
//   0..23 and minutes 0..59, judged here by the text's shape (an independent oracle);
// - a parsed time written out is `HH:MM` and parses back to itself;
// - the first two bytes, read as a minute of the day, write and parse back the same.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "core/time_of_day.hpp"

namespace {

[[noreturn]] void fail(const char* what, std::string_view input) {
    std::fprintf(stderr, "fuzz_time_of_day: property violated: %s (input '%.*s')\n", what,
                 static_cast<int>(input.size()), input.data());
    std::abort();
}

#define CHECK(condition, input)      \
    do {                             \
        if (!(condition)) {          \
            fail(#condition, input); \
        }                            \
    } while (false)

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// H:MM, HH:MM, H.MM or HH.MM, as minutes since midnight.
std::optional<int> expected(std::string_view text) {
    const std::size_t hour_digits = text.size() - 3;
    if (text.size() < 4 || text.size() > 5 ||
        (text[hour_digits] != ':' && text[hour_digits] != '.')) {
        return std::nullopt;
    }
    int hours = 0;
    for (std::size_t i = 0; i < hour_digits; ++i) {
        if (!is_digit(text[i])) {
            return std::nullopt;
        }
        hours = hours * 10 + (text[i] - '0');
    }
    const char m1 = text[hour_digits + 1], m2 = text[hour_digits + 2];
    if (!is_digit(m1) || !is_digit(m2)) {
        return std::nullopt;
    }
    const int minutes = (m1 - '0') * 10 + (m2 - '0');
    if (hours > 23 || minutes > 59) {
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

void check_written(int minute_of_day, std::string_view input) {
    const std::string written = polku::format_time_of_day(minute_of_day);
    CHECK(written.size() == 5 && written[2] == ':', input);
    CHECK(polku::parse_time_of_day(written) == minute_of_day, input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const auto parsed = polku::parse_time_of_day(text);
    CHECK(parsed == expected(text), text);
    if (parsed) {
        CHECK(*parsed >= 0 && *parsed < 24 * 60, text);
        check_written(*parsed, text);
    }
    if (size >= 2) {
        check_written((data[0] << 8 | data[1]) % (24 * 60), text);
    }
    return 0;
}
