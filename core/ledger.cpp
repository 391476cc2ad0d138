#include "core/ledger.hpp"

#include <stdexcept>

namespace polku {

Ledger build_ledger(const CountingResult& result, const Period& period) {
    if (result.day_offsets.size() != result.days.size() + 1) {
        throw std::logic_error("build_ledger needs a result counted with KeepEntries::yes");
    }
    Ledger ledger;
    ledger.period = period;
    ledger.denominator = result.denominator;
    FractionSum total;
    std::int64_t values = 0;
    for (std::size_t d = 0; d < result.days.size(); ++d) {
        const auto& day = result.days[d];
        if (day.date < period.from || period.to < day.date) {
            continue;
        }
        LedgerDay row;
        row.person = day.person;
        row.date = day.date;
        row.entries.assign(
            result.day_entries.begin() + static_cast<std::ptrdiff_t>(result.day_offsets[d]),
            result.day_entries.begin() + static_cast<std::ptrdiff_t>(result.day_offsets[d + 1]));
        row.raw_minutes = day.raw_minutes;
        row.counted_minutes = day.counted_minutes;
        row.value = day.value;
        row.value_ten_thousandths = round_fraction(day.value, result.denominator, 10'000);
        ledger.raw_minutes += day.raw_minutes;
        ledger.counted_minutes += day.counted_minutes;
        values += day.value;
        ledger.days.push_back(std::move(row));
    }
    total.add(values, result.denominator);
    ledger.days_hundredths = total.hundredths();
    return ledger;
}

}  // namespace polku
