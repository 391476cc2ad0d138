#pragma once
// The entries a project's reports flag and do not count (dated outside its span), for the
// dashboard's list of what to fix.

#include <string>
#include <vector>

#include "core/flagged_entries.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

// Throws InputError for an unknown project, DatabaseError.
std::vector<FlaggedRow> flagged_entries(db::Database& db, const std::string& project_code);

}  // namespace polku::app
