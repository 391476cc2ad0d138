// snapshots verify: each kept monitoring report written again and compared with what was sent.
#include <iostream>

#include "app/snapshot_service.hpp"
#include "cli/commands.hpp"
#include "cli/error_report.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"

namespace polku::cli {

namespace {

std::string period(const db::ReportSnapshot& s) {
    if (!s.from && !s.to) {
        return "the whole project";
    }
    return (s.from ? format_iso_date(*s.from) : std::string("start")) + ".." +
           (s.to ? format_iso_date(*s.to) : std::string("end"));
}

}  // namespace

int run_snapshots_verify(const GlobalOptions& global) {
    auto db = db::Database::open(db::resolve_locator(global.db));
    const auto checks = app::verify_snapshots(db);
    std::size_t changed = 0;
    for (const auto& c : checks) {
        const auto& s = c.snapshot;
        std::cout << "snapshot " << s.id << ": monitoring " << s.project_code << ", " << period(s)
                  << ", taken " << s.taken_at << " by " << s.actor << ": ";
        if (c.unchanged()) {
            std::cout << "unchanged\n";
            continue;
        }
        ++changed;
        if (!c.sealed) {
            std::cout << "ALTERED: the stored figures no longer match their SHA-256 " << s.sha256
                      << "\n";
        }
        if (!c.changes.empty()) {
            std::cout << c.changes.size() << " figure(s) changed\n";
        }
        for (const auto& f : c.changes) {
            std::cout << "  " << f.path << ": " << (f.before.empty() ? "(none)" : f.before)
                      << " -> " << (f.after.empty() ? "(none)" : f.after) << "\n";
        }
        if (!c.changes.empty()) {
            std::cout << "  changed since by " << c.changed_by.size() << " recorded change(s):\n";
        }
        for (const auto& e : c.changed_by) {
            std::cout << "    " << e.at << " " << e.actor << " " << name_of(e.change.action) << " "
                      << e.change.table << " " << describe(e.change.key);
            if (!e.change.new_values.empty()) {
                std::cout << ": " << describe(e.change.old_values) << " -> "
                          << describe(e.change.new_values);
            }
            std::cout << "\n";
        }
    }
    std::cout << checks.size() << " snapshot(s), " << changed << " changed\n";
    return changed == 0 ? kOk : kInvalidInput;
}

}  // namespace polku::cli
