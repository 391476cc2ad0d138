#pragma once
// AuditFields as the audit_log table stores them: a JSON object, names in their order.

#include <string>

#include "core/audit_record.hpp"

namespace polku::db {

std::string audit_json(const AuditFields& fields);
// Throws DatabaseError when the stored text is not such an object.
AuditFields parse_audit_json(const std::string& text);

}  // namespace polku::db
