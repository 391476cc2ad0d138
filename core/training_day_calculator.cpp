#include "core/training_day_calculator.hpp"

#include <algorithm>

namespace polku {

bool CountingRules::counts(Kind kind) const {
    return std::find(excluded_kinds.begin(), excluded_kinds.end(), kind) == excluded_kinds.end();
}

bool is_counted(const Entry& entry, const CountingRules& rules, const ProjectSpan& span) {
    return entry.minutes > 0 && rules.counts(entry.kind) && span.contains(entry.date);
}

bool is_flagged_outside_span(const Entry& entry, const CountingRules& rules,
                             const ProjectSpan& span) {
    return entry.minutes > 0 && rules.counts(entry.kind) && !span.contains(entry.date);
}

std::optional<Date> start_date(const CountingInput& input, PersonKey person) {
    std::optional<Date> first;
    for (const auto& e : input.entries) {
        if (e.person == person && is_counted(e, input.rules, input.span) &&
            (!first || e.date < *first)) {
            first = e.date;
        }
    }
    return first;
}

std::int64_t day_value_denominator(const CountingRules& rules) {
    return rules.rounding == DayRounding::half_day_down ? 2 : rules.day_minutes;
}

CountingResult count_training_days(const CountingInput& input, KeepEntries keep) {
    const auto& rules = input.rules;
    const bool half_days = rules.rounding == DayRounding::half_day_down;
    CountingResult result;
    result.denominator = day_value_denominator(rules);

    // Counted entries, ordered so that each person-day is one run: compact keys sort far
    // faster than pointers into the entries.
    struct Key {
        PersonKey person;
        int day;
        std::uint32_t index;
    };
    std::vector<Key> counted;
    counted.reserve(input.entries.size());
    for (std::size_t i = 0; i < input.entries.size(); ++i) {
        const auto& e = input.entries[i];
        if (is_flagged_outside_span(e, rules, input.span)) {
            ++result.flagged_outside_span;
        } else if (is_counted(e, rules, input.span)) {
            counted.push_back(
                Key{e.person,
                    static_cast<int>(std::chrono::sys_days{e.date}.time_since_epoch().count()),
                    static_cast<std::uint32_t>(i)});
        }
    }
    // The index last, so that a day's entries keep the input's order: the ledger lists them
    // the same however the input was read.
    std::sort(counted.begin(), counted.end(), [](const Key& a, const Key& b) {
        return a.person != b.person ? a.person < b.person
               : a.day != b.day     ? a.day < b.day
                                    : a.index < b.index;
    });

    if (keep == KeepEntries::yes) {
        result.day_offsets.push_back(0);
    }
    for (std::size_t i = 0; i < counted.size();) {
        PersonDay day;
        day.person = counted[i].person;
        day.date = input.entries[counted[i].index].date;
        const int day_number = counted[i].day;
        for (;
             i < counted.size() && counted[i].person == day.person && counted[i].day == day_number;
             ++i) {
            const auto& e = input.entries[counted[i].index];
            if (keep == KeepEntries::yes) {
                result.day_entries.push_back(counted[i].index);
            }
            day.raw_minutes += e.minutes;
            day.kind_minutes[static_cast<std::size_t>(e.kind)] += e.minutes;
        }
        day.counted_minutes =
            rules.cap_per_day ? std::min(day.raw_minutes, rules.day_minutes) : day.raw_minutes;
        // Half days: floor(counted / (day_minutes / 2)), computed without dividing day_minutes.
        day.value =
            half_days ? (2LL * day.counted_minutes) / rules.day_minutes : day.counted_minutes;
        result.start_dates.try_emplace(day.person,
                                       day.date);  // the first day of each person comes first
        result.days.push_back(day);
        if (keep == KeepEntries::yes) {
            result.day_offsets.push_back(result.day_entries.size());
        }
    }
    return result;
}

}  // namespace polku
