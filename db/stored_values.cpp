#include "db/stored_values.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace polku::db {

Date stored_date(const std::string& text) {
    if (auto d = parse_date(text)) {
        return *d;
    }
    throw DatabaseError("the database holds a date that is not valid: '" + text + "'");
}

CountingRules stored_rules(int day_minutes, int cap_per_day, const std::string& rounding,
                           const std::string& excluded_kinds) {
    CountingRules rules;
    rules.day_minutes = day_minutes;
    rules.cap_per_day = cap_per_day != 0;
    rules.rounding = stored_enum<DayRounding>(rounding);
    for (const auto& k : split_list(excluded_kinds, '|')) {
        rules.excluded_kinds.push_back(stored_enum<Kind>(k));
    }
    std::sort(rules.excluded_kinds.begin(), rules.excluded_kinds.end());
    return rules;
}

}  // namespace polku::db
