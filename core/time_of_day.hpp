#pragma once
// Clock times as whole minutes since midnight.

#include <optional>
#include <string>
#include <string_view>

namespace polku {

// Accepts 09:00, 9:00 and 9.00 (hours 0..23, minutes 0..59); nullopt otherwise.
std::optional<int> parse_time_of_day(std::string_view text);

// 09:00
std::string format_time_of_day(int minutes_since_midnight);

}  // namespace polku
