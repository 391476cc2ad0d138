#pragma once
// The audit trail report: the recorded changes a query selects.

#include "db/audit_repository.hpp"
#include "reports/audit_report.hpp"

namespace polku::app {

// Throws InputError (unknown person or project, from after to), DatabaseError.
reports::AuditReport audit_report(db::Database& db, const db::AuditQuery& query);

}  // namespace polku::app
