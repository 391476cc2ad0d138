#include "reports/monitoring_tables.hpp"

namespace polku::reports {

namespace {

Cell text_or_empty(const std::optional<std::string>& s) {
    return s ? Cell{*s} : Cell{Empty{}};
}

Cell target_cell(const TargetRow& t, const std::optional<std::int64_t>& v) {
    if (!v) {
        return Empty{};
    }
    return t.day_metric ? Cell{Hundredths{*v}} : Cell{*v};
}

Table summary(const MonitoringReport& r) {
    const auto& p = r.project;
    const auto& f = r.figures;
    Table t{"summary", {"item", "value"}, {}};
    const auto add = [&](std::string item, Cell value) {
        t.rows.push_back({std::move(item), std::move(value)});
    };
    add("project_code", p.code);
    add("project_name", p.name);
    add("implementer", text_or_empty(p.implementer));
    add("implementer_business_id", text_or_empty(p.implementer_business_id));
    add("authority", text_or_empty(p.authority));
    add("project_start", p.start);
    add("project_end", p.end);
    add("project_extended_end", p.extended_end ? Cell{*p.extended_end} : Cell{Empty{}});
    add("period_from", f.period.from);
    add("period_to", f.period.to);
    add("rule_day_minutes", std::int64_t{p.rules.day_minutes});
    add("rule_cap_per_day", std::string(p.rules.cap_per_day ? "yes" : "no"));
    add("rule_rounding", std::string(name_of(p.rules.rounding)));
    std::string excluded;
    for (Kind k : p.rules.excluded_kinds) {
        excluded += (excluded.empty() ? "" : "|") + std::string(name_of(k));
    }
    add("rule_excluded_kinds", excluded);
    const auto& s = f.participants_started;
    add("participants_started_total", s.total);
    add("participants_started_women", s.women);
    add("participants_started_men", s.men);
    add("participants_started_other", s.other);
    add("participants_started_not_given", s.not_given);
    add("participants_distinct", f.participants_distinct);
    add("participations", f.participations);
    add("events", f.events);
    const auto& d = f.days_hundredths;
    add("person_training_days_total", Hundredths{d.total});
    add("person_training_days_women", Hundredths{d.women});
    add("person_training_days_men", Hundredths{d.men});
    add("person_training_days_other", Hundredths{d.other});
    add("person_training_days_not_given", Hundredths{d.not_given});
    add("flagged_outside_project_span", f.flagged_outside_span);
    return t;
}

Table target_groups(const MonitoringFigures& f) {
    Table t{"target_groups", {"target_group", "participants_started", "person_training_days"}, {}};
    for (const auto& g : f.by_target_group) {
        t.rows.push_back({g.name, g.participants_started, Hundredths{g.days_hundredths}});
    }
    return t;
}

Table kinds(const MonitoringFigures& f) {
    Table t{"kinds", {"kind", "events", "participations", "person_training_days"}, {}};
    for (const auto& k : f.by_kind) {
        t.rows.push_back({std::string(name_of(k.kind)), k.events, k.participations,
                          Hundredths{k.days_hundredths}});
    }
    return t;
}

Table esf(const MonitoringFigures& f) {
    const auto& e = f.esf;
    Table t{"esf_indicators", {"indicator", "category", "participants_started"}, {}};
    const auto add = [&](const char* indicator, std::string category, std::int64_t n) {
        t.rows.push_back({std::string(indicator), std::move(category), n});
    };
    add("age", "under_25", e.age_under_25);
    add("age", "25_54", e.age_25_54);
    add("age", "55_over", e.age_55_over);
    add("age", "not_given", e.age_not_given);
    for (std::size_t i = 0; i < e.education.size(); ++i) {
        add("education", std::string(name_of(static_cast<Education>(i))), e.education[i]);
    }
    add("education", "not_given", e.education_not_given);
    for (std::size_t i = 0; i < e.labour_status.size(); ++i) {
        add("labour_status", std::string(name_of(static_cast<LabourStatus>(i))),
            e.labour_status[i]);
    }
    add("labour_status", "not_given", e.labour_status_not_given);
    return t;
}

Table targets(const MonitoringFigures& f) {
    Table t{"targets",
            {"metric", "target_group", "planned", "realised", "realised_in_period", "percent",
             "expected", "forecast"},
            {}};
    for (const auto& r : f.targets) {
        t.rows.push_back({r.metric, text_or_empty(r.target_group), target_cell(r, r.planned),
                          target_cell(r, r.realised), target_cell(r, r.realised_in_period),
                          r.percent_tenths ? Cell{Tenths{*r.percent_tenths}} : Cell{Empty{}},
                          target_cell(r, r.expected), target_cell(r, r.forecast)});
    }
    return t;
}

}  // namespace

std::vector<Table> monitoring_tables(const MonitoringReport& report) {
    return {summary(report), target_groups(report.figures), kinds(report.figures),
            esf(report.figures), targets(report.figures)};
}

}  // namespace polku::reports
