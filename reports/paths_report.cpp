#include "reports/paths_report.hpp"

#include <nlohmann/json.hpp>

#include <charconv>

#include "core/quantity.hpp"
#include "reports/cell_text.hpp"
#include "reports/translation.hpp"
#include "reports/vocabulary.hpp"

namespace polku::reports {

namespace {

using Json = nlohmann::ordered_json;

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

}  // namespace

void for_each_status(const PathsReport& report,
                     const std::function<void(const PathResult&, const AssignmentStatus&)>& visit) {
    for (const auto& result : report.paths) {
        for (const auto& assignment : result.assignments) {
            visit(result, report.judge->judge(result.path.path, assignment));
        }
    }
}

namespace {

// JSON text written by hand for the million step objects of a large report: nlohmann builds
// a tree per object, which made the JSON eight times slower than the CSV. Strings go through
// nlohmann's own escaping, so both write the same text.
void append_string(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            // nlohmann's spelling: \n, \t, … and \u00XX for the rest.
            switch (c) {
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                case '\b':
                    out += "\\b";
                    break;
                case '\f':
                    out += "\\f";
                    break;
                default:
                    out += "\\u00";
                    out += hex[byte >> 4];
                    out += hex[byte & 0xF];
            }
        } else {
            out += c;  // UTF-8 as it is (names are checked on import)
        }
    }
    out += '"';
}

// A number without the locale lookups of std::to_string.
void append_number(std::string& out, std::int64_t value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
}

void append_date(std::string& out, const std::optional<Date>& date) {
    if (date) {
        out += '"';
        out += format_iso_date(*date);
        out += '"';
    } else {
        out += "null";
    }
}

void append_status(std::string& out, const PathsReport& report, const StepStatus& s,
                   const StepLabels& labels, StepKind kind) {
    out += "{\"step\":";
    append_number(out, labels.number);
    out += ",\"state\":\"";
    out += name_of(s.state);
    out += "\",\"due\":";
    append_date(out, s.due);
    out += ",\"completed_on\":";
    append_date(out, s.completed_on);
    out += ",\"completed_by\":";
    if (s.completed_by) {
        out += '"';
        out += name_of(*s.completed_by);
        out += '"';
    } else {
        out += "null";
    }
    out += s.late ? ",\"late\":true" : ",\"late\":false";
    if (kind == StepKind::competence) {
        out += ",\"minutes\":";
        append_number(out, s.minutes);
        out += ",\"required_minutes\":";
        append_number(out, s.required_minutes);
    }
    if (kind == StepKind::course) {
        out += ",\"sessions_attended\":";
        append_number(out, s.sessions_attended);
        out += ",\"sessions_required\":";
        append_number(out, s.sessions_required);
    }
    if (s.sign_off) {
        out += ",\"signed_off\":{\"date\":";
        append_date(out, s.sign_off->date);
        out += ",\"by\":";
        append_string(out, person_of(report, s.sign_off->by).employee_id);
        out += ",\"note\":";
        append_string(out, s.sign_off->note);
        out += '}';
    }
    out += '}';
}

}  // namespace

namespace {

// One overdue step as the overdue table lists it.
struct OverdueStep {
    const PathResult* result = nullptr;
    PersonKey person = 0;
    std::uint32_t step = 0;  // index into the path's steps
    std::optional<Date> due;
    int minutes = 0;
    int required_minutes = 0;
};

// The overdue steps of one verdict, in step order.
template <typename Visit>
void overdue_of(const PathResult& result, const AssignmentStatus& status, const Visit& visit) {
    for (std::size_t s = 0; s < status.steps.size(); ++s) {
        const auto& st = status.steps[s];
        if (st.state == StepState::overdue) {
            visit(OverdueStep{&result, status.assignment.person, static_cast<std::uint32_t>(s),
                              st.due, st.minutes, st.required_minutes});
        }
    }
}

std::vector<Cell> overdue_cells(const PathsReport& report, const OverdueStep& o) {
    const auto& path = o.result->path;
    const auto& who = person_of(report, o.person);
    const bool competence = path.path.steps[o.step].kind == StepKind::competence;
    return {path.project_code,
            path.path_id,
            who.employee_id,
            who.last_name,
            who.first_name,
            std::int64_t{path.steps[o.step].number},
            step_name(path.steps[o.step]),
            date_cell(o.due),
            competence ? Cell{std::int64_t{o.minutes}} : Cell{Empty{}},
            competence ? Cell{std::int64_t{o.required_minutes}} : Cell{Empty{}}};
}

}  // namespace

