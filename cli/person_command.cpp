// person export: everything the database holds about one person, as JSON.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/error_report.hpp"
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

}  // namespace polku::cli
