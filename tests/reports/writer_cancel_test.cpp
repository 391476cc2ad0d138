// Stopping a document being written (the Reports dialog's Cancel): the PDF, XLSX and HTML
// writers check the stop at every row and between sections, throw Cancelled, and leave
// neither the file nor a temporary one, nor a temporary file open; and write_report hands
// them the caller's stop.

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "app/report_export.hpp"
#include "core/cancellation.hpp"
#include "db/database.hpp"
#include "demo_reports.hpp"
#include "reports/document_file.hpp"
#include "reports/html_writer.hpp"
#include "reports/ledger_report.hpp"
#include "reports/xlsx_writer.hpp"
#include "support/files.hpp"

using namespace polku;
using namespace polku::reports;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> document_formats{"pdf", "xlsx", "html"};

std::vector<std::string> files_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    return names;
}

// The files this process has open: a discarded workbook must not keep its sheets' temporary
// files (unlinked, so only an open descriptor shows them).
std::size_t open_files() {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator("/proc/self/fd")) {
        ++count;
    }
    return count;
}

// A section of `rows` rows of typed cells. `accepted` counts the rows the writer took (its
// sink returned); `after_row(n)` runs once the n-th row is taken.
Section counted_section(std::string title, std::size_t rows, std::size_t& accepted,
                        std::function<void(std::size_t)> after_row = {}) {
    Section s;
    s.name = "rows";
    s.title = std::move(title);
    s.headings = {"Name", "Date", "Days"};
    s.widths = {20, 10, 8};
    s.row_count = rows;
    s.for_each_row = [rows, &accepted, after_row = std::move(after_row)](const RowSink& sink) {
        for (std::size_t n = 1; n <= rows; ++n) {
            sink({Cell{"Aino Äijälä " + std::to_string(n)},
                  Cell{Date{std::chrono::year{2024}, std::chrono::March, std::chrono::day{15}}},
                  Cell{Hundredths{static_cast<std::int64_t>(n) * 25}}},
                 n % 10 == 0 ? RowStyle::subtotal : RowStyle::normal);
            ++accepted;
            if (after_row) {
                after_row(n);
            }
        }
    };
    return s;
}

