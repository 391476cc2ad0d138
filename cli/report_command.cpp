#include <iostream>

#include "app/monitoring_service.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"
#include "reports/atomic_file.hpp"
#include "reports/monitoring_json.hpp"

namespace polku::cli {

namespace {

std::optional<Date> date_option(const std::string& text, const char* option) {
    if (text.empty()) {
        return std::nullopt;
    }
    if (auto d = parse_date(text)) {
        return d;
    }
    throw InputError(std::string(option) + " " + text +
                     " is not a valid date; write 2024-03-15 or 15.3.2024");
}

}  // namespace

int run_report(const GlobalOptions& global, const ReportArgs& args) {
    app::ReportRequest request;
    if (!args.project.empty()) {
        request.project = args.project;
    }
    request.from = date_option(args.from, "--from");
    request.to = date_option(args.to, "--to");
    auto db = db::Database::open(db::resolve_locator(global.db));
    const std::string text = reports::write_monitoring_json(app::monitoring_report(db, request));
    if (args.output.empty() || args.output == "-") {
        std::cout << text << std::flush;
    } else {
        reports::write_file_atomically(args.output, text);
    }
    return 0;
}

}  // namespace polku::cli
