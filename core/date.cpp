#include "core/date.hpp"

#include <charconv>

namespace polku {

namespace {

// Reads 1..max_digits decimal digits; nullopt for empty, signs, or anything else.
std::optional<int> read_number(std::string_view text, std::size_t min_digits,
                               std::size_t max_digits) {
    if (text.size() < min_digits || text.size() > max_digits) {
        return std::nullopt;
    }
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<Date> make_date(std::optional<int> y, std::optional<int> m, std::optional<int> d) {
    if (!y || !m || !d || *y < 1900 || *y > 2999) {
        return std::nullopt;
    }
    Date date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
              std::chrono::day{static_cast<unsigned>(*d)}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return date;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        return make_date(read_number(text.substr(0, 4), 4, 4), read_number(text.substr(5, 2), 2, 2),
                         read_number(text.substr(8, 2), 2, 2));
    }
    const auto first_dot = text.find('.');
    if (first_dot == std::string_view::npos) {
        return std::nullopt;
    }
    const auto second_dot = text.find('.', first_dot + 1);
    if (second_dot == std::string_view::npos) {
        return std::nullopt;
    }
    return make_date(read_number(text.substr(second_dot + 1), 4, 4),
                     read_number(text.substr(first_dot + 1, second_dot - first_dot - 1), 1, 2),
                     read_number(text.substr(0, first_dot), 1, 2));
}

std::string format_iso_date(Date date) {
    char buffer[16];
    auto* out = buffer;
    const int y = static_cast<int>(date.year());
    const unsigned m = static_cast<unsigned>(date.month());
    const unsigned d = static_cast<unsigned>(date.day());
    out = std::to_chars(out, buffer + sizeof buffer, y).ptr;
    *out++ = '-';
    *out++ = static_cast<char>('0' + m / 10);
    *out++ = static_cast<char>('0' + m % 10);
    *out++ = '-';
    *out++ = static_cast<char>('0' + d / 10);
    *out++ = static_cast<char>('0' + d % 10);
    return std::string(buffer, out);
}

std::string format_fi_date(Date date) {
    return std::to_string(static_cast<unsigned>(date.day())) + '.' +
           std::to_string(static_cast<unsigned>(date.month())) + '.' +
           std::to_string(static_cast<int>(date.year()));
}

int days_between(Date a, Date b) {
    return (std::chrono::sys_days{b} - std::chrono::sys_days{a}).count();
}

Date add_days(Date date, int days) {
    return Date{std::chrono::sys_days{date} + std::chrono::days{days}};
}

}  // namespace polku
