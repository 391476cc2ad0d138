#include "app/report_export.hpp"

#include <stdlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <utility>
#include <variant>

#include "app/monitoring_service.hpp"
#include "app/paths_service.hpp"
#include "app/today.hpp"
#include "app/transcript_service.hpp"
#include "core/cancellation.hpp"
#include "core/error.hpp"
#include "reports/atomic_file.hpp"
#include "reports/csv_writer.hpp"
#include "reports/document_file.hpp"
#include "reports/ledger_document.hpp"
#include "reports/ledger_report.hpp"
#include "reports/monitoring_document.hpp"
#include "reports/monitoring_json.hpp"
#include "reports/paths_report.hpp"
#include "reports/transcript_report.hpp"

namespace polku::app {

namespace {

namespace fs = std::filesystem;

// A folder of our own beside the target (the same file system, so the last rename is
// atomic), removed with whatever is left in it however the writing ends.
class PrivateFolder {
  public:
    explicit PrivateFolder(const std::string& target) {
        fs::path parent = fs::path(target).parent_path();
        if (parent.empty()) {
            parent = ".";
        }
        std::string name = (parent / ".polku-report-XXXXXX").string();
        if (!::mkdtemp(name.data())) {
            throw InputError(
                target + ": cannot write in " + parent.string() + ": " + std::strerror(errno),
                Place{target, 0, {}});
        }
        m_path = name;
    }
    ~PrivateFolder() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    PrivateFolder(const PrivateFolder&) = delete;
    PrivateFolder& operator=(const PrivateFolder&) = delete;
    const fs::path& path() const { return m_path; }

  private:
    fs::path m_path;
};

void check(const std::stop_token& stop) {
    if (stop.stop_requested()) {
        throw Cancelled();
    }
}

// The file write_report_file writes in its private folder.
class FileSink final : public ReportSink {
  public:
    explicit FileSink(std::string path) : m_path(std::move(path)) {}

    void stream(const std::function<void(const reports::ByteSink&)>& write) const override {
        reports::AtomicFile file(m_path);
        write([&](std::string_view bytes) { file.append(bytes); });
        file.commit();
    }

    void document(const reports::Document& document, const std::string& format,
                  std::stop_token stop) const override {
        reports::write_document_file(document, format, m_path, std::move(stop));
    }

  private:
    std::string m_path;
};

void require_format(const ReportFileRequest& request) {
    const auto formats = report_formats(request.kind);
    if (std::find(formats.begin(), formats.end(), request.format) == formats.end()) {
        throw UsageError("this report is not written as " + request.format);
    }
}

}  // namespace

void export_monitoring(const reports::MonitoringReport& report, const std::string& path,
                       reports::Language language) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".json") {
        reports::write_file_atomically(path, reports::write_monitoring_json(report));
    } else if (extension == ".html" || extension == ".pdf" || extension == ".xlsx") {
        reports::write_document_file(reports::monitoring_document(report, language),
                                     extension.substr(1), path);
    } else {
        throw UsageError(path + ": choose a file ending in .pdf, .xlsx, .html or .json");
    }
}

std::vector<std::string_view> report_formats(ReportKind kind) {
    if (kind == ReportKind::ledger || kind == ReportKind::transcript) {
        return {"pdf", "xlsx", "html", "json", "csv"};
    }
    return {"pdf", "xlsx", "html", "json"};
}

CountedReport count_report(db::Database& db, const ReportFileRequest& r) {
    const ReportRequest request{r.project.empty() ? std::nullopt : std::optional(r.project), r.from,
                                r.to};
    switch (r.kind) {
        case ReportKind::monitoring:
            return monitoring_report(db, request);
        case ReportKind::ledger:
            return ledger_report(db, request);
        case ReportKind::transcript:
            if (r.person.empty()) {
                throw UsageError("the transcript is one person's: give their employee id");
            }
            return transcript(db, {r.person, r.from, r.to});
        case ReportKind::paths: {
            PathsRequest paths;
            if (!r.project.empty()) {
                paths.project = r.project;
            }
            if (!r.supervisor.empty()) {
                paths.supervisor = r.supervisor;
            }
            paths.to = r.to.value_or(today());
            return paths_report(db, paths);
        }
    }
    throw UsageError("no such report");
}

void write_report(const CountedReport& report, const ReportFileRequest& r, const ReportSink& sink,
                  std::stop_token stop) {
    require_format(r);
    // A streamed format, stopped between chunks.
    const auto stream = [&](const std::function<void(const reports::ByteSink&)>& write) {
        sink.stream([&](const reports::ByteSink& out) {
            write([&](std::string_view bytes) {
                check(stop);
                out(bytes);
            });
        });
    };
    const auto text = [&](const std::string& content) {
        check(stop);
        stream([&](const reports::ByteSink& out) { out(content); });
    };
    const auto document = [&](const std::function<reports::Document()>& build) {
        check(stop);
        const auto built = build();
        check(stop);
        sink.document(built, r.format, stop);
    };
    const auto language = r.language;
    if (const auto* monitoring = std::get_if<reports::MonitoringReport>(&report)) {
        if (r.format == "json") {
            text(reports::write_monitoring_json(*monitoring));
        } else {
            document([&] { return reports::monitoring_document(*monitoring, language); });
        }
    } else if (const auto* ledger = std::get_if<reports::LedgerReport>(&report)) {
        if (r.format == "json") {
            stream([&](const reports::ByteSink& out) { reports::write_ledger_json(*ledger, out); });
        } else if (r.format == "csv") {
            stream([&](const reports::ByteSink& out) {
                reports::write_csv(
                    reports::ledger_columns(),
                    [&](const reports::RowSink& rows) {
                        reports::for_each_ledger_row(*ledger, rows);
                    },
                    r.csv_style, out);
            });
        } else {
            document([&] { return reports::ledger_document(*ledger, language); });
        }
    } else if (const auto* t = std::get_if<Transcript>(&report)) {
        if (r.format == "json") {
            text(reports::write_transcript_json(*t));
        } else if (r.format == "csv") {
            text(reports::write_csv(reports::transcript_table(*t), r.csv_style));
        } else {
            document([&] { return reports::transcript_document(*t, language); });
        }
    } else {
        const auto& paths = std::get<reports::PathsReport>(report);
        if (r.format == "json") {
            stream([&](const reports::ByteSink& out) { reports::write_paths_json(paths, out); });
        } else {
            document([&] { return reports::paths_document(paths, language); });
        }
    }
}

void write_report_file(db::Database& db, const ReportFileRequest& request, const std::string& path,
                       std::stop_token stop) {
    require_format(request);
    check(stop);
    const PrivateFolder folder(path);
    const std::string written = (folder.path() / ("report." + request.format)).string();
    write_report(count_report(db, request), request, FileSink(written), stop);
    check(stop);
    std::error_code error;
    fs::rename(written, path, error);
    if (error) {
        throw InputError(path + ": cannot write the file: " + error.message(), Place{path, 0, {}});
    }
}

}  // namespace polku::app
