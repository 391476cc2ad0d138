#pragma once
// Turning SOCI's exceptions into Polku's, with a message a user can act on.

#include <exception>
#include <string>

namespace polku::db {

// Rethrows the exception in flight as DatabaseError when it is a soci_error (PolkuErrors
// pass unchanged). `doing` says what was being done, in the user's language (core/message.hpp):
// message(N_("opening {}"), path).
[[noreturn]] void rethrow_as_database_error(const std::string& doing);

}  // namespace polku::db
