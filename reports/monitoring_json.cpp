#include "reports/monitoring_json.hpp"

#include <nlohmann/json.hpp>

#include "core/quantity.hpp"

namespace polku::reports {

namespace {

using Json = nlohmann::ordered_json;

Json date_or_null(const std::optional<Date>& d) {
    return d ? Json(format_iso_date(*d)) : Json(nullptr);
}

std::string days(std::int64_t hundredths) {
    return format_hundredths(hundredths);
}

Json target_value(const TargetRow& t, std::optional<std::int64_t> v) {
    if (!v) {
        return nullptr;
    }
    return t.day_metric ? Json(days(*v)) : Json(*v);
}

Json targets_json(const std::vector<TargetRow>& targets) {
    Json rows = Json::array();
    for (const auto& t : targets) {
        Json percent = nullptr;
        if (t.percent_tenths) {
            percent = format_fixed(*t.percent_tenths, 1);
        }
        rows.push_back(
            Json{{"metric", t.metric},
                 {"target_group", t.target_group ? Json(*t.target_group) : Json(nullptr)},
                 {"planned", target_value(t, t.planned)},
                 {"realised", target_value(t, t.realised)},
                 {"realised_in_period", target_value(t, t.realised_in_period)},
                 {"percent", percent},
                 {"expected", target_value(t, t.expected)},
                 {"forecast", target_value(t, t.forecast)}});
    }
    return rows;
}

Json esf_json(const EsfIndicators& e) {
    Json education = Json::object();
    for (std::size_t i = 0; i < e.education.size(); ++i) {
        education[std::string(name_of(static_cast<Education>(i)))] = e.education[i];
    }
    education["not_given"] = e.education_not_given;
    Json labour = Json::object();
    for (std::size_t i = 0; i < e.labour_status.size(); ++i) {
        labour[std::string(name_of(static_cast<LabourStatus>(i)))] = e.labour_status[i];
    }
    labour["not_given"] = e.labour_status_not_given;
    return Json{{"age",
                 {{"under_25", e.age_under_25},
                  {"25_54", e.age_25_54},
                  {"55_over", e.age_55_over},
                  {"not_given", e.age_not_given}}},
                {"education", education},
                {"labour_status", labour}};
}

}  // namespace

std::string write_monitoring_json(const MonitoringReport& report) {
    const auto& p = report.project;
    const auto& f = report.figures;
    Json excluded = Json::array();
    for (Kind k : p.rules.excluded_kinds) {
        excluded.push_back(std::string(name_of(k)));
    }
    Json by_group = Json::array();
    for (const auto& g : f.by_target_group) {
        by_group.push_back(Json{{"target_group", g.name},
                                {"participants_started", g.participants_started},
                                {"person_training_days", days(g.days_hundredths)}});
    }
    Json by_kind = Json::array();
    for (const auto& k : f.by_kind) {
        by_kind.push_back(Json{{"kind", std::string(name_of(k.kind))},
                               {"events", k.events},
                               {"participations", k.participations},
                               {"person_training_days", days(k.days_hundredths)}});
    }
    const auto& s = f.participants_started;
    const auto& d = f.days_hundredths;
    Json out{{"project",
              {{"code", p.code},
               {"name", p.name},
               {"implementer", p.implementer ? Json(*p.implementer) : Json(nullptr)},
               {"implementer_business_id",
                p.implementer_business_id ? Json(*p.implementer_business_id) : Json(nullptr)},
               {"authority", p.authority ? Json(*p.authority) : Json(nullptr)},
               {"start", format_iso_date(p.start)},
               {"end", format_iso_date(p.end)},
               {"extended_end", date_or_null(p.extended_end)}}},
             {"period",
              {{"from", format_iso_date(f.period.from)}, {"to", format_iso_date(f.period.to)}}},
             {"rules",
              {{"day_minutes", p.rules.day_minutes},
               {"cap_per_day", p.rules.cap_per_day},
               {"rounding", std::string(name_of(p.rules.rounding))},
               {"excluded_kinds", excluded}}},
             {"participants_started",
              {{"total", s.total},
               {"women", s.women},
               {"men", s.men},
               {"other", s.other},
               {"not_given", s.not_given}}},
             {"participants_distinct", f.participants_distinct},
             {"participations", f.participations},
             {"events", f.events},
             {"person_training_days",
              {{"total", days(d.total)},
               {"women", days(d.women)},
               {"men", days(d.men)},
               {"other", days(d.other)},
               {"not_given", days(d.not_given)}}},
             {"by_target_group", by_group},
             {"by_kind", by_kind},
             {"targets", targets_json(f.targets)},
             {"esf_indicators", esf_json(f.esf)},
             {"flagged", Json::array({Json{{"reason", "outside_project_span"},
                                           {"count", f.flagged_outside_span}}})}};
    return out.dump(2) + "\n";
}

}  // namespace polku::reports
