#include "reports/monitoring_document.hpp"

#include "reports/monitoring_tables.hpp"
#include "reports/vocabulary.hpp"

namespace polku::reports {

namespace {

bool is_header_item(const std::string& item) {
    return item.starts_with("project_") || item.starts_with("implementer") || item == "authority" ||
           item.starts_with("period_") || item.starts_with("rule_");
}

// The summary table less what the title block and the rules box already say.
Table key_figures(const Table& summary) {
    Table t{summary.name, summary.columns, {}};
    for (const auto& row : summary.rows) {
        if (!is_header_item(std::get<std::string>(row[0]))) {
            t.rows.push_back(row);
        }
    }
    return t;
}

std::optional<Chart> days_chart(const MonitoringReport& report, Language language) {
    const auto& f = report.figures;
    const auto span = report.project.span();
    Chart chart;
    chart.title = label(language, "chart");
    chart.y_label = label(language, "person_training_days");
    chart.from = span.start;
    chart.to = span.end;
    const TargetRow* target = nullptr;
    for (const auto& t : f.targets) {
        if (t.metric == "person_training_days" && !t.target_group) {
            target = &t;
        }
    }
    if (target) {
        chart.series.push_back({label(language, "straight_line"),
                                ChartSeries::Line::dashed,
                                {{span.start, 0}, {span.end, target->planned}}});
    }
    ChartSeries realised{label(language, "realised_line"), ChartSeries::Line::solid, {}};
    realised.points.push_back({span.start, 0});
    for (const auto& p : f.cumulative_days) {
        realised.points.push_back({p.date, p.days_hundredths});
    }
    const std::int64_t so_far = realised.points.back().hundredths;
    if (realised.points.back().date < f.period.to) {
        realised.points.push_back({f.period.to, so_far});
    }
    chart.series.push_back(std::move(realised));
    if (target && target->forecast && f.period.to < span.end) {
        chart.series.push_back({label(language, "forecast_line"),
                                ChartSeries::Line::dotted,
                                {{f.period.to, so_far}, {span.end, *target->forecast}}});
    }
    return chart;
}

}  // namespace

std::vector<Field> project_header(const ProjectInfo& p, const Period& period, Language language) {
    std::vector<Field> fields;
    const auto add = [&](const char* id, Cell value) {
        if (!std::holds_alternative<Empty>(value)) {
            fields.push_back({label(language, id), std::move(value)});
        }
    };
    const auto optional_text = [](const std::optional<std::string>& s) {
        return s ? Cell{*s} : Cell{Empty{}};
    };
    add("project_code", p.code);
    add("project_name", p.name);
    add("implementer", optional_text(p.implementer));
    add("implementer_business_id", optional_text(p.implementer_business_id));
    add("authority", optional_text(p.authority));
    add("project_start", p.start);
    add("project_end", p.end);
    add("project_extended_end", p.extended_end ? Cell{*p.extended_end} : Cell{Empty{}});
    add("period_from", period.from);
    add("period_to", period.to);
    return fields;
}

std::vector<Field> rules_fields(const CountingRules& rules, Language language) {
    std::string excluded;
    for (Kind k : rules.excluded_kinds) {
        excluded += (excluded.empty() ? "" : ", ") + label(language, name_of(k));
    }
    return {
        {label(language, "rule_day_minutes"), std::int64_t{rules.day_minutes}},
        {label(language, "rule_cap_per_day"), label(language, rules.cap_per_day ? "yes" : "no")},
        {label(language, "rule_rounding"), label(language, name_of(rules.rounding))},
        {label(language, "rule_excluded_kinds"),
         excluded.empty() ? label(language, "no_excluded_kinds") : excluded},
    };
}

Document monitoring_document(const MonitoringReport& report, Language language) {
    const auto tables = monitoring_tables(report);
    Document d;
    d.language = language;
    d.title = label(language, "monitoring");
    d.subtitle = report.project.code + " " + report.project.name;
    d.header = project_header(report.project, report.figures.period, language);
    d.rules_title = label(language, "rules");
    d.rules = rules_fields(report.project.rules, language);
    d.chart = days_chart(report, language);
    for (const auto& table : tables) {
        if (table.name == "summary") {
            d.sections.push_back(labelled_section(key_figures(table), language, {"item"}));
        } else {
            d.sections.push_back(
                labelled_section(table, language, {"kind", "indicator", "category", "metric"}));
        }
    }
    return d;
}

}  // namespace polku::reports
