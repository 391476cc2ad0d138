#include "reports/transcript_report.hpp"

#include <nlohmann/json.hpp>

#include "core/quantity.hpp"
#include "core/time_of_day.hpp"
#include "reports/vocabulary.hpp"

namespace polku::reports {

namespace {

using Json = nlohmann::ordered_json;

Hundredths hours(std::int64_t minutes) {
    return Hundredths{hours_hundredths(minutes)};
}

std::string person_name(const PersonCard& p) {
    return p.first_name + " " + p.last_name;
}

Json optional_time(const std::optional<int>& t) {
    return t ? Json(format_time_of_day(*t)) : Json(nullptr);
}

}  // namespace

std::string write_transcript_json(const Transcript& t) {
    Json projects = Json::array();
    for (const auto& p : t.projects) {
        Json lines = Json::array();
        for (const auto& l : p.lines) {
            lines.push_back(
                Json{{"date", format_iso_date(l.date)},
                     {"kind", std::string(name_of(l.kind))},
                     {"event_id", l.event_id.empty() ? Json(nullptr) : Json(l.event_id)},
                     {"title", l.title},
                     {"start", optional_time(l.start)},
                     {"end", optional_time(l.end)},
                     {"status", l.status ? Json(std::string(name_of(*l.status))) : Json(nullptr)},
                     {"minutes", l.minutes},
                     {"counted", l.counted}});
        }
        projects.push_back(Json{{"code", p.code},
                                {"name", p.name},
                                {"lines", lines},
                                {"minutes", p.minutes},
                                {"hours", format_hundredths(hours(p.minutes).value)},
                                {"person_training_days", format_hundredths(p.days_hundredths)}});
    }
    Json steps = Json::array();
    for (const auto& step : t.steps) {
        steps.push_back(Json{{"project", step.project},
                             {"path_id", step.path_id},
                             {"path_name", step.path_name},
                             {"step", step.number},
                             {"step_name", step.step},
                             {"completed_on", format_iso_date(step.completed_on)},
                             {"completed_by", std::string(name_of(step.completed_by))}});
    }
    Json competences = Json::array();
    for (const auto& c : t.competences) {
        competences.push_back(Json{{"competence", c.competence},
                                   {"minutes", c.minutes},
                                   {"hours", format_hundredths(hours(c.minutes).value)}});
    }
    const auto& who = t.person;
    const auto optional_text = [](const std::optional<std::string>& s) {
        return s ? Json(*s) : Json(nullptr);
    };
    const auto optional_date = [](const std::optional<Date>& d) {
        return d ? Json(format_iso_date(*d)) : Json(nullptr);
    };
    Json out{{"person",
              {{"employee_id", who.employee_id},
               {"first_name", who.first_name},
               {"last_name", who.last_name},
               {"organisation", optional_text(who.organisation)},
               {"unit", optional_text(who.unit)}}},
             {"period", {{"from", optional_date(t.from)}, {"to", optional_date(t.to)}}},
             {"projects", projects},
             {"steps_completed", steps},
             {"competences", competences},
             {"totals",
              {{"minutes", t.minutes},
               {"hours", format_hundredths(hours(t.minutes).value)},
               {"person_training_days", format_hundredths(t.days_hundredths)}}}};
    return out.dump(2) + "\n";
}

Table transcript_table(const Transcript& t) {
    Table table{"transcript",
                {"row", "project", "date", "kind", "event_id", "title", "start", "end", "status",
                 "minutes", "hours", "counted", "days_counted"},
                {}};
    const auto time_cell = [](const std::optional<int>& v) {
        return v ? Cell{format_time_of_day(*v)} : Cell{Empty{}};
    };
    for (const auto& p : t.projects) {
        for (const auto& l : p.lines) {
            table.rows.push_back(
                {std::string("entry"), p.code, l.date, std::string(name_of(l.kind)),
                 l.event_id.empty() ? Cell{Empty{}} : Cell{l.event_id}, l.title, time_cell(l.start),
                 time_cell(l.end), l.status ? Cell{std::string(name_of(*l.status))} : Cell{Empty{}},
                 std::int64_t{l.minutes}, hours(l.minutes), std::string(l.counted ? "yes" : "no"),
                 Empty{}});
        }
        table.rows.push_back({std::string("subtotal"), p.code, Empty{}, Empty{}, Empty{}, p.name,
                              Empty{}, Empty{}, Empty{}, p.minutes, hours(p.minutes), Empty{},
                              Hundredths{p.days_hundredths}});
    }
    table.rows.push_back({std::string("total"), Empty{}, Empty{}, Empty{}, Empty{}, Empty{},
                          Empty{}, Empty{}, Empty{}, t.minutes, hours(t.minutes), Empty{},
                          Hundredths{t.days_hundredths}});
    return table;
}

Document transcript_document(const Transcript& t, Language language) {
    Document d;
    d.language = language;
    d.title = label(language, "transcript");
    d.subtitle = person_name(t.person) + " (" + t.person.employee_id + ")";
    const auto add = [&](const char* id, Cell value) {
        if (!std::holds_alternative<Empty>(value)) {
            d.header.push_back({label(language, id), std::move(value)});
        }
    };
    add("name", person_name(t.person));
    add("employee_id", t.person.employee_id);
    add("organisation", t.person.organisation ? Cell{*t.person.organisation} : Cell{Empty{}});
    add("unit", t.person.unit ? Cell{*t.person.unit} : Cell{Empty{}});
    add("period_from", t.from ? Cell{*t.from} : Cell{Empty{}});
    add("period_to", t.to ? Cell{*t.to} : Cell{Empty{}});
    add("hours", hours(t.minutes));
    add("person_training_days", Hundredths{t.days_hundredths});

    Table table = transcript_table(t);
    std::vector<RowStyle> styles;
    for (const auto& row : table.rows) {
        const auto& kind = std::get<std::string>(row[0]);
        styles.push_back(kind == "total"      ? RowStyle::total
                         : kind == "subtotal" ? RowStyle::subtotal
                                              : RowStyle::normal);
    }
    Section s = labelled_section(std::move(table), language, {"row", "kind", "status", "counted"});
    // The row kind column says what the style already shows: keep it, it names the rows in
    // a spreadsheet too. Give the rows their styles.
    s.for_each_row = [inner = s.for_each_row, styles](const RowSink& sink) {
        std::size_t i = 0;
        inner([&](const std::vector<Cell>& cells, RowStyle) { sink(cells, styles[i++]); });
    };
    d.sections.push_back(std::move(s));

    if (!t.steps.empty()) {
        Table steps{"steps_completed",
                    {"project", "path_name", "step", "step_name", "completed_on", "completed_by"},
                    {}};
        for (const auto& step : t.steps) {
            steps.rows.push_back({step.project, step.path_name, std::int64_t{step.number},
                                  step.step, step.completed_on,
                                  std::string(name_of(step.completed_by))});
        }
        d.sections.push_back(labelled_section(std::move(steps), language, {"completed_by"}));
    }
    if (!t.competences.empty()) {
        Table competences{"competences_built", {"competence", "minutes", "hours"}, {}};
        for (const auto& c : t.competences) {
            competences.rows.push_back({c.competence, c.minutes, hours(c.minutes)});
        }
        d.sections.push_back(labelled_section(std::move(competences), language));
    }
    return d;
}

}  // namespace polku::reports
