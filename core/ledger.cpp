#include "core/ledger.hpp"

#include <stdexcept>

namespace polku {

std::int64_t value_ten_thousandths(const Ledger& ledger, const PersonDay& day) {
    return round_fraction(day.value, ledger.denominator, 10'000);
}

Ledger build_ledger(CountingResult&& result, const Period& period) {
    if (result.day_offsets.size() != result.days.size() + 1) {
        throw std::logic_error("build_ledger needs a result counted with KeepEntries::yes");
    }
    Ledger ledger;
    ledger.period = period;
    ledger.denominator = result.denominator;
    ledger.days = std::move(result.days);
    ledger.entries = std::move(result.day_entries);
    ledger.offsets.push_back(0);
    // Compacts the days (and their entries) of the period to the front, in order.
    std::size_t kept = 0;
    std::size_t kept_entries = 0;
    std::int64_t values = 0;
    for (std::size_t d = 0; d < ledger.days.size(); ++d) {
        const auto& day = ledger.days[d];
        if (day.date < period.from || period.to < day.date) {
            continue;
        }
        for (std::size_t i = result.day_offsets[d]; i < result.day_offsets[d + 1]; ++i) {
            ledger.entries[kept_entries++] = ledger.entries[i];
        }
        ledger.offsets.push_back(static_cast<std::uint32_t>(kept_entries));
        ledger.raw_minutes += day.raw_minutes;
        ledger.counted_minutes += day.counted_minutes;
        values += day.value;
        ledger.days[kept++] = day;
    }
    ledger.days.resize(kept);
    ledger.entries.resize(kept_entries);
    ledger.values = values;
    return ledger;
}

void LedgerTotals::add(const Ledger& part) {
    person_days += static_cast<std::int64_t>(part.days.size());
    raw_minutes += part.raw_minutes;
    counted_minutes += part.counted_minutes;
    values += part.values;
}

std::int64_t LedgerTotals::days_hundredths(std::int64_t denominator) const {
    FractionSum total;
    total.add(values, denominator);
    return total.hundredths();
}

}  // namespace polku
