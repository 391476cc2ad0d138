#pragma once
// The sign-in sheet use case: find the session, choose who is expected, build the sheet.

#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/signin_sheet.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

struct SigninRequest {
    std::string event_id;
    Date date;
    std::optional<int> start;  // minutes since midnight; needed when the date has two sessions
};

// Throws InputError (unknown event, no session that day, no session at that start),
// UsageError (several sessions that day and no start), DatabaseError.
SigninSheet signin_sheet(db::Database& db, const SigninRequest& request);

}  // namespace polku::app
