#pragma once
// The ledger behind the monitoring figures (the audit trail): every counted entry, grouped by
// person-day, with the day's minutes, capped minutes and value. Built from the same
// CountingResult the figures come from, so its totals are the figures' own.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/fraction_sum.hpp"
#include "core/monitoring_figures.hpp"
#include "core/training_day_calculator.hpp"

namespace polku {

// What a reader needs to find an entry's source row, parallel to CountingInput::entries.
// Names and titles are held once (a million entries name a few thousand people and events),
// so the ledger of a large project fits in memory.
struct PersonLabel {
    std::string employee_id;
    std::string name;
};
struct SourceLabel {
    std::string event_id;  // empty for an individual activity
    std::string title;     // the event's title, or the activity's description
};
struct EntryDetail {
    std::uint32_t person = 0;  // index into EntryDetails::people
    std::uint32_t source = 0;  // index into EntryDetails::sources
    std::optional<int> start;  // the session's times (minutes since midnight)
    std::optional<int> end;
    std::optional<AttendanceStatus> status;  // none for an activity
};
struct EntryDetails {
    std::vector<PersonLabel> people;
    std::vector<SourceLabel> sources;
    std::vector<EntryDetail> entries;  // parallel to CountingInput::entries

    const PersonLabel& person_of(std::size_t entry) const { return people[entries[entry].person]; }
    const SourceLabel& source_of(std::size_t entry) const { return sources[entries[entry].source]; }
};

struct Ledger {
    Period period;
    std::int64_t denominator = 360;
    // The counted person-days inside the period, by person, then date: the engine's own
    // days (taken over, not copied: a large project's ledger is most of its memory).
    std::vector<PersonDay> days;
    // Day d's entries are entries[offsets[d] .. offsets[d + 1]), indices into
    // CountingInput::entries.
    std::vector<std::uint32_t> entries;
    std::vector<std::uint32_t> offsets;
    std::int64_t raw_minutes = 0;
    std::int64_t counted_minutes = 0;
    std::int64_t values = 0;  // the exact sum of the day values, in 1/denominator days
};

// The sums of a ledger counted a part at a time (some people's entries each): the whole's,
// since a person-day never spans two parts.
struct LedgerTotals {
    std::int64_t person_days = 0;
    std::int64_t raw_minutes = 0;
    std::int64_t counted_minutes = 0;
    std::int64_t values = 0;  // in 1/denominator days

    void add(const Ledger& part);
    // The sum of the day values in days, rounded once.
    std::int64_t days_hundredths(std::int64_t denominator) const;
};

inline std::span<const std::uint32_t> entries_of(const Ledger& ledger, std::size_t day) {
    return std::span<const std::uint32_t>(ledger.entries)
        .subspan(ledger.offsets[day], ledger.offsets[day + 1] - ledger.offsets[day]);
}

// A day's value as shown, to four decimals (0.3333 → 3333).
std::int64_t value_ten_thousandths(const Ledger& ledger, const PersonDay& day);

// `result` must come from count_training_days(input, KeepEntries::yes); the ledger takes
// over its days and entries.
Ledger build_ledger(CountingResult&& result, const Period& period);

}  // namespace polku
