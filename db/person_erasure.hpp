#pragma once
// Erasing a person (domain.md "Privacy"): the row stays so every figure still adds up, its
// identifying fields give way to a pseudonym, their free-text notes go, and the audit trail
// is scrubbed of their values. Audit rows name people by employee id, and only rows about a
// person hold their names, email or birth year: that is what makes the scrubbing complete.

#include <optional>
#include <string>
#include <vector>

#include "core/age_band.hpp"
#include "core/counting_input.hpp"

namespace polku::db {

class Database;

struct PersonToErase {
    PersonKey id = 0;
    std::string employee_id;
    std::optional<int> birth_year;
};

// What an erasure keeps for one project the person started in.
struct ErasedAgeBand {
    std::string project_code;
    std::optional<AgeBand> band;  // none when the birth year was not given
};

// Throws InputError when no one has the employee id or they are already erased,
// DatabaseError.
PersonToErase find_person_to_erase(Database& db, const std::string& employee_id);

// Erases the person in one transaction and writes the erasure's audit row; returns the
// pseudonym now in their employee id. Throws InputError, DatabaseError.
std::string erase_person(Database& db, const PersonToErase& person,
                         const std::vector<ErasedAgeBand>& age_bands);

// Rewrites the database so no erased value survives in free pages or the journal: VACUUM
// and a truncating checkpoint on SQLite, VACUUM FULL of the touched tables on PostgreSQL.
// Outside any transaction. Throws DatabaseError.
void compact_after_erasure(Database& db);

}  // namespace polku::db
