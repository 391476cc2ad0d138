#pragma once
// Erasing a person (domain.md "Privacy"): what the reports need is frozen first, then the
// identifying values go, everywhere, and the database is compacted so none survives on disk.

#include <cstddef>
#include <string>

namespace polku::db {
class Database;
}

namespace polku::app {

struct ErasureSummary {
    std::string pseudonym;            // the employee id the person's row now has
    std::size_t projects_frozen = 0;  // projects whose age band was kept
};

// Throws InputError (no such person, already erased), DatabaseError.
ErasureSummary erase_person(db::Database& db, const std::string& employee_id);

}  // namespace polku::app
