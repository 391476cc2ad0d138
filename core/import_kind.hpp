#pragma once
// The kinds of import file (formats.md "CSV in").

#include <optional>
#include <span>
#include <string_view>

#include "core/csv_columns.hpp"

namespace polku {

enum class ImportKind {
    projects,
    targets,
    people,
    events,
    sessions,
    attendance,
    activities,
    competencies,  // a Moodle competency framework export (docs/formats-competences.md)
    competences,
    course_competences,
    event_competences,  // competence paths (docs/formats-paths.md)
    activity_competences,
    paths,
    path_steps,
    assignments,
    signoffs
};

// "people" ↔ ImportKind::people
std::optional<ImportKind> import_kind_from_name(std::string_view name);
std::string_view import_kind_name(ImportKind kind);
// Every kind's name, in the enum's order.
std::span<const std::string_view> import_kind_names();
std::span<const ColumnSpec> import_columns(ImportKind kind);

}  // namespace polku
