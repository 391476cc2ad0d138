#pragma once
// The period locks as every write checks them (db/ internal: SOCI is allowed here). Read once
// per import or save; core/period_lock.hpp holds the rules, this class the stored values.

#include <soci/soci.h>

#include <map>
#include <optional>

#include "core/period_lock.hpp"

namespace polku::db {

class PeriodLockGuard {
  public:
    // Reads every project's lock (a row per locked project). Throws soci errors.
    explicit PeriodLockGuard(soci::session& sql);

    // No project is locked: the common case, where every check is skipped.
    bool empty() const { return m_locks.empty(); }

    // The project's lock, or none.
    const PeriodLock* lock_of(long long project_id) const;

    // The lock, when the project is locked on `date`; else none.
    const PeriodLock* locking(long long project_id, Date date) const;

    // A lock under which the person has a counted entry (core's counted_in_locked_period), so
    // their ESF data is used by a locked figure; none when there is none.
    const PeriodLock* lock_counting_person(long long person_id);
    // The same in one project: its lock when the person is counted there, else none.
    const PeriodLock* lock_counting_person_in(long long person_id, long long project_id);

  private:
    struct Locked;
    bool counted(long long person_id, long long project_id, const Locked& locked);

    struct Locked {
        PeriodLock lock;
        CountingRules rules;
        std::optional<ProjectSpan> span;  // none: the project has no dates, so counts nothing
    };

    soci::session& m_sql;
    std::map<long long, Locked> m_locks;  // by project id, so the first found is always the same
};

}  // namespace polku::db