Document titled(std::vector<Section> sections) {
    Document d;
    d.title = "Ledger";
    d.subtitle = "S1 Test project";
    d.header = {
        {"Project", Cell{"S1"}},
        {"From", Cell{Date{std::chrono::year{2024}, std::chrono::January, std::chrono::day{1}}}}};
    d.sections = std::move(sections);
    return d;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(writer_cancel)

BOOST_AUTO_TEST_CASE(a_stop_mid_way_through_a_section_is_seen_at_the_next_row) {
    for (const auto& format : document_formats) {
        BOOST_TEST_CONTEXT(format) {
            const test::TempDir dir;
            const auto path = dir / ("ledger." + format);
            std::stop_source stop;
            std::size_t first = 0;
            std::size_t second = 0;
            // Over several pages and, at 60 rows a sheet, several sheets of the workbook.
            const Document d = titled({counted_section("First", 12, first),
                                       counted_section("Second", 400, second, [&](std::size_t n) {
                                           if (n == 150) {
                                               stop.request_stop();
                                           }
                                       })});
            const std::size_t files_before = open_files();
            if (format == "xlsx") {
                BOOST_CHECK_THROW(write_xlsx(d, path.string(), XlsxLimits{60}, stop.get_token()),
                                  Cancelled);
            } else {
                BOOST_CHECK_THROW(write_document_file(d, format, path.string(), stop.get_token()),
                                  Cancelled);
            }
            BOOST_TEST(first == 12u);
            BOOST_TEST(second == 150u);  // the row after the stop was refused
            BOOST_TEST(!fs::exists(path));
            BOOST_TEST(files_in(dir.path()).empty());  // no temporary file either
            if (format == "xlsx") {                    // (cairo's fonts stay open for the next PDF)
                BOOST_TEST(open_files() == files_before);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(a_stop_after_a_section_starts_no_other) {
    for (const auto& format : document_formats) {
        BOOST_TEST_CONTEXT(format) {
            const test::TempDir dir;
            const auto path = dir / ("ledger." + format);
            std::stop_source stop;
            std::size_t first = 0;
            std::size_t second = 0;
            const Document d = titled({counted_section("First", 20, first,
                                                       [&](std::size_t n) {
                                                           if (n == 20) {
                                                               stop.request_stop();
                                                           }
                                                       }),
                                       counted_section("Second", 20, second)});
            BOOST_CHECK_THROW(write_document_file(d, format, path.string(), stop.get_token()),
                              Cancelled);
            BOOST_TEST(first == 20u);
            BOOST_TEST(second == 0u);
            BOOST_TEST(files_in(dir.path()).empty());
        }
    }
}

BOOST_AUTO_TEST_CASE(a_workbook_stopped_before_its_packing_is_thrown_away_with_its_chart) {
    // Stopped at the last row: the chart is made after the rows, the stop seen before the
    // packing, and the workbook with its sheets, formats and chart freed, no file open.
    const test::TempDir dir;
    const auto path = dir / "ledger.xlsx";
    std::stop_source stop;
    std::size_t rows = 0;
    Document d = titled({counted_section("Rows", 30, rows, [&](std::size_t n) {
        if (n == 30) {
            stop.request_stop();
        }
    })});
    using namespace std::chrono;
    d.chart = Chart{"Days",
                    "days",
                    Date{year{2024}, January, day{1}},
                    Date{year{2024}, December, day{31}},
                    {ChartSeries{"Done",
                                 ChartSeries::Line::solid,
                                 {{Date{year{2024}, March, day{1}}, 1500},
                                  {Date{year{2024}, June, day{1}}, 4200}}}}};
    const std::size_t files_before = open_files();
    BOOST_CHECK_THROW(write_xlsx(d, path.string(), stop.get_token()), Cancelled);
    BOOST_TEST(rows == 30u);
    BOOST_TEST(files_in(dir.path()).empty());
    BOOST_TEST(open_files() == files_before);
}

BOOST_AUTO_TEST_CASE(a_stop_before_writing_writes_nothing_and_keeps_the_earlier_file) {
    for (const auto& format : document_formats) {
        BOOST_TEST_CONTEXT(format) {
            const test::TempDir dir;
            const auto path = dir / ("ledger." + format);
            test::write_file(path, "the earlier report");
            std::stop_source stop;
            stop.request_stop();
            std::size_t rows = 0;
            const Document d = titled({counted_section("Rows", 5, rows)});
            BOOST_CHECK_THROW(write_document_file(d, format, path.string(), stop.get_token()),
                              Cancelled);
            BOOST_TEST(rows == 0u);
            BOOST_TEST(test::read_file(path) == "the earlier report");
            BOOST_TEST(files_in(dir.path()) == std::vector<std::string>{"ledger." + format},
                       boost::test_tools::per_element());
        }
    }
    std::stop_source stop;
    stop.request_stop();
    BOOST_CHECK_THROW(write_html(titled({}), stop.get_token()), Cancelled);
}

BOOST_AUTO_TEST_CASE(a_stop_never_requested_changes_nothing_written) {
    for (const auto& format : document_formats) {
        BOOST_TEST_CONTEXT(format) {
            const test::TempDir dir;
            std::stop_source stop;
            std::size_t rows = 0;
            // An HTML page past the megabyte at which it is written in parts.
            const std::size_t count = format == "html" ? 20'000 : 30;
            const Document d = titled({counted_section("Rows", count, rows)});
            write_document_file(d, format, (dir / ("a." + format)).string(), stop.get_token());
            write_document_file(d, format, (dir / ("b." + format)).string());
            BOOST_TEST(rows == 2 * count);
            if (format == "html") {
                const std::string page = test::read_file(dir / "a.html");
                BOOST_TEST(page.size() > std::size_t{1} << 20);
                BOOST_TEST((page == write_html(d)));
            }
            if (format != "pdf") {  // a PDF holds its creation time
                BOOST_TEST((test::read_file(dir / ("a." + format)) ==
                            test::read_file(dir / ("b." + format))));
            }
        }
    }
}

// The app's document path: write_report gives its sink the caller's stop, which the writers
// check, and write_report_file leaves nothing of a stopped report.

BOOST_AUTO_TEST_CASE(write_report_hands_the_callers_stop_to_the_document_writer) {
    // A sink writing where the test says, its documents' rows counted and stopped at the 40th.
    class StoppingSink final : public app::ReportSink {
      public:
        StoppingSink(std::string path, std::stop_source& source, std::size_t& rows)
            : m_path(std::move(path)), m_source(source), m_rows(rows) {}
        void stream(const std::function<void(const ByteSink&)>&) const override {
            BOOST_FAIL("a document format was streamed");
        }
        void document(const Document& document, const std::string& format,
                      std::stop_token stop) const override {
            Document counted = document;
            for (auto& section : counted.sections) {
                section.for_each_row = [this, rows = section.for_each_row](const RowSink& sink) {
                    rows([&](const std::vector<Cell>& cells, RowStyle style) {
                        sink(cells, style);
                        if (++m_rows == 40) {
                            m_source.request_stop();
                        }
                    });
                };
            }
            write_document_file(counted, format, m_path, std::move(stop));
        }

      private:
        std::string m_path;
        std::stop_source& m_source;
        std::size_t& m_rows;
    };

    const auto& ledger = test::demo_ledger();
    BOOST_REQUIRE(ledger_row_count(ledger) > 100u);
    for (const auto& format : document_formats) {
        BOOST_TEST_CONTEXT(format) {
            const test::TempDir dir;
            const auto path = dir / ("ledger." + format);
            std::stop_source stop;
            std::size_t rows = 0;
            app::ReportFileRequest request;
            request.kind = app::ReportKind::ledger;
            request.format = format;
            BOOST_CHECK_THROW(
                app::write_report(ledger, request, StoppingSink(path.string(), stop, rows),
                                  stop.get_token()),
                Cancelled);
            BOOST_TEST(rows == 40u);
            BOOST_TEST(files_in(dir.path()).empty());
        }
    }
}

BOOST_AUTO_TEST_CASE(a_stopped_report_file_leaves_nothing) {
    auto db = db::Database::open(test::demo_database().string());
    for (const auto& format : document_formats) {
        BOOST_TEST_CONTEXT(format) {
            const test::TempDir dir;
            const auto path = dir / ("ledger." + format);
            std::stop_source stop;
            stop.request_stop();
            app::ReportFileRequest request;
            request.kind = app::ReportKind::ledger;
            request.format = format;
            BOOST_CHECK_THROW(app::write_report_file(db, request, path.string(), stop.get_token()),
                              Cancelled);
            BOOST_TEST(files_in(dir.path()).empty());

            // Not stopped, the same report is written, and only it.
            app::write_report_file(db, request, path.string(), std::stop_source().get_token());
            BOOST_TEST(files_in(dir.path()) == std::vector<std::string>{"ledger." + format},
                       boost::test_tools::per_element());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
