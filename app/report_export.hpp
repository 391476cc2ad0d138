#pragma once
// Writing a report to a file chosen in a save dialog (the format follows the extension), and
// the reports both fronts write: counted and written here, to a file or a front's own sink.

#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/transcript.hpp"
#include "reports/csv_writer.hpp"
#include "reports/document.hpp"
#include "reports/language.hpp"
#include "reports/ledger_report.hpp"
#include "reports/monitoring_report.hpp"
#include "reports/paths_report.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

// .pdf, .xlsx, .html or .json. Throws UsageError for another extension, InputError when
// the file cannot be written (nothing is left behind).
void export_monitoring(const reports::MonitoringReport& report, const std::string& path,
                       reports::Language language);

// The reports the desktop writes to one file, as `polku-cli report KIND … -o FILE` does.
enum class ReportKind { monitoring, ledger, transcript, paths };

struct ReportFileRequest {
    ReportKind kind = ReportKind::monitoring;
    std::string project;     // monitoring, ledger; paths of a project
    std::string person;      // transcript: an employee id
    std::string supervisor;  // paths of a supervisor's team: an employee id
    std::optional<Date> from;
    std::optional<Date> to;  // paths: as of this date (today when empty)
    std::string format;      // one of report_formats(kind)
    reports::Language language = reports::Language::en;
    reports::CsvStyle csv_style = reports::CsvStyle::finnish;
};

// The formats `kind` writes as one file: pdf, xlsx, html, json, and csv for the reports of
// one table (the ledger, the transcript).
std::vector<std::string_view> report_formats(ReportKind kind);

// Counts the report and writes it to `path`, whole or not at all (mode 0600): it is written
// in a private folder beside `path` and renamed over it last. `stop` is checked between the
// steps and while the file is written (every chunk of a streamed format, every row of a
// document's table); once requested, what was written is removed and Cancelled is thrown. Throws
// InputError (a person, project or date not found, the file not writable), UsageError (a format the
// kind has not, paths without a project or supervisor), DatabaseError, Cancelled.
void write_report_file(db::Database& db, const ReportFileRequest& request, const std::string& path,
                       std::stop_token stop = {});

// The two steps of write_report_file, for a front that sends the report elsewhere (the
// CLI: standard output) or writes formats of its own from it (the CLI's CSV tables).

// The report `request.kind` counts, of the type its writers take.
using CountedReport = std::variant<reports::MonitoringReport, reports::LedgerReport, Transcript,
                                   reports::PathsReport>;

// Counts the report. The ledger is counted as it is written, a batch of people at a time,
// from `db`: keep `db` open until the report is written. Throws as write_report_file.
CountedReport count_report(db::Database& db, const ReportFileRequest& request);

// Where write_report sends a report: the bytes of a text format, streamed, or a document,
// with the stop it is to check while writing it (reports::write_document_file takes it).
class ReportSink {
  public:
    virtual ~ReportSink() = default;
    virtual void stream(const std::function<void(const reports::ByteSink&)>& write) const = 0;
    virtual void document(const reports::Document& document, const std::string& format,
                          std::stop_token stop) const = 0;
};

// Writes `report` (counted for `request`) in request.format, with request.language and
// request.csv_style, to `sink`; `stop` as in write_report_file. Throws UsageError for a
// format the kind has not.
void write_report(const CountedReport& report, const ReportFileRequest& request,
                  const ReportSink& sink, std::stop_token stop = {});

}  // namespace polku::app
