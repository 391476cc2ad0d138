#pragma once
// Reads what the sign-in sheet of one session needs: the event and its project, the session,
// and the three lists of people who may be expected (core/signin_sheet.hpp chooses).

#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/signin_sheet.hpp"

namespace polku::db {

class Database;

struct SigninData {
    SigninSheet sheet;  // everything but source and participants
    SigninCandidates candidates;
};

class SigninRepository {
  public:
    explicit SigninRepository(Database& db) : m_db(db) {}

    // The session of `event_id` on `date`, chosen by `start` (minutes since midnight) when
    // the event has several sessions that day. Throws InputError for an unknown event, a
    // date without a session or a start that matches none; UsageError when several
    // sessions share the date and no start is given; DatabaseError when the database fails.
    SigninData load(const std::string& event_id, Date date, std::optional<int> start);

  private:
    Database& m_db;
};

}  // namespace polku::db
