// libFuzzer target: core's exact number parsers and formatter (core/quantity.hpp): whole
// numbers (minutes, birth years), hours as minutes, hundredths (euros, planned values).
//
// Checks, besides "no crash, no sanitizer report" (signed overflow included: UBSan):
// - a whole number is `[-]digits` and has the value std::from_chars gives;
// - hundredths written out (with `.` and with `,`) parse back to themselves, and a leading
//   minus negates;
// - hours agree with hundredths where both apply: h hundredths of an hour are whole minutes
//   exactly when 60 h is divisible by 100, and are then 60 h / 100 minutes;
// - minutes that are a finite decimal of hours (a multiple of 3) written as hours with six
//   decimals parse back to themselves;
// - format_fixed, for the decimals the reports use (1, 2, 4) and any 64-bit value, writes
//   the value's digits with the separator in place and nothing else.

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "core/quantity.hpp"

namespace {

[[noreturn]] void fail(const char* what, std::string_view input) {
    std::fprintf(stderr, "fuzz_quantity: property violated: %s (input '%.*s')\n", what,
                 static_cast<int>(input.size()), input.data());
    std::abort();
}

#define CHECK(condition, input)      \
    do {                             \
        if (!(condition)) {          \
            fail(#condition, input); \
        }                            \
    } while (false)

bool from_chars_whole(std::string_view text, std::int64_t& value) {
    const auto end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end;
}

void check_whole(std::string_view text) {
    const auto whole = polku::parse_whole_number(text);
    if (!whole.ok()) {
        return;
    }
    std::int64_t expected = 0;
    CHECK(from_chars_whole(text, expected) && expected == whole.value, text);
}

void check_hundredths(std::string_view text) {
    const auto h = polku::parse_hundredths(text);
    if (!h.ok()) {
        return;
    }
    CHECK(polku::parse_hundredths(polku::format_hundredths(h.value)).value == h.value, text);
    CHECK(polku::parse_hundredths(polku::format_hundredths(h.value, ',')).value == h.value, text);
    if (!text.empty() && text.front() != '-') {
        const auto negated = polku::parse_hundredths("-" + std::string(text));
        CHECK(negated.ok() && negated.value == -h.value, text);
    }
    const auto minutes = polku::parse_hours_as_minutes(text);
    const __int128 sixty_h = static_cast<__int128>(h.value) * 60;
    CHECK(minutes.ok() == (sixty_h % 100 == 0), text);
    CHECK(!minutes.ok() || minutes.value == sixty_h / 100, text);
}

void check_hours(std::string_view text) {
    const auto minutes = polku::parse_hours_as_minutes(text);
    if (!minutes.ok()) {
        return;
    }
    const std::int64_t m = minutes.value;
    if (m % 3 == 0 && m > -90'000'000'000 && m < 90'000'000'000) {
        // m / 60 hours = m · 10^6 / 60 millionths of an hour, exact when 3 divides m.
        const std::string hours = polku::format_fixed(m / 3 * 50'000, 6);
        const auto again = polku::parse_hours_as_minutes(hours);
        CHECK(again.ok() && again.value == m, text);
    }
}

void check_format_fixed(std::int64_t value, int decimals, std::string_view input) {
    const std::string written = polku::format_fixed(value, decimals, ',');
    const auto comma = written.find(',');
    CHECK(comma != std::string::npos &&
              written.size() - comma - 1 == static_cast<std::size_t>(decimals),
          input);
    const std::string_view whole_part = std::string_view(written).substr(0, comma);
    const std::string_view digits = whole_part.substr(whole_part.starts_with('-') ? 1 : 0);
    CHECK(!digits.empty() && (digits == "0" || digits.front() != '0'), input);
    std::string without_separator = written;
    without_separator.erase(comma, 1);
    std::int64_t back = 0;
    CHECK(from_chars_whole(without_separator, back) && back == value, input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_whole(text);
    check_hundredths(text);
    check_hours(text);
    if (size >= 8) {
        std::int64_t value = 0;
        std::memcpy(&value, data, 8);
        for (int decimals : {1, 2, 4}) {
            check_format_fixed(value, decimals, text);
        }
    }
    return 0;
}
