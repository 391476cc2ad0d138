#pragma once
// The audit trail report (`report audit`): JSON, one CSV table, and the document (xlsx, pdf,
// html). Each row is one recorded change; a reader follows a figure to the rows that moved it.

#include <optional>
#include <string>
#include <vector>

#include "core/audit_record.hpp"
#include "core/date.hpp"
#include "reports/document.hpp"

namespace polku::reports {

struct AuditReport {
    std::optional<Date> from;
    std::optional<Date> to;
    std::string employee_id;   // the --person filter, when given
    std::string project_code;  // the --project filter, when given
    std::vector<AuditEntry> entries;
};

// Keys and values as JSON objects, as stored; filters that were not given are null.
std::string write_audit_json(const AuditReport& report);

// changed_at, actor, action, table_name, record, old_values, new_values: the values as
// "name = value" lists.
Table audit_table(const AuditReport& report);

Document audit_document(const AuditReport& report, Language language);

}  // namespace polku::reports
