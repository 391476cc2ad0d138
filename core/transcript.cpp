#include "core/transcript.hpp"

#include <algorithm>
#include <tuple>

namespace polku {

namespace {

bool inside(Date d, std::optional<Date> from, std::optional<Date> to) {
    return (!from || *from <= d) && (!to || d <= *to);
}

}  // namespace

TranscriptProject transcript_project(std::string code, std::string name, const CountingInput& input,
                                     const EntryDetails& details, std::optional<Date> from,
                                     std::optional<Date> to) {
    TranscriptProject p;
    p.code = std::move(code);
    p.name = std::move(name);

    // The counted days of the requested period, clipped to the project's span.
    const Date first = from ? std::max(*from, input.span.start) : input.span.start;
    const Date last = to ? std::min(*to, input.span.end) : input.span.end;
    std::vector<bool> counted(input.entries.size(), false);
    if (!(last < first)) {
        const Ledger ledger =
            build_ledger(count_training_days(input, KeepEntries::yes), Period{first, last});
        std::int64_t value = 0;
        for (std::size_t d = 0; d < ledger.days.size(); ++d) {
            value += ledger.days[d].value;
            for (auto i : entries_of(ledger, d)) {
                counted[i] = true;
            }
        }
        p.days.add(value, ledger.denominator);
        p.days_hundredths = p.days.hundredths();
    }

    for (std::size_t i = 0; i < input.entries.size(); ++i) {
        const auto& e = input.entries[i];
        if (!inside(e.date, from, to)) {
            continue;
        }
        const auto& d = details.entries[i];
        const auto& source = details.source_of(i);
        p.lines.push_back({e.date, e.kind, source.event_id, source.title, d.start, d.end, d.status,
                           e.minutes, counted[i]});
        p.minutes += e.minutes;
    }
    std::stable_sort(p.lines.begin(), p.lines.end(), [](const auto& a, const auto& b) {
        return std::tie(a.date, a.start) < std::tie(b.date, b.start);
    });
    return p;
}

std::int64_t hours_hundredths(std::int64_t minutes) {
    return round_fraction(minutes, 60, 100);
}

void total_transcript(Transcript& transcript) {
    FractionSum days;
    transcript.minutes = 0;
    for (const auto& p : transcript.projects) {
        transcript.minutes += p.minutes;
        days.add(p.days);
    }
    transcript.days_hundredths = days.hundredths();
}

}  // namespace polku
