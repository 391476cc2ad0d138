#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "core/error.hpp"
#include "reports/demo_reports.hpp"
#include "reports/ledger_document.hpp"
#include "reports/monitoring_document.hpp"
#include "reports/monitoring_json.hpp"
#include "reports/pdf_writer.hpp"
#include "reports/vocabulary.hpp"
#include "support/files.hpp"
#include "support/process.hpp"

using namespace polku;
using namespace polku::reports;
namespace fs = std::filesystem;

namespace {

// pdftotext writes the no-break space of "2 028,00" as it is; compare with plain spaces.
std::string plain_spaces(std::string text) {
    const std::string nbsp = "\u00a0";
    for (auto at = text.find(nbsp); at != std::string::npos; at = text.find(nbsp, at)) {
        text.replace(at, nbsp.size(), " ");
    }
    return text;
}

std::string pdf_text(const fs::path& pdf, int first = 0, int last = 0) {
    std::vector<std::string> argv{"pdftotext", "-layout", "-enc", "UTF-8"};
    if (first > 0) {
        argv.insert(argv.end(), {"-f", std::to_string(first), "-l", std::to_string(last)});
    }
    argv.insert(argv.end(), {pdf.string(), "-"});
    const auto result = test::run_process(argv);
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    return plain_spaces(result.out);
}

std::string pdf_info(const fs::path& pdf, const std::vector<std::string>& options = {}) {
    std::vector<std::string> argv{"pdfinfo"};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.push_back(pdf.string());
    const auto result = test::run_process(argv);
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    return result.out;
}

int page_count(const fs::path& pdf) {
    std::smatch m;
    const std::string info = pdf_info(pdf);
    BOOST_REQUIRE(std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")));
    return std::stoi(m[1]);
}

// "595.276 x 841.89" for a portrait A4 page.
std::string page_size(const fs::path& pdf, int page) {
    const std::string p = std::to_string(page);
    std::smatch m;
    const std::string info = pdf_info(pdf, {"-f", p, "-l", p});
    BOOST_REQUIRE(std::regex_search(info, m, std::regex(R"(size:\s+([0-9.]+ x [0-9.]+) pts)")));
    return m[1];
}

// The "emb" column of each font pdffonts lists, cut by the header's dashes (names and types
// may hold spaces).
std::vector<std::string> embedded_column(const fs::path& pdf) {
    const auto result = test::run_process({"pdffonts", pdf.string()});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, result.err);
    std::istringstream lines(result.out);
    std::string header;
    std::string dashes;
    std::getline(lines, header);
    std::getline(lines, dashes);
    const auto emb_at = header.find(" emb ") + 1;
    std::vector<std::string> column;
    for (std::string line; std::getline(lines, line);) {
        if (line.size() > emb_at + 3) {
            column.push_back(line.substr(emb_at, 3));
        }
    }
    return column;
}

// "2028.00" as a Finnish document writes it: "2 028,00" (with a plain space here).
std::string finnish_days(const std::string& json_days) {
    std::string whole = json_days.substr(0, json_days.find('.'));
    const std::string decimals = json_days.substr(json_days.find('.') + 1);
    for (auto i = static_cast<std::ptrdiff_t>(whole.size()) - 3; i > 0; i -= 3) {
        whole.insert(static_cast<std::size_t>(i), " ");
    }
    return whole + "," + decimals;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

// Written once per run: the demo's monitoring and ledger PDFs in Finnish.
struct DemoPdfs {
    test::TempDir dir;
    fs::path monitoring = dir / "osku.pdf";
    fs::path ledger = dir / "osku-ledger.pdf";

    DemoPdfs() {
        write_pdf(monitoring_document(test::demo_monitoring(), Language::fi), monitoring.string());
        write_pdf(ledger_document(test::demo_ledger(), Language::fi), ledger.string());
    }
};

const DemoPdfs& demo_pdfs() {
    static const DemoPdfs pdfs;
    return pdfs;
}

Section name_list(std::size_t rows, bool signature_rows) {
    Table table{"people", {"name", "minutes"}, {}};
    for (std::size_t i = 1; i <= rows; ++i) {
        table.rows.push_back(
            {"Henkilö " + std::to_string(i) + " Äijälä-Öhman", Cell{static_cast<std::int64_t>(i)}});
    }
    Section s = table_section(std::move(table), "Osallistujat", {"Nimi", "Minuutit"}, Language::fi);
    s.signature_rows = signature_rows;
    return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pdf_writer)

BOOST_AUTO_TEST_CASE(monitoring_pdf_shows_the_demo_figures_in_finnish) {
    const auto& pdf = demo_pdfs().monitoring;
    const std::string text = pdf_text(pdf);
    const auto json = nlohmann::json::parse(write_monitoring_json(test::demo_monitoring()));
    const std::string total = json["person_training_days"]["total"];
    BOOST_TEST(total == "2028.00");
    BOOST_TEST(text.find(finnish_days(total)) != std::string::npos);
    BOOST_TEST(text.find(json["project"]["name"].get<std::string>()) != std::string::npos);
    BOOST_TEST(text.find("Oulunkaaren kuntayhtymä") != std::string::npos);
    BOOST_TEST(text.find(label(Language::fi, "monitoring")) != std::string::npos);
    BOOST_TEST(text.find(label(Language::fi, "rules")) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(monitoring_pdf_draws_the_chart_with_its_legend) {
    const std::string page1 = pdf_text(demo_pdfs().monitoring, 1, 1);
    BOOST_TEST(page1.find(label(Language::fi, "chart")) != std::string::npos);
    BOOST_TEST(page1.find(label(Language::fi, "straight_line")) != std::string::npos);
    BOOST_TEST(page1.find(label(Language::fi, "realised_line")) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(pages_are_numbered_sivu_n_of_the_real_page_count) {
    for (const auto& pdf : {demo_pdfs().monitoring, demo_pdfs().ledger}) {
        const int pages = page_count(pdf);
        BOOST_TEST(pages >= 2);
        const std::string total = " / " + std::to_string(pages);
        BOOST_TEST(pdf_text(pdf, 1, 1).find("sivu 1" + total) != std::string::npos);
        BOOST_TEST(pdf_text(pdf, pages, pages).find("sivu " + std::to_string(pages) + total) !=
                   std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(every_font_is_embedded) {
    for (const auto& pdf : {demo_pdfs().monitoring, demo_pdfs().ledger}) {
        const auto emb = embedded_column(pdf);
        BOOST_TEST(!emb.empty());
        for (const auto& e : emb) {
            BOOST_TEST(e == "yes");
        }
    }
}

BOOST_AUTO_TEST_CASE(pages_are_a4_and_the_wide_ledger_is_landscape) {
    BOOST_TEST(page_size(demo_pdfs().monitoring, 1) == "595.276 x 841.89");
    BOOST_TEST(page_size(demo_pdfs().ledger, 1) == "595.276 x 841.89");
    BOOST_TEST(page_size(demo_pdfs().ledger, 2) == "841.89 x 595.276");
}

BOOST_AUTO_TEST_CASE(ledger_headings_repeat_on_every_page_it_continues_on) {
    const auto& pdf = demo_pdfs().ledger;
    BOOST_REQUIRE(page_count(pdf) >= 3);
    const std::string heading = label(Language::fi, "ledger");
    const std::string first_column = label(Language::fi, ledger_columns()[2]);
    const std::string page2 = pdf_text(pdf, 2, 2);
    const std::string page3 = pdf_text(pdf, 3, 3);
    BOOST_TEST(page2.find(first_column) != std::string::npos);
    BOOST_TEST(page3.find(first_column) != std::string::npos);
    BOOST_TEST(page3.find(heading + " (jatkuu)") != std::string::npos);
    BOOST_TEST(page2.find("(jatkuu)") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_file_is_private) {
    const auto mode = fs::status(demo_pdfs().monitoring).permissions() & fs::perms::all;
    BOOST_TEST((mode == (fs::perms::owner_read | fs::perms::owner_write)));
}

BOOST_AUTO_TEST_CASE(poppler_renders_the_first_page_without_complaint) {
    test::TempDir dir;
    const auto result =
        test::run_process({"pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", "-singlefile",
                           demo_pdfs().monitoring.string(), (dir / "page1").string()});
    BOOST_TEST(result.exit_code == 0);
    BOOST_TEST(result.err == "");
    BOOST_TEST(fs::file_size(dir / "page1.png") > 1000u);
}

BOOST_AUTO_TEST_CASE(english_documents_read_in_english) {
    test::TempDir dir;
    const auto pdf = dir / "osku-en.pdf";
    write_pdf(monitoring_document(test::demo_monitoring(), Language::en), pdf.string());
    const std::string text = pdf_text(pdf);
    BOOST_TEST(text.find("2,028.00") != std::string::npos);
    BOOST_TEST(text.find("Page 1 of " + std::to_string(page_count(pdf))) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_long_table_keeps_every_row_once_and_in_order) {
    test::TempDir dir;
    Document d;
    d.language = Language::fi;
    d.title = "Osallistujat";
    d.sections.push_back(name_list(500, false));
    const auto pdf = dir / "list.pdf";
    write_pdf(d, pdf.string());
    const std::string text = pdf_text(pdf);
    std::size_t at = 0;
    for (int i = 1; i <= 500; ++i) {
        const std::string name = "Henkilö " + std::to_string(i) + " Äijälä-Öhman";
        BOOST_TEST_CONTEXT(name) {
            BOOST_TEST(occurrences(text, name + " ") == 1u);
            const auto found = text.find(name + " ", at);
            BOOST_TEST(found != std::string::npos);
            at = found == std::string::npos ? at : found;
        }
    }
    const int pages = page_count(pdf);
    BOOST_TEST(pages >= 8);
    BOOST_TEST(occurrences(text, "Osallistujat (jatkuu)") == static_cast<std::size_t>(pages - 1));
}

BOOST_AUTO_TEST_CASE(a_sign_in_sheet_has_tall_rows_and_the_cofunding_line) {
    test::TempDir dir;
    Document d;
    d.language = Language::fi;
    d.title = "Osallistujalista";
    d.subtitle = "S10873 OSKU";
    d.cofunding_line = label(Language::fi, "cofunding");
    d.sections.push_back(name_list(60, true));
    const auto pdf = dir / "signin.pdf";
    write_pdf(d, pdf.string());
    const std::string page1 = pdf_text(pdf, 1, 1);
    BOOST_TEST(page1.find("Euroopan unionin osarahoittama") != std::string::npos);
    // 28 pt rows: about 25 to a portrait page, so 60 names take three pages.
    BOOST_TEST(page_count(pdf) == 3);
}

BOOST_AUTO_TEST_CASE(an_empty_table_still_shows_its_headings) {
    test::TempDir dir;
    Document d;
    d.language = Language::fi;
    d.title = "Tyhjä";
    d.sections.push_back(name_list(0, false));
    const auto pdf = dir / "empty.pdf";
    write_pdf(d, pdf.string());
    const std::string text = pdf_text(pdf);
    BOOST_TEST(text.find("Minuutit") != std::string::npos);
    BOOST_TEST(page_count(pdf) == 1);
}

BOOST_AUTO_TEST_CASE(a_chart_shows_every_series_in_its_legend) {
    test::TempDir dir;
    const Date start{std::chrono::year{2024}, std::chrono::month{1}, std::chrono::day{1}};
    const Date middle{std::chrono::year{2024}, std::chrono::month{6}, std::chrono::day{30}};
    const Date end{std::chrono::year{2025}, std::chrono::month{12}, std::chrono::day{31}};
    Document d;
    d.language = Language::fi;
    d.title = "Kaavio";
    d.chart = Chart{"Kertymä", "päivät", start, end, {}};
    d.chart->series = {{"Tasainen", ChartSeries::Line::dashed, {{start, 0}, {end, 100000}}},
                       {"Toteutunut", ChartSeries::Line::solid, {{start, 0}, {middle, 20000}}},
                       {"Ennuste", ChartSeries::Line::dotted, {{middle, 20000}, {end, 80000}}}};
    const auto pdf = dir / "chart.pdf";
    write_pdf(d, pdf.string());
    const std::string text = pdf_text(pdf);
    for (const char* expected : {"Kertymä", "Tasainen", "Toteutunut", "Ennuste", "1 000"}) {
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
    BOOST_TEST(page_count(pdf) == 1);
}

BOOST_AUTO_TEST_CASE(a_path_that_cannot_be_written_throws_and_leaves_nothing) {
    test::TempDir dir;
    Document d;
    d.title = "Nothing";
    BOOST_CHECK_THROW(write_pdf(d, (dir / "missing" / "report.pdf").string()), InputError);
    // The target is a folder: the rename at the end fails after cairo wrote everything.
    fs::create_directory(dir / "taken.pdf");
    try {
        write_pdf(d, (dir / "taken.pdf").string());
        BOOST_FAIL("expected an InputError");
    } catch (const InputError& e) {
        BOOST_TEST(std::string(e.what()).find("taken.pdf") != std::string::npos);
    }
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) {
        ++entries;
    }
    BOOST_TEST(entries == 1u);  // the folder "taken.pdf", no temporary file beside it
}

BOOST_AUTO_TEST_CASE(rows_that_change_between_counting_and_drawing_are_said_and_leave_nothing) {
    // A section that does not say its row count (the ledger's) is gone through twice: once
    // to lay out the pages, once to draw. Data saved in between gives another count.
    for (const std::size_t second_time : {6u, 4u}) {
        BOOST_TEST_CONTEXT(second_time << " rows the second time") {
            test::TempDir dir;
            const auto path = dir / "ledger.pdf";
            int passes = 0;
            Section s = name_list(5, false);
            const auto five = s.for_each_row;
            s.row_count.reset();
            s.for_each_row = [&, five, second_time](const RowSink& sink) {
                if (++passes == 1) {
                    five(sink);
                    return;
                }
                for (std::size_t i = 0; i < second_time; ++i) {
                    sink({Cell{std::string("Henkilö")}, Cell{std::int64_t{60}}}, RowStyle::normal);
                }
            };
            Document d;
            d.language = Language::fi;
            d.title = "Kirjanpito";
            d.sections.push_back(s);
            BOOST_CHECK_EXCEPTION(write_pdf(d, path.string()), InputError, [](const InputError& e) {
                return std::string(e.what()).find("write it again") != std::string::npos;
            });
            BOOST_TEST(passes == 2);
            BOOST_TEST(fs::is_empty(dir.path()));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
