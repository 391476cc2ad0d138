#include "core/time_of_day.hpp"

namespace polku {

std::optional<int> parse_time_of_day(std::string_view text) {
    const auto sep = text.find_first_of(":.");
    if (sep == std::string_view::npos || sep == 0 || sep > 2 || text.size() != sep + 3) {
        return std::nullopt;
    }
    int hours = 0;
    for (char c : text.substr(0, sep)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        hours = hours * 10 + (c - '0');
    }
    const char m1 = text[sep + 1];
    const char m2 = text[sep + 2];
    if (m1 < '0' || m1 > '5' || m2 < '0' || m2 > '9' || hours > 23) {
        return std::nullopt;
    }
    return hours * 60 + (m1 - '0') * 10 + (m2 - '0');
}

std::string format_time_of_day(int minutes_since_midnight) {
    const int h = minutes_since_midnight / 60;
    const int m = minutes_since_midnight % 60;
    std::string out;
    out += static_cast<char>('0' + h / 10);
    out += static_cast<char>('0' + h % 10);
    out += ':';
    out += static_cast<char>('0' + m / 10);
    out += static_cast<char>('0' + m % 10);
    return out;
}

}  // namespace polku
