#pragma once
// The competence path files (docs/formats-paths.md): paths, their steps, assignments,
// sign-offs and the competence tags of events and activities. Their columns and one parser
// per row; references to stored data (projects, people, competences) are resolved by db/.

#include <optional>
#include <span>
#include <string>

#include "core/competence_paths.hpp"
#include "core/csv_columns.hpp"
#include "core/kinds.hpp"

namespace polku {

// paths.csv
struct PathRecord {
    std::string project;
    std::string path_id;
    std::string name;
    std::optional<std::string> target_group;
    std::optional<std::string> description;
};

// path_steps.csv: one step of a path; its number orders the steps.
struct PathStepRecord {
    std::string project;
    std::string path_id;
    int number = 0;
    StepKind kind = StepKind::signoff;
    std::optional<std::string> title;
    std::optional<std::string> competence;  // competence steps: an ID number
    std::optional<std::string> framework;   // only when the ID number is in two frameworks
    int required_minutes = 0;               // competence steps
    std::optional<std::string> course;      // course steps: a course title
    bool mandatory = true;
    std::optional<int> due_days;
};

// assignments.csv: a person, or every member of a target group, on a path.
struct AssignmentRecord {
    std::string project;
    std::string path_id;
    std::optional<std::string> employee_id;
    std::optional<std::string> target_group;  // exactly one of employee_id and target_group
    Date start;
    std::optional<Date> due;
};

// signoffs.csv
struct SignOffRecord {
    std::string project;
    std::string path_id;
    int step = 0;
    std::string employee_id;
    Date date;
    std::string by;  // the supervisor's employee_id
    std::optional<std::string> note;
};

// event_competences.csv: an event builds a competence.
struct EventCompetenceRecord {
    std::string event_id;
    std::string competence;
    std::optional<std::string> framework;
};

// activity_competences.csv: an individual activity (by its key) builds a competence.
struct ActivityCompetenceRecord {
    std::string employee_id;
    std::string project;
    Date date;
    Kind kind = Kind::self_study;  // self_study, coaching or other
    std::string competence;
    std::optional<std::string> framework;
};

std::span<const ColumnSpec> path_columns();
std::span<const ColumnSpec> path_step_columns();
std::span<const ColumnSpec> assignment_columns();
std::span<const ColumnSpec> sign_off_columns();
std::span<const ColumnSpec> event_competence_columns();
std::span<const ColumnSpec> activity_competence_columns();

// Each returns nullopt when the row has errors (recorded through `row`).
std::optional<PathRecord> parse_path_row(const RowFields& row);
std::optional<PathStepRecord> parse_path_step_row(const RowFields& row);
std::optional<AssignmentRecord> parse_assignment_row(const RowFields& row);
std::optional<SignOffRecord> parse_sign_off_row(const RowFields& row);
std::optional<EventCompetenceRecord> parse_event_competence_row(const RowFields& row);
std::optional<ActivityCompetenceRecord> parse_activity_competence_row(const RowFields& row);

// The column a step problem of check_path belongs on.
inline constexpr std::string_view kStepColumn = "step";

}  // namespace polku
