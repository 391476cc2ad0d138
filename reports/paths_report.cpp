#include "reports/paths_report.hpp"

#include <nlohmann/json.hpp>

#include "core/quantity.hpp"
#include "reports/cell_text.hpp"
#include "reports/translation.hpp"
#include "reports/vocabulary.hpp"

namespace polku::reports {

namespace {

using Json = nlohmann::ordered_json;

Json optional_date(const std::optional<Date>& date) {
    return date ? Json(format_iso_date(*date)) : Json(nullptr);
}

Cell date_cell(const std::optional<Date>& date) {
    return date ? Cell{*date} : Cell{Empty{}};
}

Cell percent_cell(const PathProgress& progress) {
    return progress.percent_tenths ? Cell{Tenths{*progress.percent_tenths}} : Cell{Empty{}};
}

const NamedPerson& person_of(const PathsReport& report, PersonKey key) {
    static const NamedPerson unknown{};
    const auto it = report.people.find(key);
    return it == report.people.end() ? unknown : it->second;
}

Json step_json(const PathStep& step, const StepLabels& labels) {
    Json j;
    j["step"] = labels.number;
    j["kind"] = name_of(step.kind);
    j["name"] = step_name(labels);
    j["competence"] = labels.competence.empty() ? Json(nullptr) : Json(labels.competence);
    j["course"] = labels.course.empty() ? Json(nullptr) : Json(labels.course);
    j["required_minutes"] =
        step.kind == StepKind::competence ? Json(step.required_minutes) : Json(nullptr);
    j["mandatory"] = step.mandatory;
    j["due_days"] = step.due_offset_days ? Json(*step.due_offset_days) : Json(nullptr);
    return j;
}

Json status_json(const PathsReport& report, const StepStatus& s, const StepLabels& labels,
                 StepKind kind) {
    Json j;
    j["step"] = labels.number;
    j["state"] = name_of(s.state);
    j["due"] = optional_date(s.due);
    j["completed_on"] = optional_date(s.completed_on);
    j["completed_by"] = s.completed_by ? Json(name_of(*s.completed_by)) : Json(nullptr);
    j["late"] = s.late;
    if (kind == StepKind::competence) {
        j["minutes"] = s.minutes;
        j["required_minutes"] = s.required_minutes;
    }
    if (kind == StepKind::course) {
        j["sessions_attended"] = s.sessions_attended;
        j["sessions_required"] = s.sessions_required;
    }
    if (s.sign_off) {
        j["signed_off"] = {{"date", format_iso_date(s.sign_off->date)},
                           {"by", person_of(report, s.sign_off->by).employee_id},
                           {"note", s.sign_off->note}};
    }
    return j;
}

Json progress_json(const PathProgress& p) {
    return {{"complete", p.complete},
            {"mandatory", p.mandatory},
            {"percent", p.percent_tenths ? Json(format_fixed(*p.percent_tenths, 1)) : Json(nullptr)}};
}

template <typename Visit>
void for_each_assignment(const PathsReport& report, const Visit& visit) {
    for (const auto& result : report.paths) {
        for (const auto& status : result.people) {
            visit(result, status);
        }
    }
}

}  // namespace

void write_paths_json(const PathsReport& report, const ByteSink& out) {
    Json scope;
    if (report.project) {
        scope["project"] = *report.project;
    }
    if (report.supervisor) {
        scope["supervisor"] = {{"employee_id", report.supervisor->employee_id},
                               {"first_name", report.supervisor->first_name},
                               {"last_name", report.supervisor->last_name}};
    }
    std::string buffer = "{\n  \"report\": \"paths\",\n  \"to\": \"" + format_iso_date(report.to) +
                         "\",\n  \"scope\": " + scope.dump() + ",\n  \"paths\": [";
    const auto flush = [&] {
        if (buffer.size() >= 65536) {
            out(buffer);
            buffer.clear();
        }
    };
    for (std::size_t p = 0; p < report.paths.size(); ++p) {
        const auto& result = report.paths[p];
        const auto& path = result.path;
        Json head;
        head["project"] = path.project_code;
        head["path_id"] = path.path_id;
        head["name"] = path.path.name;
        head["target_group"] = path.target_group ? Json(*path.target_group) : Json(nullptr);
        Json steps = Json::array();
        for (std::size_t s = 0; s < path.path.steps.size(); ++s) {
            steps.push_back(step_json(path.path.steps[s], path.steps[s]));
        }
        head["steps"] = std::move(steps);
        std::string text = head.dump();
        text.pop_back();  // the closing brace: the people follow
        buffer += (p ? ",\n    " : "\n    ") + text + ",\n     \"people\": [";
        for (std::size_t i = 0; i < result.people.size(); ++i) {
            const auto& status = result.people[i];
            const auto& who = person_of(report, status.assignment.person);
            Json person;
            person["employee_id"] = who.employee_id;
            person["first_name"] = who.first_name;
            person["last_name"] = who.last_name;
            person["start"] = format_iso_date(status.assignment.start);
            person["due"] = optional_date(status.assignment.due);
            person["progress"] = progress_json(status.progress);
            Json cells = Json::array();
            for (std::size_t s = 0; s < status.steps.size(); ++s) {
                cells.push_back(
                    status_json(report, status.steps[s], path.steps[s], path.path.steps[s].kind));
            }
            person["steps"] = std::move(cells);
            buffer += (i ? ",\n      " : "\n      ") + person.dump();
            flush();
        }
        buffer += result.people.empty() ? "]}" : "\n     ]}";
    }
    buffer += report.paths.empty() ? "],\n" : "\n  ],\n";
    buffer += "  \"overdue\": [";
    bool first = true;
    for_each_overdue_row(report, [&](const std::vector<Cell>& cells, RowStyle) {
        // The overdue table's cells, keyed by its columns.
        static const auto columns = paths_overdue_columns();
        Json row;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Cell& cell = cells[c];
            if (const auto* text = std::get_if<std::string>(&cell)) {
                row[columns[c]] = *text;
            } else if (const auto* number = std::get_if<std::int64_t>(&cell)) {
                row[columns[c]] = *number;
            } else if (const auto* date = std::get_if<Date>(&cell)) {
                row[columns[c]] = format_iso_date(*date);
            } else {
                row[columns[c]] = nullptr;
            }
        }
        buffer += (first ? "\n    " : ",\n    ") + row.dump();
        first = false;
        flush();
    });
    buffer += first ? "]\n}\n" : "\n  ]\n}\n";
    out(buffer);
}

