#include "core/flagged_entries.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace polku {

std::vector<FlaggedRow> flagged_rows(const CountingInput& input, const EntryDetails& details) {
    // A session's row gathers everyone marked at it; an activity's row is its person's own.
    using Key = std::tuple<Date, bool, std::string, std::string, Kind>;
    std::map<Key, FlaggedRow> rows;
    for (std::size_t i = 0; i < input.entries.size(); ++i) {
        const Entry& e = input.entries[i];
        if (!is_flagged_outside_span(e, input.rules, input.span)) {
            continue;
        }
        const auto& source = details.source_of(i);
        const auto& person = details.person_of(i);
        const bool activity = e.event == 0;
        const Key key{e.date, activity, activity ? std::string() : source.event_id,
                      activity ? person.employee_id : std::string(), e.kind};
        auto [at, added] = rows.try_emplace(key);
        FlaggedRow& row = at->second;
        if (added) {
            row.date = e.date;
            row.kind = e.kind;
            row.event_id = source.event_id;
            row.what = source.title;
            if (activity) {
                row.employee_id = person.employee_id;
                row.person = person.name;
            }
        }
        ++row.entries;
        row.minutes += e.minutes;
    }
    std::vector<FlaggedRow> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows) {
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace polku
