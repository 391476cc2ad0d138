#include <iostream>

#include "app/monitoring_service.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"
#include "reports/atomic_file.hpp"
#include "reports/csv_writer.hpp"
#include "reports/ledger_report.hpp"
#include "reports/monitoring_json.hpp"
#include "reports/monitoring_tables.hpp"

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
    const auto emit = [](const std::string& path, const std::string& text) {
        if (path.empty() || path == "-") {
            std::cout << text << std::flush;
        } else {
            reports::write_file_atomically(path, text);
        }
    };
    const auto style =
        args.csv_style == "machine" ? reports::CsvStyle::machine : reports::CsvStyle::finnish;
    if (args.kind == "ledger") {
        const auto ledger = app::ledger_report(db, request);
        emit(args.output, args.format == "json"
                              ? reports::write_ledger_json(ledger)
                              : reports::write_csv(reports::ledger_table(ledger), style));
        return 0;
    }
    const auto report = app::monitoring_report(db, request);
    if (args.format == "json") {
        emit(args.output, reports::write_monitoring_json(report));
        return 0;
    }
    const auto tables = reports::monitoring_tables(report);
    std::string names;
    for (const auto& t : tables) {
        names += (names.empty() ? "" : ", ") + t.name;
    }
    if (!args.table.empty()) {
        for (const auto& t : tables) {
            if (t.name == args.table) {
                emit(args.output, reports::write_csv(t, style));
                return 0;
            }
        }
        throw UsageError("the monitoring report has no table '" + args.table +
                         "'; its tables are " + names);
    }
    if (args.output.empty() || args.output == "-") {
        throw UsageError(
            "the monitoring report has several tables (" + names +
            "): choose one with --table, or give -o FILE.csv to write FILE-TABLE.csv for each");
    }
    // NAME.csv → NAME-summary.csv, NAME-targets.csv, …
    std::string stem = args.output;
    if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) {
        stem.resize(stem.size() - 4);
    }
    for (const auto& t : tables) {
        const std::string path = stem + "-" + t.name + ".csv";
        emit(path, reports::write_csv(t, style));
        std::cerr << "wrote " << path << '\n';
    }
    return 0;
}

}  // namespace polku::cli
