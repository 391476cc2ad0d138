#pragma once
// Person-training days (domain.md "Person-training days — the rules" and "Counting,
// precisely"): counted entries summed per person, calendar day and project, capped, divided
// into days, optionally rounded down to half days. Exact: a day value is an integer number
// of 1/denominator days.

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/counting_input.hpp"

namespace polku {

constexpr std::size_t kKindCount = 9;

struct PersonDay {
    PersonKey person = 0;
    Date date;
    int raw_minutes = 0;      // every counted minute of the day
    int counted_minutes = 0;  // after the cap
    std::int64_t value = 0;   // the day's value in units of 1/denominator day
    std::array<int, kKindCount> kind_minutes{};
};

struct CountingResult {
    std::int64_t denominator = 360;  // day_minutes, or 2 when rounding to half days
    std::vector<PersonDay> days;     // inside the span, ordered by person, then date
    std::unordered_map<PersonKey, Date> start_dates;  // first counted entry in the project
    // Counted-kind entries with minutes > 0 dated outside the span: kept, flagged, not counted.
    std::int64_t flagged_outside_span = 0;
    // Only when asked (the ledger): the indices into input.entries of each day's entries,
    // days[d]'s being day_entries[day_offsets[d] .. day_offsets[d + 1]).
    std::vector<std::uint32_t> day_entries;
    std::vector<std::size_t> day_offsets;
};

// A counted entry: minutes > 0, a kind the project counts, dated inside the span.
bool is_counted(const Entry& entry, const CountingRules& rules, const ProjectSpan& span);
// An entry the reports flag instead of counting: of a counted kind, with minutes, but dated
// outside the project span (domain.md rule 7).
bool is_flagged_outside_span(const Entry& entry, const CountingRules& rules,
                             const ProjectSpan& span);

// The person's start in the project (their first counted entry), or none: what
// CountingResult::start_dates holds for them, without counting everyone.
std::optional<Date> start_date(const CountingInput& input, PersonKey person);

// The unit of a day value: 1/day_minutes of a day, or half days when rounding to them.
std::int64_t day_value_denominator(const CountingRules& rules);

enum class KeepEntries { no, yes };
CountingResult count_training_days(const CountingInput& input, KeepEntries keep = KeepEntries::no);

}  // namespace polku
