#include "core/monitoring_figures.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/error.hpp"
#include "core/fraction_sum.hpp"
#include "core/message.hpp"
#include "core/row_parsers.hpp"

namespace polku {

namespace {

bool in(Date d, Date from, Date to) {
    return from <= d && d <= to;
}

template <typename T>
T& gender_slot(ByGender<T>& by, const std::optional<Gender>& g) {
    if (!g) {
        return by.not_given;
    }
    switch (*g) {
        case Gender::female:
            return by.women;
        case Gender::male:
            return by.men;
        case Gender::other:
            return by.other;
    }
    return by.not_given;
}

struct PairHash {
    std::size_t operator()(const std::pair<PersonKey, EventKey>& p) const noexcept {
        return std::hash<std::int64_t>()(p.first * 1000003 ^ p.second);
    }
};

// Figures over one date range, optionally for the members of one target group only.
struct Aggregate {
    ByGender<std::int64_t> started;
    std::int64_t distinct = 0;
    std::unordered_set<std::pair<PersonKey, EventKey>, PairHash> participations;
    std::int64_t events = 0;
    ByGender<FractionSum> days;
};

class Counter {
  public:
    Counter(const CountingInput& input, const CountingResult& result)
        : m_input(input), m_result(result) {
        for (const auto& p : input.people) {
            m_people.emplace(p.id, &p);
        }
        for (const auto& e : input.events) {
            m_events.emplace(e.id, &e);
        }
    }

    const PersonFacts* person(PersonKey id) const {
        auto it = m_people.find(id);
        return it == m_people.end() ? nullptr : it->second;
    }
    const EventFacts* event(EventKey id) const {
        auto it = m_events.find(id);
        return it == m_events.end() ? nullptr : it->second;
    }
    bool member(PersonKey id, std::optional<std::int64_t> group) const {
        if (!group) {
            return true;
        }
        const auto* p = person(id);
        return p && std::find(p->target_groups.begin(), p->target_groups.end(), *group) !=
                        p->target_groups.end();
    }
    std::optional<Gender> gender(PersonKey id) const {
        const auto* p = person(id);
        return p ? p->gender : std::nullopt;
    }

    // The figures over from..to for a group (or everyone), counted once per request however
    // many rows and targets ask for them.
    const Aggregate& aggregate(Date from, Date to, std::optional<std::int64_t> group) const {
        const auto day = [](Date d) { return std::chrono::sys_days{d}.time_since_epoch().count(); };
        const auto key = std::make_tuple(day(from), day(to), group.has_value(), group.value_or(0));
        auto it = m_aggregates.find(key);
        if (it == m_aggregates.end()) {
            it = m_aggregates.emplace(key, compute_aggregate(from, to, group)).first;
        }
        return it->second;
    }

    Aggregate compute_aggregate(Date from, Date to, std::optional<std::int64_t> group) const {
        Aggregate a;
        for (const auto& [id, start] : m_result.start_dates) {
            if (in(start, from, to) && member(id, group)) {
                ++a.started.total;
                ++gender_slot(a.started, gender(id));
            }
        }
        std::unordered_set<PersonKey> distinct;
        // Every day value has the same denominator: plain integer sums, exact, added once.
        ByGender<std::int64_t> values;
        for (const auto& day : m_result.days) {
            if (in(day.date, from, to) && member(day.person, group)) {
                distinct.insert(day.person);
                values.total += day.value;
                gender_slot(values, gender(day.person)) += day.value;
            }
        }
        for (auto [sum, slot] :
             {std::pair{values.total, &a.days.total}, std::pair{values.women, &a.days.women},
              std::pair{values.men, &a.days.men}, std::pair{values.other, &a.days.other},
              std::pair{values.not_given, &a.days.not_given}}) {
            slot->add(sum, m_result.denominator);
        }
        a.distinct = static_cast<std::int64_t>(distinct.size());
        for (const auto& e : m_input.entries) {
            if (e.event != 0 && in(e.date, from, to) &&
                is_counted(e, m_input.rules, m_input.span) && member(e.person, group)) {
                a.participations.insert({e.person, e.event});  // insert looks before it allocates
            }
        }
        if (!group) {
            for (const auto& ev : m_input.events) {
                if (event_held(ev, from, to)) {
                    ++a.events;
                }
            }
        } else {
            // For a group: the events its members took part in.
            std::set<EventKey> attended;
            for (const auto& [person, ev] : a.participations) {
                attended.insert(ev);
            }
            a.events = static_cast<std::int64_t>(attended.size());
        }
        return a;
    }

