// lock, unlock and locks: the periods a payment application has reported, closed to changes
// from every front until unlocked with a reason.
#include <iostream>

#include "app/period_lock_service.hpp"
#include "cli/commands.hpp"
#include "cli/error_report.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"

namespace polku::cli {

namespace {

Date date_argument(const std::string& text) {
    if (auto d = parse_date(text)) {
        return *d;
    }
    throw InputError("--to " + text + " is not a valid date; write 2024-03-15 or 15.3.2024");
}

std::string lock_state(const std::optional<Date>& through) {
    return through ? "locked through " + format_iso_date(*through) : std::string("not locked");
}

}  // namespace

int run_lock(const GlobalOptions& global, const LockArgs& args) {
    const Date through = date_argument(args.to);
    auto db = db::Database::open(db::resolve_locator(global.db));
    const auto move = app::lock_period(db, args.project, through, args.reason);
    std::cerr << args.project << ": " << lock_state(move.after) << " (was "
              << lock_state(move.before) << ")\n";
    return kOk;
}

int run_unlock(const GlobalOptions& global, const LockArgs& args) {
    const std::optional<Date> to =
        args.to.empty() ? std::nullopt : std::optional<Date>(date_argument(args.to));
    auto db = db::Database::open(db::resolve_locator(global.db));
    const auto move = app::unlock_period(db, args.project, to, args.reason);
    std::cerr << args.project << ": " << lock_state(move.after) << " (was "
              << lock_state(move.before) << ")\n";
    return kOk;
}

int run_locks(const GlobalOptions& global) {
    auto db = db::Database::open(db::resolve_locator(global.db));
    for (const auto& lock : app::period_locks(db)) {
        std::cout << lock.project_code << ": " << lock_state(lock.through) << "; "
                  << (lock.through ? "locked" : "unlocked") << " " << lock.changed_at << " by "
                  << lock.changed_by << ": " << lock.reason << "\n";
    }
    return kOk;
}

}  // namespace polku::cli
