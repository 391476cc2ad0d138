#pragma once
// Reading the audit trail back for `report audit` and a record's history.

#include <optional>
#include <string>
#include <vector>

#include "core/audit_record.hpp"
#include "core/date.hpp"

namespace polku::db {

class Database;

struct AuditQuery {
    std::optional<Date> from;  // changes on or after this UTC date
    std::optional<Date> to;    // on or before
    std::string employee_id;   // only rows about this person, when given
    std::string project_code;  // only rows about this project, when given
};

class AuditRepository {
  public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    // The matching rows, oldest first. Throws InputError for an unknown employee id or
    // project code, DatabaseError.
    std::vector<AuditEntry> read(const AuditQuery& query);

  private:
    Database& m_db;
};

}  // namespace polku::db
