#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <variant>

#include "app/audit_service.hpp"
#include "app/monitoring_service.hpp"
#include "app/report_export.hpp"
#include "app/signin_service.hpp"
#include "app/snapshot_service.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/time_of_day.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"
#include "reports/atomic_file.hpp"
#include "reports/audit_report.hpp"
#include "reports/csv_writer.hpp"
#include "reports/document_file.hpp"
#include "reports/html_writer.hpp"
#include "reports/monitoring_json.hpp"
#include "reports/monitoring_tables.hpp"
#include "reports/paths_report.hpp"
#include "reports/signin_document.hpp"

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

bool to_stdout(const std::string& output) {
    return output.empty() || output == "-";
}

// Streams what `write` gives to the file `path` (atomically) or to standard output.
void stream_to(const std::string& path,
               const std::function<void(const reports::ByteSink&)>& write) {
    if (to_stdout(path)) {
        write([](std::string_view bytes) { std::cout << bytes; });
        std::cout << std::flush;
        return;
    }
    reports::AtomicFile file(path);
    write([&](std::string_view bytes) { file.append(bytes); });
    file.commit();
}

// Where a report goes: a file written atomically, or standard output.
class ReportOutput final : public app::ReportSink {
  public:
    explicit ReportOutput(std::string path) : m_path(std::move(path)) {}

    void text(const std::string& path, std::string_view content) const {
        if (to_stdout(path)) {
            std::cout << content << std::flush;
        } else {
            reports::write_file_atomically(path, content);
        }
    }

    void stream(const std::function<void(const reports::ByteSink&)>& write) const override {
        stream_to(m_path, write);
    }

    void document(const reports::Document& document, const std::string& format,
                  std::stop_token stop) const override {
        if (format == "html") {
            text(m_path, reports::write_html(document, stop));
            return;
        }
        const auto write = [&](const std::string& path) {
            reports::write_document_file(document, format, path, stop);
        };
        if (!to_stdout(m_path)) {
            write(m_path);
            return;
        }
        // A binary file for a pipe: written whole to a private temporary folder first, so
        // an error never leaves half a file in the pipe.
        char folder[] = "/tmp/polku-report-XXXXXX";
        if (!::mkdtemp(folder)) {
            throw InputError("cannot create a temporary folder in /tmp for the report");
        }
        const std::string path = std::string(folder) + "/report." + format;
        try {
            write(path);
            std::ifstream in(path, std::ios::binary);
            std::cout << in.rdbuf() << std::flush;
        } catch (...) {
            std::filesystem::remove_all(folder);
            throw;
        }
        std::filesystem::remove_all(folder);
    }

    const std::string& path() const { return m_path; }

  private:
    std::string m_path;
};

reports::Language report_language(const std::string& option) {
    if (option.empty()) {
        return reports::language_from_environment();
    }
    return *reports::parse_language(option);  // CLI11 checked it
}

int monitoring_csv(const reports::MonitoringReport& report, const ReportArgs& args,
                   const ReportOutput& out, reports::CsvStyle style) {
    const auto tables = reports::monitoring_tables(report);
    std::string names;
    for (const auto& t : tables) {
        names += (names.empty() ? "" : ", ") + t.name;
    }
    if (!args.table.empty()) {
        for (const auto& t : tables) {
            if (t.name == args.table) {
                out.text(out.path(), reports::write_csv(t, style));
                return 0;
            }
        }
        throw UsageError("the monitoring report has no table '" + args.table +
                         "'; its tables are " + names);
    }
    if (to_stdout(out.path())) {
        throw UsageError(
            "the monitoring report has several tables (" + names +
            "): choose one with --table, or give -o FILE.csv to write FILE-TABLE.csv for each");
    }
    // NAME.csv → NAME-summary.csv, NAME-targets.csv, …
    std::string stem = out.path();
    if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) {
        stem.resize(stem.size() - 4);
    }
    for (const auto& t : tables) {
        const std::string path = stem + "-" + t.name + ".csv";
        out.text(path, reports::write_csv(t, style));
        std::cerr << "wrote " << path << '\n';
    }
    return 0;
}

