#pragma once
// Period locks (issue 8): once a payment application is sent, its period is locked so no
// front changes the figures it reported; unlocking takes a reason too. Both are audited.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "db/period_lock_repository.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

struct LockMove {
    std::optional<Date> before;  // none: was not locked
    std::optional<Date> after;   // none: not locked now
};

// Locks the project through `through`, which must be later than its lock so far. Throws
// UsageError (no reason), InputError (no such project, already locked that far),
// DatabaseError.
LockMove lock_period(db::Database& db, const std::string& project_code, Date through,
                     const std::string& reason);

// Lowers the project's lock to `to` (none: removes it). Throws UsageError (no reason),
// InputError (no such project, not locked, `to` not before the lock), DatabaseError.
LockMove unlock_period(db::Database& db, const std::string& project_code,
                       const std::optional<Date>& to, const std::string& reason);

// Every project ever locked, by code. Throws DatabaseError.
std::vector<db::StoredPeriodLock> period_locks(db::Database& db);

}  // namespace polku::app
