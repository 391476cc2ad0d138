#pragma once
// Calendar dates as std::chrono values, and the forms users type them in.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace polku {

using Date = std::chrono::year_month_day;

// Accepts 2024-03-15, 15.3.2024 and 15.03.2024; nullopt for anything else, including
// dates that do not exist (31.2.2024) and years outside 1900..2999.
std::optional<Date> parse_date(std::string_view text);

// 2024-03-15: how dates are stored and written for machines.
std::string format_iso_date(Date date);
// 15.3.2024: how Finnish users read dates.
std::string format_fi_date(Date date);

// Whole days from a to b (negative when b is before a).
int days_between(Date a, Date b);
Date add_days(Date date, int days);

}  // namespace polku
