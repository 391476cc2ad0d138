// copy --to: a whole database moved onto another (a local SQLite file onto the shared
// server), then every report compared on both.
#include <iostream>

#include "app/copy_service.hpp"
#include "cli/commands.hpp"
#include "cli/error_report.hpp"
#include "core/error.hpp"
#include "db/database_locator.hpp"

namespace polku::cli {

int run_copy(const GlobalOptions& global, const CopyArgs& args) {
    const auto from = db::resolve_locator(global.db);
    const auto to = db::resolve_locator(args.to);
    if (from == to) {
        throw UsageError("--to names the database being copied; give another one");
    }
    const auto result =
        app::copy_and_compare(from, to, [](const std::string& table, std::size_t rows) {
            std::cerr << "copying " << table << ": " << rows << " rows\r" << std::flush;
        });
    std::cerr << std::string(60, ' ') << '\r';
    std::cout << "copied " << result.counts.rows << " rows of " << result.counts.tables
              << " tables into " << args.to << "; the monitoring, ledger and paths reports of "
              << result.projects_compared.size()
              << (result.projects_compared.size() == 1 ? " project are" : " projects are")
              << " the same on both\n";
    return kOk;
}

}  // namespace polku::cli
