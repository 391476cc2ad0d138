#pragma once
// Period locks as stored: per project, the last day locked, why, by whom and when. Setting one
// writes its audit row in the same transaction.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace polku::db {

class Database;

struct StoredPeriodLock {
    std::string project_code;
    std::optional<Date> through;  // none: unlocked
    std::string reason;           // of the last lock or unlock
    std::string changed_by;
    std::string changed_at;  // UTC, "2026-11-24T06:15:02Z"
};

class PeriodLockRepository {
  public:
    explicit PeriodLockRepository(Database& db) : m_db(db) {}

    // Every project ever locked, by code. Throws DatabaseError.
    std::vector<StoredPeriodLock> all();

    // The project's lock date (none: not locked). Throws InputError (no such project),
    // DatabaseError.
    std::optional<Date> locked_through(const std::string& project_code);

    // Locks the project through `through` (none: not at all) for `reason`, with an audit row.
    // Never commits. Throws InputError (no such project), DatabaseError.
    void set(const std::string& project_code, const std::optional<Date>& through,
             const std::string& reason);

    // For a front that writes one dated entry (an editor's save): throws PeriodLockedError
    // when the project is locked on `date`, `what` naming the entry ("an activity"). Throws
    // InputError (no such project), DatabaseError.
    void check_open(const std::string& project_code, Date date, const std::string& what);

  private:
    Database& m_db;
};

}  // namespace polku::db
