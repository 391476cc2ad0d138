#pragma once
// The marks of one session, read and written as the attendance sheet needs them, the
// sessions to pick one from, and the people a walk-in is found among.

#include <cstddef>
#include <string>
#include <vector>

#include "core/attendance_marks.hpp"
#include "core/signin_sheet.hpp"

namespace polku::db {

class Database;

class AttendanceRepository {
  public:
    explicit AttendanceRepository(Database& db) : m_db(db) {}

    // The session with its length. Throws InputError when there is none, DatabaseError.
    SessionSummary session(const SessionKey& key);

    // The stored marks of the session, by employee id. Throws InputError (no such session),
    // DatabaseError.
    std::vector<PersonMark> marks(const SessionKey& key);

    // Writes the edits that change a mark (MarkEdit::changes), each only while the stored
    // mark is still the one it read, with an audit row each. Never commits (the caller's
    // transaction; it must roll back on an exception). Throws ConflictError naming every
    // person whose mark another writer changed first, InputError (no such session, an unknown
    // employee id), DatabaseError.
    void save(const SessionKey& key, const std::vector<MarkEdit>& edits);

    // Everyone in the database, in signin order (walk-ins are found among them). Throws
    // DatabaseError.
    std::vector<SigninParticipant> people();

    // Adds a person with just an employee id and names (trimmed). Never commits. Throws
    // InputError when the employee id is taken, DatabaseError.
    void add_person(const NewPerson& person);

  private:
    Database& m_db;
};

class SessionRepository {
  public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    // Up to `limit` sessions of the project's events, the latest first (by date, then
    // start). Empty for an unknown project. Throws DatabaseError.
    std::vector<SessionSummary> recent(const std::string& project_code, std::size_t limit);

  private:
    Database& m_db;
};

}  // namespace polku::db