std::vector<std::string> paths_matrix_columns() {
    return {"project",  "path_id",      "employee_id",      "last_name",    "first_name",
            "step",     "step_name",    "kind",             "mandatory",    "state",
            "due",      "completed_on", "completed_by",     "late",         "minutes",
            "required_minutes", "sessions_attended", "sessions_required", "signed_off_by"};
}

void for_each_matrix_row(const PathsReport& report, const RowSink& sink) {
    std::vector<Cell> cells;
    for_each_assignment(report, [&](const PathResult& result, const AssignmentStatus& status) {
        const auto& who = person_of(report, status.assignment.person);
        for (std::size_t s = 0; s < status.steps.size(); ++s) {
            const auto& st = status.steps[s];
            const auto& step = result.path.path.steps[s];
            const auto& labels = result.path.steps[s];
            const bool competence = step.kind == StepKind::competence;
            const bool course = step.kind == StepKind::course;
            cells = {result.path.project_code,
                     result.path.path_id,
                     who.employee_id,
                     who.last_name,
                     who.first_name,
                     std::int64_t{labels.number},
                     step_name(labels),
                     std::string(name_of(step.kind)),
                     std::string(step.mandatory ? "yes" : "no"),
                     std::string(name_of(st.state)),
                     date_cell(st.due),
                     date_cell(st.completed_on),
                     st.completed_by ? Cell{std::string(name_of(*st.completed_by))} : Cell{Empty{}},
                     std::string(st.late ? "yes" : "no"),
                     competence ? Cell{std::int64_t{st.minutes}} : Cell{Empty{}},
                     competence ? Cell{std::int64_t{st.required_minutes}} : Cell{Empty{}},
                     course ? Cell{std::int64_t{st.sessions_attended}} : Cell{Empty{}},
                     course ? Cell{std::int64_t{st.sessions_required}} : Cell{Empty{}},
                     st.sign_off ? Cell{person_of(report, st.sign_off->by).employee_id}
                                 : Cell{Empty{}}};
            sink(cells, RowStyle::normal);
        }
    });
}

std::vector<std::string> paths_progress_columns() {
    return {"project",   "path_id", "path_name", "employee_id", "last_name", "first_name",
            "start",     "due",     "complete",  "mandatory",   "progress_percent"};
}

void for_each_progress_row(const PathsReport& report, const RowSink& sink) {
    for_each_assignment(report, [&](const PathResult& result, const AssignmentStatus& status) {
        const auto& who = person_of(report, status.assignment.person);
        sink({result.path.project_code, result.path.path_id, result.path.path.name, who.employee_id,
              who.last_name, who.first_name, status.assignment.start,
              date_cell(status.assignment.due), std::int64_t{status.progress.complete},
              std::int64_t{status.progress.mandatory}, percent_cell(status.progress)},
             RowStyle::normal);
    });
}

std::vector<std::string> paths_overdue_columns() {
    return {"project",   "path_id", "employee_id", "last_name", "first_name",
            "step",      "step_name", "due",       "minutes",   "required_minutes"};
}

