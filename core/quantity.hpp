#pragma once
// Exact numbers typed by users: whole numbers, hours that must be whole minutes, euros and
// planned values with at most two decimals. Locale-independent: `.` and `,` both separate
// decimals. No floating point.

#include <cstdint>
#include <string>
#include <string_view>

namespace polku {

// Either a value or a message saying what is wrong with the text ("is not a whole number").
struct ParsedNumber {
    std::int64_t value = 0;
    std::string problem;  // empty when value is valid
    bool ok() const { return problem.empty(); }
};

// "42", "-3": a whole number (an optional leading minus).
ParsedNumber parse_whole_number(std::string_view text);
// "1.5" and "1,5" hours → 90 minutes; an error when the hours are not whole minutes.
ParsedNumber parse_hours_as_minutes(std::string_view text);
// "2352", "2352.5", "2 352,50" → 235250 (hundredths); at most two decimals.
ParsedNumber parse_hundredths(std::string_view text);

// A whole number of 1/10^decimals as a decimal: (235250, 2) → "2352.50", (3333, 4) →
// "0.3333"; `separator` is the decimal separator written.
std::string format_fixed(std::int64_t value, int decimals, char separator = '.');

// 235250 → "2352.50"
inline std::string format_hundredths(std::int64_t hundredths, char separator = '.') {
    return format_fixed(hundredths, 2, separator);
}

}  // namespace polku
