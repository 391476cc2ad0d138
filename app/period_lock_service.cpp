#include "app/period_lock_service.hpp"

#include "core/error.hpp"
#include "core/message.hpp"
#include "core/period_lock.hpp"
#include "core/text.hpp"
#include "db/database.hpp"

namespace polku::app {

namespace {

std::string required_reason(const std::string& reason) {
    std::string text(trim(reason));
    if (text.empty()) {
        throw UsageError(
            translate(N_("say why with --reason: the audit trail keeps it with the change")));
    }
    return text;
}

LockMove move_lock(db::Database& db, const std::string& project_code, const std::optional<Date>& to,
                   const std::string& reason, bool forward) {
    const std::string why = required_reason(reason);
    db::Transaction transaction(db);
    db::PeriodLockRepository locks(db);
    const auto current = locks.locked_through(project_code);
    const auto problem = forward ? lock_problem(project_code, current, *to)
                                 : unlock_problem(project_code, current, to);
    if (problem) {
        throw InputError(*problem);
    }
    locks.set(project_code, to, why);
    transaction.commit();
    return LockMove{current, to};
}

}  // namespace

LockMove lock_period(db::Database& db, const std::string& project_code, Date through,
                     const std::string& reason) {
    return move_lock(db, project_code, through, reason, true);
}

LockMove unlock_period(db::Database& db, const std::string& project_code,
                       const std::optional<Date>& to, const std::string& reason) {
    return move_lock(db, project_code, to, reason, false);
}

std::vector<db::StoredPeriodLock> period_locks(db::Database& db) {
    return db::PeriodLockRepository(db).all();
}

}  // namespace polku::app
