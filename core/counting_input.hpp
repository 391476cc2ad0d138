#pragma once
// What the counting engine counts: plain values, read from the database in one pass or
// made by hand in a test. No database, no I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/age_band.hpp"
#include "core/date.hpp"
#include "core/kinds.hpp"

namespace polku {

using PersonKey = std::int64_t;
using EventKey = std::int64_t;

// The per-project counting rules (domain.md rules 3–5), shown on every report.
struct CountingRules {
    int day_minutes = 360;
    bool cap_per_day = true;
    DayRounding rounding = DayRounding::none;
    std::vector<Kind> excluded_kinds;

    bool counts(Kind kind) const;
};

// The dates that count: start .. extended end (or end), both inclusive.
struct ProjectSpan {
    Date start;
    Date end;
    bool contains(Date d) const { return start <= d && d <= end; }
    // Days from start to end, both counted.
    int days() const { return days_between(start, end) + 1; }
};

// One attendance mark (already turned into minutes by attended_minutes) or one individual
// activity. Entries of any kind, date and minutes are given: the engine decides what counts.
struct Entry {
    PersonKey person = 0;
    EventKey event = 0;  // 0 for an individual activity
    Date date;
    Kind kind = Kind::course;
    int minutes = 0;
};

struct PersonFacts {
    PersonKey id = 0;
    std::optional<Gender> gender;
    std::optional<int> birth_year;
    // An erased person's band at their start in this project, kept when the birth year went.
    std::optional<AgeBand> erased_age_band;
    bool erased = false;
    std::optional<Education> education;
    std::optional<LabourStatus> labour_status;
    std::vector<std::int64_t> target_groups;  // ids of this project's groups
};

struct EventFacts {
    EventKey id = 0;
    Kind kind = Kind::course;
    std::vector<Date> session_dates;
};

struct TargetGroupFacts {
    std::int64_t id = 0;
    std::string name;
};

struct Target {
    std::string metric;
    std::optional<std::int64_t> target_group;  // id
    std::int64_t planned_hundredths = 0;
};

struct CountingInput {
    CountingRules rules;
    ProjectSpan span;
    std::vector<Entry> entries;
    std::vector<PersonFacts> people;  // everyone an entry names
    std::vector<EventFacts> events;
    std::vector<TargetGroupFacts> target_groups;
    std::vector<Target> targets;
};

}  // namespace polku