    bool event_held(const EventFacts& ev, Date from, Date to) const {
        if (!m_input.rules.counts(ev.kind)) {
            return false;
        }
        return std::any_of(ev.session_dates.begin(), ev.session_dates.end(),
                           [&](Date d) { return in(d, from, to) && m_input.span.contains(d); });
    }

  private:
    const CountingInput& m_input;
    const CountingResult& m_result;
    mutable std::map<std::tuple<long, long, bool, std::int64_t>, Aggregate> m_aggregates;
    std::unordered_map<PersonKey, const PersonFacts*> m_people;
    std::unordered_map<EventKey, const EventFacts*> m_events;
};

std::vector<KindRow> by_kind(const CountingInput& input, const CountingResult& result,
                             const Counter& counter, const Period& period, const Aggregate& a) {
    std::array<FractionSum, kKindCount> days;
    std::array<std::int64_t, kKindCount> whole_days{};  // days of one kind only: their whole value
    for (const auto& day : result.days) {
        if (!in(day.date, period.from, period.to) || day.raw_minutes == 0) {
            continue;
        }
        // The day's final value split in proportion to each kind's minutes that day.
        for (std::size_t k = 0; k < kKindCount; ++k) {
            if (day.kind_minutes[k] == day.raw_minutes) {
                whole_days[k] += day.value;
            } else if (day.kind_minutes[k] > 0) {
                days[k].add(day.value * day.kind_minutes[k], result.denominator * day.raw_minutes);
            }
        }
    }
    for (std::size_t k = 0; k < kKindCount; ++k) {
        days[k].add(whole_days[k], result.denominator);
    }
    std::array<std::int64_t, kKindCount> participations{};
    for (const auto& [person, ev] : a.participations) {
        if (const auto* e = counter.event(ev)) {
            ++participations[static_cast<std::size_t>(e->kind)];
        }
    }
    std::array<std::int64_t, kKindCount> events{};
    for (const auto& ev : input.events) {
        if (counter.event_held(ev, period.from, period.to)) {
            ++events[static_cast<std::size_t>(ev.kind)];
        }
    }
    std::vector<KindRow> rows;
    for (std::size_t k = 0; k < kKindCount; ++k) {
        const auto kind = static_cast<Kind>(k);
        if (input.rules.counts(kind)) {
            rows.push_back({kind, events[k], participations[k], days[k].hundredths()});
        }
    }
    return rows;
}

EsfIndicators esf_indicators(const CountingResult& result, const Counter& counter,
                             const Period& period) {
    EsfIndicators esf;
    for (const auto& [id, start] : result.start_dates) {
        if (!in(start, period.from, period.to)) {
            continue;
        }
        const auto* p = counter.person(id);
        std::optional<AgeBand> band;
        if (p && p->erased) {
            band = p->erased_age_band;
        } else if (p && p->birth_year) {
            band = age_band(*p->birth_year, start);
        }
        if (!band) {
            ++esf.age_not_given;
        } else {
            ++(*band == AgeBand::under_25        ? esf.age_under_25
               : *band == AgeBand::from_25_to_54 ? esf.age_25_54
                                                 : esf.age_55_over);
        }
        if (p && p->education) {
            ++esf.education[static_cast<std::size_t>(*p->education)];
        } else {
            ++esf.education_not_given;
        }
        if (p && p->labour_status) {
            ++esf.labour_status[static_cast<std::size_t>(*p->labour_status)];
        } else {
            ++esf.labour_status_not_given;
        }
    }
    return esf;
}

// A metric's realised value in its unit, from an aggregate; none for free counters.
std::optional<FractionSum> realised_value(const std::string& metric, const Aggregate& a) {
    FractionSum v;
    if (metric == "participants_started") {
        v.add(a.started.total, 1);
    } else if (metric == "participants_started_women") {
        v.add(a.started.women, 1);
    } else if (metric == "person_training_days") {
        v = a.days.total;
    } else if (metric == "person_training_days_women") {
        v = a.days.women;
    } else if (metric == "participations") {
        v.add(static_cast<std::int64_t>(a.participations.size()), 1);
    } else if (metric == "events") {
        v.add(a.events, 1);
    } else {
        return std::nullopt;
    }
    return v;
}

TargetRow target_row(const Target& target, const CountingInput& input, const Counter& counter,
                     const Period& period) {
    TargetRow row;
    row.metric = target.metric;
    row.day_metric = is_day_metric(target.metric);
    const std::int64_t unit = row.day_metric ? 100 : 1;  // the metric's unit per whole
    row.planned = row.day_metric ? target.planned_hundredths : target.planned_hundredths / 100;
    for (const auto& g : input.target_groups) {
        if (target.target_group && g.id == *target.target_group) {
            row.target_group = g.name;
        }
    }
    const auto& span = input.span;
    const int span_days = span.days();
    const Date to = std::min(period.to, span.end);
    const int elapsed = std::clamp(days_between(span.start, to) + 1, 0, span_days);
    // Straight line: planned × elapsed ÷ span days, rounded once.
    FractionSum planned;
    planned.add(target.planned_hundredths, 100);
    row.expected = planned.round_scaled_ratio(unit * elapsed, span_days);

    if (!is_count_metric(target.metric) && !is_day_metric(target.metric)) {
        return row;  // a free counter: planned only, until someone records it
    }
    const auto cumulative =
        realised_value(target.metric, counter.aggregate(span.start, to, target.target_group));
    const auto within = realised_value(
        target.metric, counter.aggregate(period.from, period.to, target.target_group));
    row.realised = cumulative->round_scaled(unit);
    row.realised_in_period = within->round_scaled(unit);
    if (target.planned_hundredths > 0) {
        // cumulative ÷ (planned_hundredths / 100) × 100 %, in tenths of a percent.
        row.percent_tenths = cumulative->round_scaled_ratio(100'000, target.planned_hundredths);
    }
    if (elapsed > 0) {
        row.forecast = cumulative->round_scaled_ratio(unit * span_days, elapsed);
    }
    return row;
}

}  // namespace

Period resolve_period(const ProjectSpan& span, std::optional<Date> from, std::optional<Date> to) {
    Period p{from.value_or(span.start), to.value_or(span.end)};
    if (p.to < span.start || span.end < p.from) {
        throw InputError(message(N_("the period {}–{} lies wholly outside the project ({}–{})"),
                                 format_fi_date(p.from), format_fi_date(p.to),
                                 format_fi_date(span.start), format_fi_date(span.end)));
    }
    if (p.to < p.from) {
        throw InputError(
            message(N_("the period starts ({}) after it ends ({}); give --from before --to"),
                    format_fi_date(p.from), format_fi_date(p.to)));
    }
    return p;
}

std::vector<CumulativePoint> cumulative_days(const CountingResult& result, Date to) {
    std::map<Date, std::int64_t> by_date;  // in units of 1/denominator day
    for (const auto& day : result.days) {
        if (day.date <= to && day.value > 0) {
            by_date[day.date] += day.value;
        }
    }
    std::vector<CumulativePoint> points;
    points.reserve(by_date.size());
    std::int64_t sum = 0;
    for (const auto& [date, value] : by_date) {
        sum += value;
        points.push_back({date, round_fraction(sum, result.denominator, 100)});
    }
    return points;
}

MonitoringFigures compute_monitoring(const CountingInput& input, const CountingResult& result,
                                     const Period& period) {
    const Counter counter(input, result);
    MonitoringFigures f;
    f.period = period;
    const auto& a = counter.aggregate(period.from, period.to, std::nullopt);
    f.participants_started = a.started;
    f.participants_distinct = a.distinct;
    f.participations = static_cast<std::int64_t>(a.participations.size());
    f.events = a.events;
    f.days_hundredths = {a.days.total.hundredths(), a.days.women.hundredths(),
                         a.days.men.hundredths(), a.days.other.hundredths(),
                         a.days.not_given.hundredths()};
    auto groups = input.target_groups;
    std::sort(groups.begin(), groups.end(),
              [](const auto& x, const auto& y) { return x.name < y.name; });
    for (const auto& g : groups) {
        const auto& ga = counter.aggregate(period.from, period.to, g.id);
        f.by_target_group.push_back({g.id, g.name, ga.started.total, ga.days.total.hundredths()});
    }
    f.by_kind = by_kind(input, result, counter, period, a);
    for (const auto& t : input.targets) {
        f.targets.push_back(target_row(t, input, counter, period));
    }
    f.esf = esf_indicators(result, counter, period);
    f.flagged_outside_span = result.flagged_outside_span;
    f.cumulative_days = cumulative_days(result, period.to);
    return f;
}

}  // namespace polku
