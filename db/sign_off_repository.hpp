#pragma once
// Writes a supervisor's sign-off of one person's path step (the desktop's team grid). The
// rules (who may sign) are core's; the caller checks them first.

#include <string>

#include "core/competence_paths.hpp"

namespace polku::db {

class Database;

class SignOffRepository {
  public:
    explicit SignOffRepository(Database& db) : m_db(db) {}

    // Records the sign-off, or replaces the date, signer and note of the one already there,
    // in one transaction. Throws InputError when the person is not assigned to the step's
    // path, DatabaseError.
    void record(const SignOff& sign_off);

  private:
    Database& m_db;
};

}  // namespace polku::db
