#pragma once
// Terse builders for hand-made counting inputs, shared by the counting tests.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/counting_input.hpp"
#include "core/monitoring_figures.hpp"
#include "core/training_day_calculator.hpp"

namespace polku::test {

inline Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

inline Entry attend(PersonKey person, EventKey event, Date date, int minutes,
                    Kind kind = Kind::course) {
    return Entry{person, event, date, kind, minutes};
}

inline Entry activity(PersonKey person, Date date, int minutes, Kind kind = Kind::self_study) {
    return Entry{person, 0, date, kind, minutes};
}

inline EventFacts event(EventKey id, Kind kind, std::vector<Date> sessions) {
    EventFacts e;
    e.id = id;
    e.kind = kind;
    e.session_dates = std::move(sessions);
    return e;
}

inline Target target(std::string metric, std::int64_t planned_hundredths,
                     std::optional<std::int64_t> group = std::nullopt) {
    return Target{std::move(metric), group, planned_hundredths};
}

// OSKU's span, 1.4.2009–29.2.2012 (a leap day as its last day).
inline CountingInput osku() {
    CountingInput in;
    in.span = {ymd(2009, 4, 1), ymd(2012, 2, 29)};
    return in;
}

// The engine end to end: count, then the figures for from..to (default: the span).
inline MonitoringFigures figures(const CountingInput& in, std::optional<Date> from = std::nullopt,
                                 std::optional<Date> to = std::nullopt) {
    const CountingResult result = count_training_days(in);
    return compute_monitoring(in, result, resolve_period(in.span, from, to));
}

}  // namespace polku::test