void for_each_overdue_row(const PathsReport& report, const RowSink& sink) {
    for_each_assignment(report, [&](const PathResult& result, const AssignmentStatus& status) {
        const auto& who = person_of(report, status.assignment.person);
        for (std::size_t s = 0; s < status.steps.size(); ++s) {
            const auto& st = status.steps[s];
            if (st.state != StepState::overdue) {
                continue;
            }
            const bool competence = result.path.path.steps[s].kind == StepKind::competence;
            sink({result.path.project_code, result.path.path_id, who.employee_id, who.last_name,
                  who.first_name, std::int64_t{result.path.steps[s].number},
                  step_name(result.path.steps[s]), date_cell(st.due),
                  competence ? Cell{std::int64_t{st.minutes}} : Cell{Empty{}},
                  competence ? Cell{std::int64_t{st.required_minutes}} : Cell{Empty{}}},
                 RowStyle::normal);
        }
    });
}

std::size_t overdue_count(const PathsReport& report) {
    std::size_t count = 0;
    for_each_assignment(report, [&](const PathResult&, const AssignmentStatus& status) {
        for (const auto& st : status.steps) {
            count += st.state == StepState::overdue ? 1 : 0;
        }
    });
    return count;
}

namespace {

// A matrix cell in words, so it reads without colour: "done 15.3.2026", "90 / 240 min",
// "1 / 3 sessions", "OVERDUE (due 1.3.2026)", "–".
std::string cell_words(const StepStatus& st, const PathStep& step, Language language) {
    const auto date = [&](const std::optional<Date>& d) {
        return d ? cell_text(Cell{*d}, language) : std::string();
    };
    std::string progress;
    if (step.kind == StepKind::competence && st.minutes > 0) {
        progress = std::to_string(st.minutes) + " / " + std::to_string(st.required_minutes) + " " +
                   tr(language, N_("min"));
    } else if (step.kind == StepKind::course && st.sessions_attended > 0) {
        progress = std::to_string(st.sessions_attended) + " / " +
                   std::to_string(st.sessions_required) + " " + tr(language, N_("sessions"));
    }
    switch (st.state) {
        case StepState::done:
            return tr(language, st.late ? N_("done late") : N_("done")) + " " +
                   date(st.completed_on);
        case StepState::in_progress:
            return progress;
        case StepState::overdue:
            return tr(language, N_("OVERDUE")) + " (" + tr(language, N_("due")) + " " +
                   date(st.due) + ")" + (progress.empty() ? "" : " " + progress);
        case StepState::not_started:
            return "–";
    }
    return {};
}

}  // namespace

Document paths_document(const PathsReport& report, Language language) {
    Document d;
    d.language = language;
    d.title = label(language, "paths");
    if (report.project) {
        d.subtitle = *report.project;
        d.header.push_back({label(language, "project"), *report.project});
    }
    if (report.supervisor) {
        d.subtitle = full_name(*report.supervisor) + " (" + report.supervisor->employee_id + ")";
        d.header.push_back({label(language, "supervisor"), d.subtitle});
    }
    d.header.push_back({label(language, "as_of"), report.to});
    std::size_t assignments = 0;
    for (const auto& result : report.paths) {
        assignments += result.people.size();
    }
    d.header.push_back({label(language, "assignments"), static_cast<std::int64_t>(assignments)});
    d.header.push_back(
        {label(language, "overdue_steps"), static_cast<std::int64_t>(overdue_count(report))});

    for (std::size_t p = 0; p < report.paths.size(); ++p) {
        const PathResult* result = &report.paths[p];
        const auto& path = result->path;
        Section s;
        s.name = "path_" + path.path_id;
        s.title = path.path.name + " (" + path.project_code + " " + path.path_id +
                  (path.target_group ? ", " + *path.target_group : std::string()) + ")";
        s.headings = {label(language, "name"), label(language, "employee_id"),
                      label(language, "progress")};
        s.widths = {24, 12, 10};
        for (std::size_t i = 0; i < path.steps.size(); ++i) {
            s.headings.push_back(std::to_string(path.steps[i].number) + " " +
                                 step_name(path.steps[i]) +
                                 (path.path.steps[i].mandatory
                                      ? std::string()
                                      : " (" + tr(language, N_("optional")) + ")"));
            s.widths.push_back(16);
        }
        s.row_count = result->people.size();
        s.for_each_row = [&report, result, language](const RowSink& sink) {
            std::vector<Cell> cells;
            for (const auto& status : result->people) {
                const auto& who = person_of(report, status.assignment.person);
                cells = {full_name(who), who.employee_id, percent_cell(status.progress)};
                for (std::size_t i = 0; i < status.steps.size(); ++i) {
                    cells.push_back(
                        cell_words(status.steps[i], result->path.path.steps[i], language));
                }
                sink(cells, RowStyle::normal);
            }
        };
        d.sections.push_back(std::move(s));
    }

    Section overdue;
    overdue.name = "overdue";
    overdue.title = label(language, "overdue_steps");
    for (const auto& c : paths_overdue_columns()) {
        overdue.headings.push_back(label(language, c));
    }
    overdue.widths = {10, 10, 12, 16, 14, 6, 28, 11, 9, 9};
    overdue.row_count = overdue_count(report);
    overdue.for_each_row = [&report](const RowSink& sink) { for_each_overdue_row(report, sink); };
    d.sections.push_back(std::move(overdue));
    return d;
}

}  // namespace polku::reports
