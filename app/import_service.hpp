#pragma once
// The import use case: one CSV file into the database, all or nothing.

#include <cstddef>
#include <functional>
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
};

struct ImportResult {
    db::ImportCounts counts;
    std::size_t records = 0;
    bool dry_run = false;
};

// Reads `path` as a file of `kind` and writes it in one transaction, or nothing at all.
// Throws InputError (the file cannot be read), InputErrors (every problem of the file, as
// FILE:LINE: column: message, ordered by line) or DatabaseError.
ImportResult import_file(db::Database& db, ImportKind kind, const std::string& path,
                         const ImportOptions& options);

}  // namespace polku::app
