#pragma once
// The copy use case: a database moved onto another (a local SQLite file onto the shared
// server), then every report of every project computed on both and compared.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "db/database_copy.hpp"

namespace polku::app {

struct CopyResult {
    db::CopyCounts counts;
    std::vector<std::string> projects_compared;  // codes whose reports are the same on both
};

// Copies `from` into the new, empty database `to` (created and migrated when needed), then
// compares the monitoring, ledger and paths reports of each project on both. Throws
// InputError when `to` holds data, DatabaseError, and PolkuError naming the first report that
// differs (the copy stays: it is whole, but the user must know).
CopyResult copy_and_compare(const std::string& from, const std::string& to,
                            const std::function<void(const std::string&, std::size_t)>& progress);

}  // namespace polku::app
