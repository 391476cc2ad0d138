#include "core/import_kind.hpp"

#include <array>

#include "core/competence_rows.hpp"
#include "core/path_rows.hpp"
#include "core/row_parsers.hpp"

namespace polku {

namespace {
constexpr std::array<std::string_view, 16> kNames = {"projects",
                                                     "targets",
                                                     "people",
                                                     "events",
                                                     "sessions",
                                                     "attendance",
                                                     "activities",
                                                     "competencies",
                                                     "competences",
                                                     "course_competences",
                                                     "event_competences",
                                                     "activity_competences",
                                                     "paths",
                                                     "path_steps",
                                                     "assignments",
                                                     "signoffs"};
}

std::optional<ImportKind> import_kind_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) {
            return static_cast<ImportKind>(i);
        }
    }
    return std::nullopt;
}

std::span<const std::string_view> import_kind_names() {
    return kNames;
}

std::string_view import_kind_name(ImportKind kind) {
    return kNames[static_cast<std::size_t>(kind)];
}

std::span<const ColumnSpec> import_columns(ImportKind kind) {
    switch (kind) {
        case ImportKind::projects:
            return project_columns();
        case ImportKind::targets:
            return target_columns();
        case ImportKind::people:
            return person_columns();
        case ImportKind::events:
            return event_columns();
        case ImportKind::sessions:
            return session_columns();
        case ImportKind::attendance:
            return attendance_columns();
        case ImportKind::activities:
            return activity_columns();
        case ImportKind::competencies:
            return competency_columns();
        case ImportKind::competences:
            return competence_columns();
        case ImportKind::course_competences:
            return course_competence_columns();
        case ImportKind::event_competences:
            return event_competence_columns();
        case ImportKind::activity_competences:
            return activity_competence_columns();
        case ImportKind::paths:
            return path_columns();
        case ImportKind::path_steps:
            return path_step_columns();
        case ImportKind::assignments:
            return assignment_columns();
        case ImportKind::signoffs:
            return sign_off_columns();
    }
    return {};
}

}  // namespace polku
