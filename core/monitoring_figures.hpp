#pragma once
// The funder's figures for a reporting period (formats.md "The monitoring report as JSON"),
// computed from the engine's result: pure functions, no rounding until a figure is final.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/counting_input.hpp"
#include "core/training_day_calculator.hpp"

namespace polku {

struct Period {
    Date from;
    Date to;
};

// The period a report asks for: from/to default to the project span. Throws InputError when
// from is after to, or the period lies wholly outside the span.
Period resolve_period(const ProjectSpan& span, std::optional<Date> from, std::optional<Date> to);

template <typename T>
struct ByGender {
    T total{}, women{}, men{}, other{}, not_given{};
};

struct KindRow {
    Kind kind = Kind::course;
    std::int64_t events = 0;
    std::int64_t participations = 0;
    std::int64_t days_hundredths = 0;
};

struct TargetGroupRow {
    std::int64_t id = 0;
    std::string name;
    std::int64_t participants_started = 0;
    std::int64_t days_hundredths = 0;
};

// Values are in the metric's unit: hundredths of a day for day metrics, whole numbers for
// counts (participants, participations, events) and free counters.
struct TargetRow {
    std::string metric;
    std::optional<std::string> target_group;
    bool day_metric = false;
    std::int64_t planned = 0;
    std::optional<std::int64_t> realised;  // cumulative to the period's end; none for free counters
    std::optional<std::int64_t> realised_in_period;
    std::optional<std::int64_t> percent_tenths;  // none when planned is 0 or nothing is realised
    std::int64_t expected = 0;                   // straight line at the period's end
    std::optional<std::int64_t> forecast;        // at the pace so far, to the span's end
};

struct EsfIndicators {
    std::int64_t age_under_25 = 0, age_25_54 = 0, age_55_over = 0, age_not_given = 0;
    std::array<std::int64_t, 3> education{};  // by Education
    std::int64_t education_not_given = 0;
    std::array<std::int64_t, 5> labour_status{};  // by LabourStatus
    std::int64_t labour_status_not_given = 0;
};

// Person-training days counted from the project's start to `date`, inclusive.
struct CumulativePoint {
    Date date;
    std::int64_t days_hundredths = 0;
};

struct MonitoringFigures {
    Period period;
    // One point per date with counted days, from the project's start to the period's end
    // (the dashboard's and the reports' chart).
    std::vector<CumulativePoint> cumulative_days;
    ByGender<std::int64_t> participants_started;
    std::int64_t participants_distinct = 0;
    std::int64_t participations = 0;
    std::int64_t events = 0;
    ByGender<std::int64_t> days_hundredths;
    std::vector<TargetGroupRow> by_target_group;  // every group, by name
    std::vector<KindRow> by_kind;                 // every counted kind, in Kind order
    std::vector<TargetRow> targets;
    EsfIndicators esf;
    std::int64_t flagged_outside_span = 0;  // over the whole project
};

// Each point's sum is exact and rounded once, like every other figure.
std::vector<CumulativePoint> cumulative_days(const CountingResult& result, Date to);

MonitoringFigures compute_monitoring(const CountingInput& input, const CountingResult& result,
                                     const Period& period);

}  // namespace polku
