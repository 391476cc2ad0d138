#pragma once
// The audit trail report: the recorded changes a query selects.

#include "db/audit_repository.hpp"
#include "reports/audit_report.hpp"

namespace polku::app {

// Throws InputError (unknown person or project, from after to), DatabaseError.
reports::AuditReport audit_report(db::Database& db, const db::AuditQuery& query);

// A record's history, oldest first: the rows about a person (their own record, their marks,
// activities, sign-offs…). Throws InputError (no such person), DatabaseError.
std::vector<AuditEntry> person_history(db::Database& db, const std::string& employee_id);
// The rows about an event: the event itself, its sessions and their marks (rows whose record
// names the event). Throws InputError (no such event), DatabaseError.
std::vector<AuditEntry> event_history(db::Database& db, const std::string& event_id);

}  // namespace polku::app
