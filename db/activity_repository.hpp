#pragma once
// Individual activities (self-study, coaching) as the desktop's quick entry adds them.

#include "core/records.hpp"

namespace polku::db {

class Database;

class ActivityRepository {
  public:
    explicit ActivityRepository(Database& db) : m_db(db) {}

    // Adds the activity with its audit row. Never commits. Throws InputError (no such person
    // or project; the person already has an activity of that kind that day in the project,
    // which the quick entry does not overwrite), DatabaseError.
    void add(const ActivityRecord& activity);

  private:
    Database& m_db;
};

}  // namespace polku::db
