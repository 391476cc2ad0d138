#pragma once
// Writing the audit trail: one row per change, inside the caller's transaction, so a change
// and its audit row are committed together or not at all.

#include <string>

#include "core/audit_record.hpp"
#include "db/record_importer.hpp"

namespace polku::db {

class Database;

// Who is changing the data: the OS user on SQLite (a file has no users of its own), the
// database role on PostgreSQL (what the server's grants are given to). Throws DatabaseError.
std::string audit_actor(Database& db);

// "2026-11-24T06:15:02Z": now, in UTC, to the second.
std::string utc_timestamp_now();

class AuditLog {
  public:
    // Throws DatabaseError.
    explicit AuditLog(Database& db);

    // Appends `change` with the time and the actor. Never commits. Throws DatabaseError.
    void record(const AuditChange& change);

    const std::string& actor() const { return m_actor; }

  private:
    Database& m_db;
    std::string m_actor;
};

// The one audit row of an import (issue 8): the kind, the file by name and SHA-256, and how
// many records were new, updated and unchanged. Never commits. Throws DatabaseError.
void record_import(Database& db, const std::string& kind, const std::string& file,
                   const std::string& sha256, const ImportCounts& counts);

}  // namespace polku::db
