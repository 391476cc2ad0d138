#pragma once
// The competence files (docs/formats-competences.md): a Moodle competency framework export
// (tool_lpimportcsv, 14 columns, one row the framework itself), a plain competences.csv and
// course_competences.csv. Their columns, one parser per row, and the check of a framework's
// parent links (every parent known, no chain that goes round). References to stored data
// are resolved by db/.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv_columns.hpp"
#include "core/error.hpp"

namespace polku {

// One row of a Moodle export. Descriptions, scales, rules and cross-references are kept as
// the file has them (untrimmed, line breaks and all); names and id numbers are trimmed.
struct CompetencyRow {
    bool is_framework = false;
    std::optional<std::string> parent;  // parent's id number; blank: directly under the framework
    std::string id_number;
    std::string short_name;
    std::optional<std::string> description;
    int description_format = 1;  // Moodle: 0 moodle, 1 html, 2 plain, 4 markdown
    std::optional<std::string> scale_values;
    std::optional<std::string> scale_configuration;
    std::optional<std::string> rule_type;
    std::optional<std::string> rule_outcome;
    std::optional<std::string> rule_config;
    std::optional<std::string> related_id_numbers;
    std::optional<std::string> export_id;
    std::optional<std::string> taxonomies;  // the framework row's
};

// competences.csv: one competence of a framework named by its id number.
struct CompetenceRecord {
    std::string framework;
    std::string id_number;
    std::optional<std::string> parent;
    std::string name;
    std::optional<std::string> description;
};

// course_competences.csv: a course builds a competence; optionally the course's required
// attendance share.
struct CourseCompetenceRecord {
    std::string course;
    std::string competence;
    std::optional<std::string> framework;
    std::optional<int> required_share;  // percent, 1..100
};

std::span<const ColumnSpec> competency_columns();
std::span<const ColumnSpec> competence_columns();
std::span<const ColumnSpec> course_competence_columns();

// Each returns nullopt when the row has errors (recorded through `row`).
std::optional<CompetencyRow> parse_competency_row(const RowFields& row);
// Does the Moodle row say it is the framework (whatever else is wrong with it)?
bool is_framework_row(const RowFields& row);
std::optional<CompetenceRecord> parse_competence_row(const RowFields& row);
std::optional<CourseCompetenceRecord> parse_course_competence_row(const RowFields& row);

// The columns errors of the Moodle file name, as Moodle writes them.
inline constexpr std::string_view kCompetencyIdColumn = "ID number";
inline constexpr std::string_view kCompetencyParentColumn = "Parent ID number";
inline constexpr std::string_view kCompetencyFrameworkColumn = "Is framework";

// One competence of a file as far as its place in the tree goes.
struct CompetenceNode {
    std::string id_number;
    std::optional<std::string> parent;
    std::size_t line = 0;
};

// Checks one framework's parent links: every parent is a node or a stored competence
// (`stored`: id number → its stored parent's id number), and no chain of parents goes round.
// The file's nodes override what is stored. Errors go on `column` of the node's line; a cycle
// is reported once, on the line of its first member in the file, naming every member.
// `where` completes "no competence with ID number 'X' …" ("in this file").
void check_competence_tree(const std::vector<CompetenceNode>& nodes,
                           const std::map<std::string, std::optional<std::string>>& stored,
                           std::string_view column, std::string_view where, ErrorList& errors);

}  // namespace polku