// What the transcript does not take, said before app/ counts it.
void check_transcript_args(const ReportArgs& args) {
    if (args.person.empty()) {
        throw UsageError("the transcript is one person's: give --person EMPLOYEE_ID");
    }
    if (!args.project.empty()) {
        throw UsageError(
            "the transcript covers every project the person took part in; leave "
            "out --project");
    }
}

int signin_report(db::Database& db, const ReportArgs& args, const ReportOutput& out,
                  reports::Language language) {
    if (args.event.empty() || args.date.empty()) {
        throw UsageError(
            "the sign-in sheet is for one session: give --event ID --date DATE "
            "(and --start HH:MM when the event has two sessions that day)");
    }
    if (args.format == "json" || args.format == "csv") {
        throw UsageError("the sign-in sheet is for printing: use --format pdf or html (or xlsx)");
    }
    app::SigninRequest request{args.event, *date_option(args.date, "--date"), std::nullopt};
    if (!args.start.empty()) {
        request.start = parse_time_of_day(args.start);
        if (!request.start) {
            throw InputError("--start " + args.start +
                             " is not a time of day; write 9:00 or 13.15");
        }
    }
    out.document(reports::signin_document(app::signin_sheet(db, request), language), args.format,
                 {});
    return 0;
}

// One CSV table of a report that has several, streamed: to standard output with --table,
// else NAME-TABLE.csv for each.
struct StreamedTable {
    std::string name;
    std::vector<std::string> columns;
    std::function<void(const reports::RowSink&)> for_each_row;
    // A table too large to go cell by cell writes its CSV itself, byte for byte as write_csv
    // would (the paths matrix: 1.2 million rows).
    std::function<void(reports::CsvStyle, const reports::ByteSink&)> write_csv = {};
};

void write_csv_tables(const std::string& report, const std::vector<StreamedTable>& tables,
                      const ReportArgs& args, reports::CsvStyle style) {
    std::string names;
    for (const auto& t : tables) {
        names += (names.empty() ? "" : ", ") + t.name;
    }
    const auto write = [&](const StreamedTable& t, const std::string& path) {
        stream_to(path, [&](const reports::ByteSink& sink) {
            if (t.write_csv) {
                t.write_csv(style, sink);
            } else {
                reports::write_csv(t.columns, t.for_each_row, style, sink);
            }
        });
    };
    if (!args.table.empty()) {
        for (const auto& t : tables) {
            if (t.name == args.table) {
                write(t, args.output);
                return;
            }
        }
        throw UsageError("the " + report + " report has no table '" + args.table +
                         "'; its tables are " + names);
    }
    if (to_stdout(args.output)) {
        throw UsageError("the " + report + " report has several tables (" + names +
                         "): choose one with --table, or give -o FILE.csv to write "
                         "FILE-TABLE.csv for each");
    }
    std::string stem = args.output;
    if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) {
        stem.resize(stem.size() - 4);
    }
    for (const auto& t : tables) {
        const std::string path = stem + "-" + t.name + ".csv";
        write(t, path);
        std::cerr << "wrote " << path << '\n';
    }
}

// The paths report's CSV: a table each (matrix, progress, overdue).
void paths_csv(const reports::PathsReport& report, const ReportArgs& args,
               reports::CsvStyle style) {
    const auto rows = [&](auto each) {
        return [&report, each](const reports::RowSink& sink) { each(report, sink); };
    };
    write_csv_tables(
        "paths",
        {{"matrix", reports::paths_matrix_columns(), rows(reports::for_each_matrix_row),
          [&report](reports::CsvStyle style, const reports::ByteSink& sink) {
              reports::write_paths_matrix_csv(report, style, sink);
          }},
         {"progress", reports::paths_progress_columns(), rows(reports::for_each_progress_row)},
         {"overdue", reports::paths_overdue_columns(), rows(reports::for_each_overdue_row)}},
        args, style);
}

app::ReportKind report_kind(const std::string& kind) {
    if (kind == "ledger") {
        return app::ReportKind::ledger;
    }
    if (kind == "transcript") {
        return app::ReportKind::transcript;
    }
    if (kind == "paths") {
        return app::ReportKind::paths;
    }
    return app::ReportKind::monitoring;
}

