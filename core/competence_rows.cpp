#include "core/competence_rows.hpp"

#include <algorithm>
#include <set>

#include "core/message.hpp"
#include "core/quantity.hpp"
#include "core/text.hpp"

namespace polku {

namespace {

// The Moodle export's columns in its order. Names as Moodle's English strings write them
// today; aliases as older versions wrote them (Moodle's own example.csv) and without
// "(optional)".
enum CompetencyCol {
    mc_parent,
    mc_id_number,
    mc_short_name,
    mc_description,
    mc_description_format,
    mc_scale_values,
    mc_scale_configuration,
    mc_rule_type,
    mc_rule_outcome,
    mc_rule_config,
    mc_related,
    mc_export_id,
    mc_is_framework,
    mc_taxonomy
};
constexpr ColumnSpec kCompetencyColumns[] = {
    {kCompetencyParentColumn, true, "parent id number|parent_id_number", kMaxNameLength},
    {kCompetencyIdColumn, true, "id_number|idnumber", kMaxNameLength},
    {"Short name", true, "shortname|short_name"},
    {"Description", false},
    {"Description format", false, "description_format|descriptionformat"},
    {"Scale values", false, "scale_values|scalevalues"},
    {"Scale configuration", false, "scale_configuration|scaleconfiguration"},
    {"Rule type (optional)", false, "rule type|rule_type|ruletype"},
    {"Rule outcome (optional)", false, "rule outcome|rule_outcome|ruleoutcome"},
    {"Rule config (optional)", false, "rule config|rule_config|ruleconfig"},
    {"Cross-referenced competency ID numbers", false,
     "cross referenced competency id numbers|related_id_numbers|relatedidnumbers"},
    {"Exported ID (optional)", false, "exported id|export_id|exportid"},
    {kCompetencyFrameworkColumn, true, "is_framework|isframework"},
    {"Taxonomy", false, "taxonomies"}};

enum CompetenceCol { c_framework, c_id_number, c_parent, c_name, c_description };
constexpr ColumnSpec kCompetenceColumns[] = {{"framework", true, {}, kMaxNameLength},
                                             {"id_number", true, {}, kMaxNameLength},
                                             {"parent", false, {}, kMaxNameLength},
                                             {"name", true},
                                             {"description", false}};

enum CourseCompetenceCol { cc_course, cc_competence, cc_framework, cc_required_share };
constexpr ColumnSpec kCourseCompetenceColumns[] = {{"course", true, {}, kMaxNameLength},
                                                   {"competence", true},
                                                   {"framework", false},
                                                   {"required_share", false}};

// The field as the file has it, or nullopt when it is blank.
std::optional<std::string> verbatim(const RowFields& row, std::size_t column) {
    if (row.blank(column)) {
        return std::nullopt;
    }
    return std::string(row.raw(column));
}

std::optional<bool> parse_is_framework(std::string_view text) {
    const std::string value = ascii_lower(text);
    if (value.empty() || value == "0" || value == "false" || value == "no") {
        return false;
    }
    if (value == "1" || value == "true" || value == "yes") {
        return true;
    }
    return std::nullopt;
}

}  // namespace

std::span<const ColumnSpec> competency_columns() {
    return kCompetencyColumns;
}
std::span<const ColumnSpec> competence_columns() {
    return kCompetenceColumns;
}
std::span<const ColumnSpec> course_competence_columns() {
    return kCourseCompetenceColumns;
}

bool is_framework_row(const RowFields& row) {
    return parse_is_framework(row.text(mc_is_framework)).value_or(false);
}

std::optional<CompetencyRow> parse_competency_row(const RowFields& row) {
    CompetencyRow r;
    const auto is_framework = parse_is_framework(row.text(mc_is_framework));
    if (!is_framework) {
        row.error(mc_is_framework,
                  message(N_("'{}' is not 1 (the framework's row) or 0 (a competence)"),
                          row.text(mc_is_framework)));
    } else {
        r.is_framework = *is_framework;
    }
    r.parent = row.optional_text(mc_parent);
    if (r.is_framework && r.parent) {
        row.error(mc_parent, message(N_("the framework's row has no parent; leave {} blank"),
                                     kCompetencyParentColumn));
    }
    auto id_number = row.required_text(mc_id_number);
    auto short_name = row.required_text(mc_short_name);
    r.description = verbatim(row, mc_description);
    if (auto format = row.optional_whole(mc_description_format, 0, 4)) {
        if (*format == 3) {
            row.error(mc_description_format,
                      translate(N_("3 is not a text format; expected 0 (Moodle), 1 (HTML), "
                                   "2 (plain) or 4 (Markdown)")));
        }
        r.description_format = static_cast<int>(*format);
    }
    r.scale_values = verbatim(row, mc_scale_values);
    r.scale_configuration = verbatim(row, mc_scale_configuration);
    r.rule_type = verbatim(row, mc_rule_type);
    r.rule_outcome = row.optional_text(mc_rule_outcome);
    r.rule_config = verbatim(row, mc_rule_config);
    r.related_id_numbers = verbatim(row, mc_related);
    r.export_id = row.optional_text(mc_export_id);
    r.taxonomies = row.optional_text(mc_taxonomy);
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.id_number = *id_number;
    r.short_name = *short_name;
    return r;
}

std::optional<CompetenceRecord> parse_competence_row(const RowFields& row) {
    CompetenceRecord r;
    auto framework = row.required_text(c_framework);
    auto id_number = row.required_text(c_id_number);
    r.parent = row.optional_text(c_parent);
    auto name = row.required_text(c_name);
    r.description = verbatim(row, c_description);
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.framework = *framework;
    r.id_number = *id_number;
    r.name = *name;
    return r;
}

std::optional<CourseCompetenceRecord> parse_course_competence_row(const RowFields& row) {
    CourseCompetenceRecord r;
    auto course = row.required_text(cc_course);
    auto competence = row.required_text(cc_competence);
    r.framework = row.optional_text(cc_framework);
    if (!row.blank(cc_required_share)) {
        // "80", "80%" or "80 %"
        std::string_view text = row.text(cc_required_share);
        if (text.ends_with('%')) {
            text = trim(text.substr(0, text.size() - 1));
        }
        const auto share = parse_whole_number(text);
        if (!share.ok()) {
            row.error(cc_required_share,
                      message(N_("{} (a percentage from 1 to 100)"), share.problem));
        } else if (share.value < 1 || share.value > 100) {
            row.error(cc_required_share,
                      message(N_("{} is out of range; a share is a percentage from 1 to 100"),
                              share.value));
        } else {
            r.required_share = static_cast<int>(share.value);
        }
    }
    if (row.error_count() > 0) {
        return std::nullopt;
    }
    r.course = *course;
    r.competence = *competence;
    return r;
}

void check_competence_tree(const std::vector<CompetenceNode>& nodes,
                           const std::map<std::string, std::optional<std::string>>& stored,
                           std::string_view column, std::string_view where, ErrorList& errors) {
    std::map<std::string, std::optional<std::string>> parent_of = stored;
    std::map<std::string, std::size_t> line_of;
    for (const auto& node : nodes) {
        parent_of[node.id_number] = node.parent;
        line_of.emplace(node.id_number, node.line);
    }
    for (const auto& node : nodes) {
        if (node.parent && !parent_of.count(*node.parent)) {
            errors.add(node.line, std::string(column),
                       message(N_("no competence with ID number '{}' {}; a parent must be a "
                                  "competence of the same framework (leave it blank for the "
                                  "top level)"),
                               *node.parent, where));
        }
    }
    // A chain ends at the top level or at an unknown parent (reported above).
    std::set<std::string> reported;
    for (const auto& node : nodes) {
        if (reported.count(node.id_number)) {
            continue;
        }
        std::vector<std::string> path{node.id_number};
        std::set<std::string> on_path{node.id_number};
        const auto parent_of_id = [&](const std::string& id) {
            const auto it = parent_of.find(id);
            return it == parent_of.end() ? std::nullopt : it->second;
        };
        for (auto parent = parent_of_id(node.id_number); parent; parent = parent_of_id(*parent)) {
            if (!on_path.insert(*parent).second) {
                if (*parent != node.id_number) {
                    break;  // a cycle above this node, reported from its own first member
                }
                std::string text;
                for (const auto& member : path) {
                    if (auto it = line_of.find(member); it != line_of.end()) {
                        text += message(N_("{} (line {})"), member, it->second);
                    } else {
                        text += member;
                    }
                    text += " → ";
                    reported.insert(member);
                }
                text += node.id_number;
                errors.add(node.line, std::string(column),
                           message(N_("the parents go round in a cycle: {}; one of them must "
                                      "have another parent"),
                                   text));
                break;
            }
            path.push_back(*parent);
        }
    }
}

}  // namespace polku
