#pragma once
// Importing one CSV file's records into the database, row by row, inside the caller's
// transaction. Problems are collected (every one, with its line), never thrown one by one;
// the caller commits only when there were none.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/csv_columns.hpp"
#include "core/error.hpp"
#include "core/import_kind.hpp"
#include "core/row_parsers.hpp"

namespace polku::db {

class AuditBatch;
class Database;

struct ImportCounts {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
};

class RecordImporter {
  public:
    virtual ~RecordImporter() = default;
    // Parses and checks one record and writes it when new or changed; problems go to the
    // ErrorList given at construction.
    virtual void add(const std::vector<std::string>& fields, std::size_t line) = 0;
    // Writes what is still pending and runs the checks that need the whole file.
    virtual ImportCounts finish() = 0;
    // Where the audit rows of the records it updates go (issue 8); without it, none are written.
    virtual void audit_updates_in(AuditBatch& audit) = 0;
};

// `audit`: where the rows of updated records go (none for the demo's fill). Throws
// DatabaseError when the database fails.
std::unique_ptr<RecordImporter> make_record_importer(ImportKind kind, Database& db,
                                                     const HeaderBinding& binding,
                                                     ErrorList& errors, const RowContext& context,
                                                     AuditBatch* audit = nullptr);

}  // namespace polku::db