void write_paths_json(const PathsReport& report, const ByteSink& out) {
    Json scope = Json::object();
    if (report.project) {
        scope["project"] = *report.project;
    }
    if (report.supervisor) {
        scope["supervisor"] = {{"employee_id", report.supervisor->employee_id},
                               {"first_name", report.supervisor->first_name},
                               {"last_name", report.supervisor->last_name}};
    }
    // The overdue steps, listed after the paths: a few words each, kept from the one pass
    // that judges every assignment.
    std::vector<OverdueStep> overdue;
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
        for (std::size_t i = 0; i < result.assignments.size(); ++i) {
            const auto status = report.judge->judge(path.path, result.assignments[i]);
            const auto& who = person_of(report, status.assignment.person);
            buffer += i ? ",\n      {\"employee_id\":" : "\n      {\"employee_id\":";
            append_string(buffer, who.employee_id);
            buffer += ",\"first_name\":";
            append_string(buffer, who.first_name);
            buffer += ",\"last_name\":";
            append_string(buffer, who.last_name);
            buffer += ",\"start\":";
            append_date(buffer, status.assignment.start);
            buffer += ",\"due\":";
            append_date(buffer, status.assignment.due);
            buffer += ",\"progress\":{\"complete\":";
            append_number(buffer, status.progress.complete);
            buffer += ",\"mandatory\":";
            append_number(buffer, status.progress.mandatory);
            buffer += ",\"percent\":";
            if (status.progress.percent_tenths) {
                append_string(buffer, format_fixed(*status.progress.percent_tenths, 1));
            } else {
                buffer += "null";
            }
            buffer += "},\"steps\":[";
            for (std::size_t s = 0; s < status.steps.size(); ++s) {
                if (s) {
                    buffer += ',';
                }
                append_status(buffer, report, status.steps[s], path.steps[s],
                              path.path.steps[s].kind);
            }
            overdue_of(result, status, [&](const OverdueStep& o) { overdue.push_back(o); });
            buffer += "]}";
            flush();
        }
        buffer += result.assignments.empty() ? "]}" : "\n     ]}";
    }
    buffer += report.paths.empty() ? "],\n" : "\n  ],\n";
    buffer += "  \"overdue\": [";
    const auto columns = paths_overdue_columns();
    bool first = true;
    for (const OverdueStep& o : overdue) {
        const auto cells = overdue_cells(report, o);
        buffer += first ? "\n    {" : ",\n    {";
        first = false;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            buffer += c ? ",\"" : "\"";
            buffer += columns[c];
            buffer += "\":";
            const Cell& cell = cells[c];
            if (const auto* text = std::get_if<std::string>(&cell)) {
                append_string(buffer, *text);
            } else if (const auto* number = std::get_if<std::int64_t>(&cell)) {
                append_number(buffer, *number);
            } else if (const auto* date = std::get_if<Date>(&cell)) {
                append_date(buffer, *date);
            } else {
                buffer += "null";
            }
        }
        buffer += '}';
        flush();
    }
    buffer += first ? "]\n}\n" : "\n  ]\n}\n";
    out(buffer);
}

std::vector<std::string> paths_matrix_columns() {
    return {"project",
            "path_id",
            "employee_id",
            "last_name",
            "first_name",
            "step",
            "step_name",
            "kind",
            "mandatory",
            "state",
            "due",
            "completed_on",
            "completed_by",
            "late",
            "minutes",
            "required_minutes",
            "sessions_attended",
            "sessions_required",
            "signed_off_by"};
}

void for_each_matrix_row(const PathsReport& report, const RowSink& sink) {
    std::vector<Cell> cells;
    for_each_status(report, [&](const PathResult& result, const AssignmentStatus& status) {
        const auto& who = person_of(report, status.assignment.person);
        for (std::size_t s = 0; s < status.steps.size(); ++s) {
            const auto& st = status.steps[s];
            const auto& step = result.path.path.steps[s];
            const auto& labels = result.path.steps[s];
            const bool competence = step.kind == StepKind::competence;
            const bool course = step.kind == StepKind::course;
            cells = {
                result.path.project_code,
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
                st.sign_off ? Cell{person_of(report, st.sign_off->by).employee_id} : Cell{Empty{}}};
            sink(cells, RowStyle::normal);
        }
    });
}

std::vector<std::string> paths_progress_columns() {
    return {"project", "path_id", "path_name", "employee_id", "last_name",       "first_name",
            "start",   "due",     "complete",  "mandatory",   "progress_percent"};
}

void for_each_progress_row(const PathsReport& report, const RowSink& sink) {
    for_each_status(report, [&](const PathResult& result, const AssignmentStatus& status) {
        const auto& who = person_of(report, status.assignment.person);
        sink({result.path.project_code, result.path.path_id, result.path.path.name, who.employee_id,
              who.last_name, who.first_name, status.assignment.start,
              date_cell(status.assignment.due), std::int64_t{status.progress.complete},
              std::int64_t{status.progress.mandatory}, percent_cell(status.progress)},
             RowStyle::normal);
    });
}

std::vector<std::string> paths_overdue_columns() {
    return {"project", "path_id",   "employee_id", "last_name", "first_name",
            "step",    "step_name", "due",         "minutes",   "required_minutes"};
}

void for_each_overdue_row(const PathsReport& report, const RowSink& sink) {
    for_each_status(report, [&](const PathResult& result, const AssignmentStatus& status) {
        overdue_of(result, status,
                   [&](const OverdueStep& o) { sink(overdue_cells(report, o), RowStyle::normal); });
    });
}

std::size_t overdue_count(const PathsReport& report) {
    std::size_t count = 0;
    for_each_status(report, [&](const PathResult&, const AssignmentStatus& status) {
        for (const auto& st : status.steps) {
            count += st.state == StepState::overdue ? 1 : 0;
        }
    });
    return count;
}

std::string step_cell_text(const StepStatus& st, const PathStep& step, Language language) {
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
        assignments += result.assignments.size();
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
            s.headings.push_back(
                std::to_string(path.steps[i].number) + " " + step_name(path.steps[i]) +
                (path.path.steps[i].mandatory ? std::string()
                                              : " (" + tr(language, N_("optional")) + ")"));
            s.widths.push_back(16);
        }
        s.row_count = result->assignments.size();
        s.for_each_row = [&report, result, language](const RowSink& sink) {
            std::vector<Cell> cells;
            for (const auto& assignment : result->assignments) {
                const auto status = report.judge->judge(result->path.path, assignment);
                const auto& who = person_of(report, status.assignment.person);
                cells = {full_name(who), who.employee_id, percent_cell(status.progress)};
                for (std::size_t i = 0; i < status.steps.size(); ++i) {
                    cells.push_back(
                        step_cell_text(status.steps[i], result->path.path.steps[i], language));
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
