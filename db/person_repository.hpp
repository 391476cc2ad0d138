#pragma once
// Reads people one at a time (the transcript's header, the desktop's person form) and
// writes one person as the desktop's person editor saves them, with the audit rows.

#include <optional>
#include <string>
#include <vector>

#include "core/records.hpp"
#include "core/transcript.hpp"

namespace polku::db {

class Database;

class PersonRepository {
  public:
    explicit PersonRepository(Database& db) : m_db(db) {}

    // None when no one has that employee id. Throws DatabaseError.
    std::optional<PersonCard> find(const std::string& employee_id);

    // Everything the person editor shows of a person (target groups by project, then name);
    // none when no one has that employee id. Throws DatabaseError.
    std::optional<PersonRecord> load(const std::string& employee_id);

    // Every project's target groups, by project code and name: what a person may join.
    // Throws DatabaseError.
    std::vector<GroupRef> target_groups();

    // Writes `person` over the stored person `stored_id` (empty: adds them), their supervisor
    // and target groups, with an audit row of the fields that changed (names only in this,
    // the people table's, row). Organisations and units named for the first time are created,
    // as the import does. Never commits. Throws InputError (the person gone, the employee id
    // taken, an unknown supervisor or target group, a supervisor cycle naming the people by
    // employee id; the place's column names the field), PeriodLockedError (ESF data or target
    // groups of someone counted in a locked period), DatabaseError.
    void save(const std::string& stored_id, const PersonRecord& person);

  private:
    Database& m_db;
};

}  // namespace polku::db
