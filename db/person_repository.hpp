#pragma once
// Reads people one at a time (the transcript's header, the desktop's person form).

#include <optional>
#include <string>

#include "core/transcript.hpp"

namespace polku::db {

class Database;

class PersonRepository {
  public:
    explicit PersonRepository(Database& db) : m_db(db) {}

    // None when no one has that employee id. Throws DatabaseError.
    std::optional<PersonCard> find(const std::string& employee_id);

  private:
    Database& m_db;
};

}  // namespace polku::db
