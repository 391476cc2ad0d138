#pragma once
// The import use case: one CSV file into the database, all or nothing.

#include <cstddef>
#include <functional>
#include <stop_token>
#include <string>

#include "core/import_kind.hpp"
#include "db/record_importer.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

struct ImportOptions {
    bool dry_run = false;  // check and count, write nothing
    // Called now and then with bytes read and the file's size.
    std::function<void(std::size_t done, std::size_t total)> progress;
    // Checked every few thousand records and before the commit: once stop is requested the
    // import throws Cancelled and its transaction rolls back. The CLI leaves it empty.
    std::stop_token stop = {};
};

struct ImportResult {
    db::ImportCounts counts;
    std::size_t records = 0;
    bool dry_run = false;
};

// Reads `path` as a file of `kind` and writes it in one transaction, or nothing at all.
// Throws InputError (the file cannot be read), InputErrors (every problem of the file, as
// FILE:LINE: column: message, ordered by line), DatabaseError, or Cancelled (nothing written).
ImportResult import_file(db::Database& db, ImportKind kind, const std::string& path,
                         const ImportOptions& options);

}  // namespace polku::app
