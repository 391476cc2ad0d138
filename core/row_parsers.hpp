#pragma once
// One parser per import file of formats.md: the columns the file may have, and a function
// that turns one record into a typed value or records every problem it has. Only rules that
// need no stored data live here; references (does the project exist?) are checked by the
// import against the database.

#include <optional>
#include <span>

#include "core/csv_columns.hpp"
#include "core/records.hpp"

namespace polku {

// What a row parser needs to know about the world: today's year, for birth years.
struct RowContext {
    int current_year = 2026;
};

std::span<const ColumnSpec> project_columns();
std::span<const ColumnSpec> target_columns();
std::span<const ColumnSpec> person_columns();
std::span<const ColumnSpec> event_columns();
std::span<const ColumnSpec> session_columns();
std::span<const ColumnSpec> attendance_columns();
std::span<const ColumnSpec> activity_columns();

// Each returns nullopt when the row has errors (recorded through `row`).
std::optional<ProjectRecord> parse_project_row(const RowFields& row, const RowContext& context);
std::optional<TargetRecord> parse_target_row(const RowFields& row, const RowContext& context);
std::optional<PersonRecord> parse_person_row(const RowFields& row, const RowContext& context);
std::optional<EventRecord> parse_event_row(const RowFields& row, const RowContext& context);
std::optional<SessionRecord> parse_session_row(const RowFields& row, const RowContext& context);
std::optional<AttendanceRecord> parse_attendance_row(const RowFields& row,
                                                     const RowContext& context);
std::optional<ActivityRecord> parse_activity_row(const RowFields& row, const RowContext& context);

// "yes"/"no" (also kyllä/ei, true/false, 1/0), case-insensitively; nullopt for anything else.
std::optional<bool> parse_yes_no(std::string_view text);

// Target metrics whose planned value is a count (a whole number); the rest are days or free.
bool is_count_metric(std::string_view metric);
bool is_day_metric(std::string_view metric);

}  // namespace polku
