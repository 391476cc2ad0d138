#pragma once
// The paths report (docs/formats-paths.md): for each path a person × step matrix, each
// person's progress and the overdue steps, as of a date. The model holds the assignments and
// core's PathJudge; each assignment is judged by core as a writer reaches it (a hundred
// thousand assignments are never a million verdicts in memory), and writers only format.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/competence_paths.hpp"
#include "core/path_labels.hpp"
#include "reports/csv_writer.hpp"
#include "reports/document.hpp"
#include "reports/table.hpp"

namespace polku::reports {

struct PathResult {
    DescribedPath path;
    std::vector<Assignment> assignments;  // in the order the report lists them
};

struct PathsReport {
    Date to;
    std::optional<std::string> project;     // chosen with --project
    std::optional<NamedPerson> supervisor;  // chosen with --supervisor
    std::vector<PathResult> paths;
    std::unordered_map<PersonKey, NamedPerson> people;  // the assigned and who signed off
    std::shared_ptr<const PathJudge> judge;             // as of `to`
};

// Each assignment of each path, in order, with its verdict.
void for_each_status(const PathsReport& report,
                     const std::function<void(const PathResult&, const AssignmentStatus&)>& visit);

// Streamed person by person: 20,000 people on five paths are never one JSON tree. Stable
// keys; progress as a one-decimal string ("66.7"), dates ISO. `out` is called from a thread
// of the writer's own, one call after another, while the caller's thread makes the next
// chunk (and another judges ahead); what it throws is rethrown here.
void write_paths_json(const PathsReport& report, const ByteSink& out);

// The three tables (CSV, and the document's overdue section): a row per person and step, a
// row per assignment, a row per overdue step.
std::vector<std::string> paths_matrix_columns();
void for_each_matrix_row(const PathsReport& report, const RowSink& sink);
// The matrix as write_csv writes for_each_matrix_row, byte for byte, with no cell made: its
// 1.2 million rows for 20,000 people on five paths of twelve steps took a second through the
// cells. `out` is called as write_paths_json calls it.
void write_paths_matrix_csv(const PathsReport& report, CsvStyle style, const ByteSink& out);
std::vector<std::string> paths_progress_columns();
void for_each_progress_row(const PathsReport& report, const RowSink& sink);
std::vector<std::string> paths_overdue_columns();
void for_each_overdue_row(const PathsReport& report, const RowSink& sink);
std::size_t overdue_count(const PathsReport& report);

// A matrix cell in words, so it reads without colour: "done 15.3.2026", "90 / 240 min",
// "1 / 3 sessions", "OVERDUE (due 1.3.2026) 60 / 240 min", "–" (the documents and the
// desktop's team grid).
std::string step_cell_text(const StepStatus& status, const PathStep& step, Language language);

// xlsx, pdf, html: a section per path (people down, steps across, each cell in words:
// done with its date, minutes or sessions so far, overdue with its due date), then the
// overdue steps.
Document paths_document(const PathsReport& report, Language language);

}  // namespace polku::reports
