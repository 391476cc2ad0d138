#pragma once
// Writing the audit trail: one row per change, inside the caller's transaction, so a change
// and its audit row are committed together or not at all.

#include <memory>
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

// When and by whom an import writes. Its own row and the rows of the records it updated carry
// the same time (the import's start) and actor: that is how one finds the other. Throws
// DatabaseError.
struct ImportStamp {
    std::string changed_at;
    std::string actor;
};
ImportStamp import_stamp(Database& db);

// The audit rows of the records one import updated, all with its stamp. A re-import may update
// a million records, so they are gathered and written a few hundred at a time, one prepared
// statement per batch; an import that updates nothing costs nothing. Never commits; what is
// still gathered when it is destroyed is dropped (the import failed). Throws DatabaseError.
class AuditBatch {
  public:
    AuditBatch(Database& db, ImportStamp stamp);
    ~AuditBatch();
    AuditBatch(const AuditBatch&) = delete;
    AuditBatch& operator=(const AuditBatch&) = delete;

    void add(const AuditChange& change);  // writes the batch once it is full
    void flush();                         // writes what is gathered

    const ImportStamp& stamp() const { return m_stamp; }

  private:
    struct Rows;
    Database& m_db;
    ImportStamp m_stamp;
    std::unique_ptr<Rows> m_rows;
};

// The one audit row of an import (issue 8): the kind, the file by name and SHA-256, and how
// many records were new, updated and unchanged, with the import's stamp. Never commits.
// Throws DatabaseError.
void record_import(Database& db, const ImportStamp& stamp, const std::string& kind,
                   const std::string& file, const std::string& sha256, const ImportCounts& counts);

}  // namespace polku::db
