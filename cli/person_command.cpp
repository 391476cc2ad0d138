// person export and erase: everything the database holds about one person, as JSON; a
// person's identifying data replaced by a pseudonym.
#include <unistd.h>

#include <iostream>
#include <string>

#include "app/person_erasure_service.hpp"
#include "cli/commands.hpp"
#include "cli/error_report.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"
#include "db/person_export.hpp"
#include "reports/atomic_file.hpp"
#include "reports/person_export_json.hpp"

namespace polku::cli {

int run_person_export(const GlobalOptions& global, const PersonArgs& args) {
    auto db = db::Database::open(db::resolve_locator(global.db));
    const std::string json = reports::write_person_export_json(
        args.employee_id, db::export_person(db, args.employee_id));
    if (args.output.empty() || args.output == "-") {
        std::cout << json << std::flush;
    } else {
        // Personal data: the file is the person's own record, 0600 as every report file.
        reports::write_file_atomically(args.output, json);
        std::cerr << "wrote " << args.output << "\n";
    }
    return kOk;
}

int run_person_erase(const GlobalOptions& global, const PersonArgs& args) {
    if (!args.yes) {
        if (!::isatty(STDIN_FILENO)) {
            throw UsageError("erasing a person cannot be undone: confirm with --yes");
        }
        std::cerr << "Erase " << args.employee_id
                  << "? Their names, email, employee id, birth year and notes are replaced "
                     "everywhere, for good; every figure stays.\nType the employee id to "
                     "confirm: "
                  << std::flush;
        std::string answer;
        std::getline(std::cin, answer);
        if (answer != args.employee_id) {
            std::cerr << "nothing erased\n";
            return kInvalidInput;
        }
    }
    auto db = db::Database::open(db::resolve_locator(global.db));
    const auto summary = app::erase_person(db, args.employee_id);
    std::cerr << "erased " << args.employee_id << ": now " << summary.pseudonym
              << "; age band kept for " << summary.projects_frozen << " project(s)\n";
    return kOk;
}

}  // namespace polku::cli
