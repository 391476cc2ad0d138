#pragma once
// Moving a whole database onto another (issue: "polku-cli copy --to postgresql://… moves a
// local SQLite database onto the server"): every table, row by row, keys kept, into an empty
// database of the same schema, in one transaction on the target.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace polku::db {

class Database;

// The tables copied, parents before children. A test checks it names every table of the
// schema but schema_version (the target's own migrations wrote that).
const std::vector<std::string>& copied_tables();

struct CopyCounts {
    std::size_t tables = 0;
    std::size_t rows = 0;
};

// Copies every row of `from` into `to`, which must hold no data (InputError otherwise);
// `progress(table, rows so far)` is called per table. Nothing is written to `to` unless all
// of it is. Throws DatabaseError.
CopyCounts copy_database(Database& from, Database& to,
                         const std::function<void(const std::string&, std::size_t)>& progress = {});

}  // namespace polku::db
