#pragma once
// The ledger behind the monitoring figures (the audit trail): every counted entry, grouped by
// person-day, with the day's minutes, capped minutes and value. Built from the same
// CountingResult the figures come from, so its totals are the figures' own.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/fraction_sum.hpp"
#include "core/monitoring_figures.hpp"
#include "core/training_day_calculator.hpp"

namespace polku {

// What a reader needs to find an entry's source row, parallel to CountingInput::entries.
struct EntryDetail {
    std::string employee_id;
    std::string person_name;
    std::string event_id;      // empty for an individual activity
    std::string title;         // the event's title, or the activity's description
    std::optional<int> start;  // the session's times (minutes since midnight)
    std::optional<int> end;
    std::optional<AttendanceStatus> status;  // none for an activity
};

struct LedgerDay {
    PersonKey person = 0;
    Date date;
    std::vector<std::uint32_t> entries;  // indices into CountingInput::entries
    int raw_minutes = 0;
    int counted_minutes = 0;
    std::int64_t value = 0;                  // in units of 1/denominator day
    std::int64_t value_ten_thousandths = 0;  // shown with four decimals
};

struct Ledger {
    Period period;
    std::int64_t denominator = 360;
    std::vector<LedgerDay> days;  // by person, then date
    std::int64_t raw_minutes = 0;
    std::int64_t counted_minutes = 0;
    std::int64_t days_hundredths = 0;  // the exact sum of the day values, rounded once
};

// `result` must come from count_training_days(input, KeepEntries::yes).
Ledger build_ledger(const CountingResult& result, const Period& period);

}  // namespace polku