int audit_report(db::Database& db, const ReportArgs& args, const ReportOutput& out,
                 reports::Language language, reports::CsvStyle style) {
    const auto report =
        app::audit_report(db, {date_option(args.from, "--from"), date_option(args.to, "--to"),
                               args.person, args.project});
    if (args.format == "json") {
        out.text(out.path(), reports::write_audit_json(report));
    } else if (args.format == "csv") {
        out.text(out.path(), reports::write_csv(reports::audit_table(report), style));
    } else {
        out.document(reports::audit_document(report, language), args.format, {});
    }
    return 0;
}

}  // namespace

int run_report(const GlobalOptions& global, const ReportArgs& args) {
    app::ReportRequest request;
    if (!args.project.empty()) {
        request.project = args.project;
    }
    request.from = date_option(args.from, "--from");
    request.to = date_option(args.to, "--to");
    const auto language = report_language(args.lang);
    const ReportOutput out(args.output);
    const auto style =
        args.csv_style == "machine" ? reports::CsvStyle::machine : reports::CsvStyle::finnish;
    if (!args.table.empty() && args.format != "csv") {
        throw UsageError("--table chooses a CSV table; it does not go with --format " +
                         args.format);
    }
    if ((!args.event.empty() || !args.date.empty() || !args.start.empty()) &&
        args.kind != "signin") {
        throw UsageError(
            "--event, --date and --start choose a session for the sign-in sheet; "
            "the " +
            args.kind + " report does not take them");
    }
    if (args.snapshot && args.kind != "monitoring") {
        throw UsageError(
            "--snapshot keeps the figures sent to the funder: the monitoring "
            "report's; the " +
            args.kind + " report has none to keep");
    }
    if (!args.supervisor.empty() && args.kind != "paths") {
        throw UsageError("--supervisor chooses a team for the paths report; the " + args.kind +
                         " report does not take it");
    }
    if (!args.person.empty() && args.kind != "transcript" && args.kind != "audit") {
        throw UsageError("--person chooses whose transcript to write; the " + args.kind +
                         " report is about a project");
    }
    auto db = db::Database::open(db::resolve_locator(global.db));
    if (args.kind == "audit") {
        return audit_report(db, args, out, language, style);
    }
    if (args.kind == "signin") {
        return signin_report(db, args, out, language);
    }
    if (args.kind == "transcript") {
        check_transcript_args(args);
    }
    if (args.kind == "paths" && !args.from.empty()) {
        throw UsageError(
            "the paths report judges as of one date: give --to DATE (default "
            "today), not --from");
    }
    // The reports the desktop writes too: counted and written by app/, but for the CSV of
    // those of several tables, which goes to a file a table.
    const app::ReportFileRequest file{.kind = report_kind(args.kind),
                                      .project = args.project,
                                      .person = args.person,
                                      .supervisor = args.supervisor,
                                      .from = request.from,
                                      .to = request.to,
                                      .format = args.format,
                                      .language = language,
                                      .csv_style = style};
    const auto counted = app::count_report(db, file);
    if (args.format == "csv" && file.kind == app::ReportKind::monitoring) {
        monitoring_csv(std::get<reports::MonitoringReport>(counted), args, out, style);
    } else if (args.format == "csv" && file.kind == app::ReportKind::paths) {
        paths_csv(std::get<reports::PathsReport>(counted), args, style);
    } else {
        app::write_report(counted, file, out);
    }
    if (args.snapshot) {
        // Stored once the report is written: a report that failed to reach its file was not
        // sent. The figures are kept as JSON whatever the format sent.
        const auto& report = std::get<reports::MonitoringReport>(counted);
        const auto taken = app::store_snapshot(db, request, report.project.code,
                                               reports::write_monitoring_json(report));
        std::cerr << "snapshot " << taken.id << " stored: " << report.project.code << ", sha256 "
                  << taken.sha256 << "\n";
    }
    return 0;
}

}  // namespace polku::cli
