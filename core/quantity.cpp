#include "core/quantity.hpp"

#include <limits>

#include "core/message.hpp"

namespace polku {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

struct Decimal {
    bool negative = false;
    std::int64_t digits = 0;  // all digits, the fraction included
    int fraction_digits = 0;
};

// Parses [-]digits[(.|,)digits], ignoring spaces used as thousands separators.
bool read_decimal(std::string_view text, Decimal& out) {
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-') {
        out.negative = true;
        ++i;
    }
    bool any_digit = false;
    bool in_fraction = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            // Any int64 is read, however many of its digits are decimals ("5" and "5.00"
            // alike); each parser checks its own scaling.
            if (out.digits > (kMax - (c - '0')) / 10) {
                return false;
            }
            out.digits = out.digits * 10 + (c - '0');
            any_digit = true;
            if (in_fraction) {
                ++out.fraction_digits;
            }
        } else if ((c == '.' || c == ',') && !in_fraction && any_digit) {
            in_fraction = true;
        } else if (c == ' ' && !in_fraction && any_digit) {
            continue;
        } else {
            return false;
        }
    }
    return any_digit && !(in_fraction && out.fraction_digits == 0);
}

std::int64_t pow10(int n) {
    std::int64_t p = 1;
    while (n-- > 0) {
        p *= 10;
    }
    return p;
}

}  // namespace

ParsedNumber parse_whole_number(std::string_view text) {
    Decimal d;
    if (!read_decimal(text, d) || d.fraction_digits > 0 ||
        text.find(' ') != std::string_view::npos) {
        return {0, message(N_("'{}' is not a whole number"), text)};
    }
    return {d.negative ? -d.digits : d.digits, {}};
}

ParsedNumber parse_hours_as_minutes(std::string_view text) {
    Decimal d;
    if (!read_decimal(text, d) || d.fraction_digits > 6) {
        return {0, message(N_("'{}' is not a number of hours (e.g. 1.5 or 1,5)"), text)};
    }
    // Whole hours and the fraction apart, so that 60 × the digits cannot overflow: the
    // minutes are read whenever they fit, however many decimals the hours are written with.
    const std::int64_t scale = pow10(d.fraction_digits);
    const std::int64_t whole_hours = d.digits / scale;
    const std::int64_t fraction_sixty_times = d.digits % scale * 60;  // < 60 × 10^6
    if (fraction_sixty_times % scale != 0) {
        return {0, message(N_("{} hours is not a whole number of minutes"), text)};
    }
    const std::int64_t fraction_minutes = fraction_sixty_times / scale;
    if (whole_hours > (kMax - fraction_minutes) / 60) {
        return {0, message(N_("'{}' is too large"), text)};
    }
    const std::int64_t minutes = whole_hours * 60 + fraction_minutes;
    return {d.negative ? -minutes : minutes, {}};
}

ParsedNumber parse_hundredths(std::string_view text) {
    Decimal d;
    if (!read_decimal(text, d) || d.fraction_digits > 2) {
        return {0, message(N_("'{}' is not a number with at most two decimals"), text)};
    }
    const std::int64_t scale = pow10(2 - d.fraction_digits);
    if (d.digits > kMax / scale) {
        return {0, message(N_("'{}' is too large"), text)};
    }
    const std::int64_t value = d.digits * scale;
    return {d.negative ? -value : value, {}};
}

std::string format_fixed(std::int64_t value, int decimals, char separator) {
    const bool negative = value < 0;
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
    const auto scale = static_cast<std::uint64_t>(pow10(decimals));
    std::string fraction = std::to_string(magnitude % scale);
    fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
    return (negative ? "-" : "") + std::to_string(magnitude / scale) + separator + fraction;
}

}  // namespace polku
