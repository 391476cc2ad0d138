#include "reports/audit_report.hpp"

#include <nlohmann/json.hpp>

#include "reports/vocabulary.hpp"

namespace polku::reports {

namespace {

using Json = nlohmann::ordered_json;

Json fields_json(const AuditFields& fields) {
    Json object = Json::object();
    for (const auto& [name, value] : fields) {
        if (const auto* n = std::get_if<std::int64_t>(&value)) {
            object[name] = *n;
        } else if (const auto* s = std::get_if<std::string>(&value)) {
            object[name] = *s;
        } else {
            object[name] = nullptr;
        }
    }
    return object;
}

Json optional_text(const std::string& text) {
    return text.empty() ? Json(nullptr) : Json(text);
}

Json optional_date(const std::optional<Date>& date) {
    return date ? Json(format_iso_date(*date)) : Json(nullptr);
}

}  // namespace

std::string write_audit_json(const AuditReport& report) {
    Json out;
    out["report"] = "audit";
    out["filters"] = {{"from", optional_date(report.from)},
                      {"to", optional_date(report.to)},
                      {"person", optional_text(report.employee_id)},
                      {"project", optional_text(report.project_code)}};
    Json entries = Json::array();
    for (const auto& e : report.entries) {
        const auto& c = e.change;
        entries.push_back(
            {{"id", e.id},
             {"changed_at", e.at},
             {"actor", e.actor},
             {"action", std::string(name_of(c.action))},
             {"table", c.table},
             {"key", fields_json(c.key)},
             {"old", c.old_values.empty() ? Json(nullptr) : fields_json(c.old_values)},
             {"new", c.new_values.empty() ? Json(nullptr) : fields_json(c.new_values)}});
    }
    out["entries"] = std::move(entries);
    return out.dump(2) + "\n";
}

Table audit_table(const AuditReport& report) {
    Table table{
        "audit",
        {"changed_at", "actor", "action", "table_name", "record", "old_values", "new_values"},
        {}};
    for (const auto& e : report.entries) {
        const auto& c = e.change;
        table.rows.push_back({e.at, e.actor, std::string(name_of(c.action)), c.table,
                              describe(c.key), describe(c.old_values), describe(c.new_values)});
    }
    return table;
}

Document audit_document(const AuditReport& report, Language language) {
    Document d;
    d.language = language;
    d.title = label(language, "audit");
    const auto add = [&](const char* id, Cell value) {
        if (!std::holds_alternative<Empty>(value)) {
            d.header.push_back({label(language, id), std::move(value)});
        }
    };
    add("period_from", report.from ? Cell{*report.from} : Cell{Empty{}});
    add("period_to", report.to ? Cell{*report.to} : Cell{Empty{}});
    add("person", report.employee_id.empty() ? Cell{Empty{}} : Cell{report.employee_id});
    add("project", report.project_code.empty() ? Cell{Empty{}} : Cell{report.project_code});
    add("changes", static_cast<std::int64_t>(report.entries.size()));
    d.sections.push_back(labelled_section(audit_table(report), language, {"action"}));
    return d;
}

}  // namespace polku::reports
