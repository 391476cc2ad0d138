// The XLSX writer, checked with the program users open the file in: LibreOffice reads each
// workbook back (every sheet to CSV in one call) and the figures must be the JSON report's.

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "demo_reports.hpp"
#include "reports/ledger_document.hpp"
#include "reports/ledger_report.hpp"
#include "reports/monitoring_document.hpp"
#include "reports/monitoring_json.hpp"
#include "reports/vocabulary.hpp"
#include "reports/xlsx_writer.hpp"
#include "support/files.hpp"
#include "support/process.hpp"
#include "tests/support/csv_text.hpp"

using namespace polku;
using namespace polku::reports;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// A workbook as LibreOffice reads it: its sheets in order, each as CSV rows.
struct ReadBack {
    std::vector<std::string> sheet_names;
    std::map<std::string, Rows> sheets;

    const Rows& sheet(const std::string& name) const {
        const auto found = sheets.find(name);
        BOOST_REQUIRE_MESSAGE(found != sheets.end(), "no sheet '" + name + "'");
        return found->second;
    }
};

// One LibreOffice profile for the test run: creating one takes seconds, and the calls of
// one test process never run at the same time.
const fs::path& libreoffice_profile() {
    static const test::TempDir profile;
    return profile.path();
}

// Every sheet to CSV in one soffice call (the filter options end in -1). The cells'
// values, not as shown (token 9 false), under the C locale: numbers plain with a decimal
// point, date cells as MM/DD/YYYY unless their format is ISO; text as it is.
ReadBack read_with_libreoffice(const fs::path& workbook) {
    const test::TempDir out;
    const auto result = test::run_process(
        {"env", "LC_ALL=C.UTF-8", "LANG=C.UTF-8", "soffice",
         "-env:UserInstallation=file://" + libreoffice_profile().string(), "--headless",
         "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1",
         "--outdir", out.path().string(), workbook.string()});
    BOOST_REQUIRE_MESSAGE(result.exit_code == 0, "soffice failed: " + result.err);
    // "Writing sheet Report -> /tmp/…/osku-Report.csv", a line per sheet in sheet order.
    const std::string log = result.out + "\n" + result.err;
    ReadBack book;
    const std::string marker = "Writing sheet ";
    std::size_t at = 0;
    while ((at = log.find(marker, at)) != std::string::npos) {
        const auto end = log.find('\n', at);
        const auto line = log.substr(at + marker.size(), end - at - marker.size());
        const auto arrow = line.find(" -> ");
        const auto name = line.substr(0, arrow);
        book.sheet_names.push_back(name);
        book.sheets[name] = polku::test::parse_csv_text(test::read_file(line.substr(arrow + 4)));
        at = end;
    }
    BOOST_REQUIRE_MESSAGE(!book.sheet_names.empty(), "soffice wrote no sheet: " + log);
    return book;
}

// "2028.00" → "2028", "64.50" → "64.5": a decimal as LibreOffice writes a number cell.
std::string plain_number(std::string decimal) {
    if (decimal.find('.') != std::string::npos) {
        decimal.erase(decimal.find_last_not_of('0') + 1);
        if (decimal.back() == '.') {
            decimal.pop_back();
        }
    }
    return decimal;
}

// A JSON report value as the number cell that holds it reads back; null as an empty cell.
std::string cell_of(const Json& value) {
    if (value.is_null()) {
        return "";
    }
    if (value.is_string()) {
        return plain_number(value.get<std::string>());
    }
    return std::to_string(value.get<std::int64_t>());
}

// "2009-04-01" → "04/01/2009": how LibreOffice writes a date cell under the C locale.
std::string date_cell(const std::string& iso) {
    return iso.substr(5, 2) + "/" + iso.substr(8, 2) + "/" + iso.substr(0, 4);
}

// The row whose first cells are `keys`.
const std::vector<std::string>& row_of(const Rows& rows, const std::vector<std::string>& keys) {
    for (const auto& row : rows) {
        if (row.size() >= keys.size() && std::equal(keys.begin(), keys.end(), row.begin())) {
            return row;
        }
    }
    BOOST_FAIL("no row " + keys.front());
    throw std::logic_error("unreachable");
}

// The value beside a label on the title sheet or the key-figures sheet.
std::string value_of(const Rows& rows, const std::string& label) {
    return row_of(rows, {label}).at(1);
}

fs::perms permissions(const fs::path& path) {
    return fs::status(path).permissions() & fs::perms::all;
}

std::vector<std::string> files_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    return names;
}

Section rows_section(std::string title, std::vector<std::string> headings,
                     std::vector<std::pair<std::vector<Cell>, RowStyle>> rows) {
    Section s;
    s.name = "test";
    s.title = std::move(title);
    s.widths.assign(headings.size(), 10);
    s.headings = std::move(headings);
    s.row_count = rows.size();
    s.for_each_row = [rows = std::move(rows)](const RowSink& sink) {
        for (const auto& [cells, style] : rows) {
            sink(cells, style);
        }
    };
    return s;
}

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_writer)

BOOST_AUTO_TEST_CASE(monitoring_figures_read_back_as_the_json_report_gives_them) {
    const auto& report = test::demo_monitoring();
    const auto json = Json::parse(write_monitoring_json(report));
    const auto document = monitoring_document(report, Language::en);
    const test::TempDir dir;
    const auto path = dir / "osku.xlsx";
    write_xlsx(document, path.string());
    BOOST_TEST((permissions(path) == (fs::perms::owner_read | fs::perms::owner_write)));

    const auto book = read_with_libreoffice(path);
    // Section titles as sheet names, the long one cut to Excel's 31 characters.
    const std::vector<std::string> sheets{"Report",
                                          "Key figures",
                                          "By target group",
                                          "By event kind",
                                          "ESF indicators of participants",
                                          "Targets",
                                          "Chart data"};
    BOOST_TEST(book.sheet_names == sheets, boost::test_tools::per_element());

    const auto& title = book.sheet("Report");
    BOOST_TEST(title.at(0).at(0) == "Monitoring report");
    BOOST_TEST(title.at(1).at(0) == json["project"]["code"].get<std::string>() + " " +
                                        json["project"]["name"].get<std::string>());
    BOOST_TEST(value_of(title, "Project code") == "S10873");
    BOOST_TEST(value_of(title, "Project start") == json["project"]["start"].get<std::string>());
    BOOST_TEST(value_of(title, "Minutes in a training day") ==
               cell_of(json["rules"]["day_minutes"]));

    const auto& figures = book.sheet("Key figures");
    BOOST_TEST(figures.at(0) == (std::vector<std::string>{"Item", "Value"}),
               boost::test_tools::per_element());
    BOOST_TEST(value_of(figures, "Person-training days") == "2028");
    BOOST_TEST(value_of(figures, "Person-training days") ==
               cell_of(json["person_training_days"]["total"]));
    for (const char* gender : {"women", "men", "other", "not_given"}) {
        BOOST_TEST_CONTEXT(gender) {
            BOOST_TEST(value_of(figures, label(Language::en,
                                               std::string("person_training_days_") + gender)) ==
                       cell_of(json["person_training_days"][gender]));
            BOOST_TEST(value_of(figures, label(Language::en,
                                               std::string("participants_started_") + gender)) ==
                       cell_of(json["participants_started"][gender]));
        }
    }
    BOOST_TEST(value_of(figures, "Participants started") ==
               cell_of(json["participants_started"]["total"]));
    BOOST_TEST(value_of(figures, "Participations") == cell_of(json["participations"]));
    BOOST_TEST(value_of(figures, "Events") == cell_of(json["events"]));

    const auto& kinds = book.sheet("By event kind");
    BOOST_TEST(kinds.size() == json["by_kind"].size() + 1);
    for (const auto& kind : json["by_kind"]) {
        const auto& row = row_of(kinds, {label(Language::en, kind["kind"].get<std::string>())});
        BOOST_TEST_CONTEXT(row.at(0)) {
            BOOST_TEST(row.at(1) == cell_of(kind["events"]));
            BOOST_TEST(row.at(2) == cell_of(kind["participations"]));
            BOOST_TEST(row.at(3) == cell_of(kind["person_training_days"]));
        }
    }

    const auto& groups = book.sheet("By target group");
    BOOST_TEST(groups.size() == json["by_target_group"].size() + 1);
    for (const auto& group : json["by_target_group"]) {
        const auto& row = row_of(groups, {group["target_group"].get<std::string>()});
        BOOST_TEST_CONTEXT(row.at(0)) {
            BOOST_TEST(row.at(1) == cell_of(group["participants_started"]));
            BOOST_TEST(row.at(2) == cell_of(group["person_training_days"]));
        }
    }

    const auto& esf = book.sheet("ESF indicators of participants");
    for (const auto& [indicator, categories] : json["esf_indicators"].items()) {
        for (const auto& [category, count] : categories.items()) {
            const auto& row =
                row_of(esf, {label(Language::en, indicator), label(Language::en, category)});
            BOOST_TEST_CONTEXT(indicator << " " << category) {
                BOOST_TEST(row.at(2) == cell_of(count));
            }
        }
    }

    const auto& targets = book.sheet("Targets");
    BOOST_TEST(targets.size() == json["targets"].size() + 1);
    std::string planned_days;
    for (const auto& target : json["targets"]) {
        const auto metric = label(Language::en, target["metric"].get<std::string>());
        const auto group =
            target["target_group"].is_null() ? "" : target["target_group"].get<std::string>();
        const auto& row = row_of(targets, {metric, group});
        BOOST_TEST_CONTEXT(metric << " " << group) {
            BOOST_TEST(row.at(2) == cell_of(target["planned"]));
            BOOST_TEST(row.at(3) == cell_of(target["realised"]));
            BOOST_TEST(row.at(4) == cell_of(target["realised_in_period"]));
            BOOST_TEST(row.at(5) == cell_of(target["percent"]));
            BOOST_TEST(row.at(6) == cell_of(target["expected"]));
            BOOST_TEST(row.at(7) == cell_of(target["forecast"]));
        }
        if (target["metric"] == "person_training_days" && group.empty()) {
            planned_days = cell_of(target["planned"]);
        }
    }
    BOOST_TEST(row_of(targets, {"Person-training days", ""}).at(5) == "86.2");

    // The chart's data: the straight line ends at the plan, the realised line at the total.
    const auto& chart = book.sheet("Chart data");
    std::vector<std::string> headings{"Date"};
    for (const auto& series : document.chart->series) {
        headings.push_back(series.label);
    }
    BOOST_TEST(chart.at(0) == headings, boost::test_tools::per_element());
    std::map<std::string, std::string> last_value;  // by series heading
    for (std::size_t r = 1; r < chart.size(); ++r) {
        for (std::size_t c = 1; c < chart[r].size(); ++c) {
            if (!chart[r][c].empty()) {
                last_value[headings.at(c)] = chart[r][c];
            }
        }
    }
    BOOST_TEST(last_value["Straight line to the target"] == planned_days);
    BOOST_TEST(last_value["Realised"] == cell_of(json["person_training_days"]["total"]));
    BOOST_TEST(chart.at(1).at(0) == json["project"]["start"].get<std::string>());
}

BOOST_AUTO_TEST_CASE(ledger_dates_are_dates_and_its_total_is_the_ledgers) {
    const auto& ledger = test::demo_ledger();
    const auto json = Json::parse(write_ledger_json(ledger));
    const test::TempDir dir;
    const auto path = dir / "ledger.xlsx";
    write_xlsx(ledger_document(ledger, Language::fi), path.string());

    const auto book = read_with_libreoffice(path);
    const std::string ledger_sheet = "Laskettujen merkintöjen erittel";  // 31 characters
    BOOST_TEST(book.sheet_names == (std::vector<std::string>{"Raportti", ledger_sheet}),
               boost::test_tools::per_element());
    // A date cell in d.m.yyyy reads back as a date value; text would read "1.4.2009".
    BOOST_TEST(value_of(book.sheet("Raportti"), label(Language::fi, "project_start")) ==
               "04/01/2009");

    const auto& rows = book.sheet(ledger_sheet);
    BOOST_TEST(rows.size() == ledger_row_count(ledger) + 1);
    std::vector<std::string> headings;
    for (const auto& column : ledger_columns()) {
        headings.push_back(label(Language::fi, column));
    }
    BOOST_TEST(rows.at(0) == headings, boost::test_tools::per_element());

    // Every person-day in order: who, which date (a date cell), its value.
    std::size_t day = 0;
    for (const auto& row : rows) {
        if (row.at(0) != label(Language::fi, "day")) {
            continue;
        }
        BOOST_REQUIRE(day < json["days"].size());
        const auto& expected = json["days"][day++];
        BOOST_TEST(row.at(1) == expected["employee_id"].get<std::string>());
        BOOST_TEST(row.at(3) == date_cell(expected["date"].get<std::string>()));
        BOOST_TEST(row.at(12) == cell_of(expected["day_value"]));
    }
    BOOST_TEST(day == json["days"].size());

    const auto& total = rows.back();
    BOOST_TEST(total.at(0) == label(Language::fi, "total"));
    BOOST_TEST(total.at(10) == cell_of(json["totals"]["minutes"]));
    BOOST_TEST(total.at(11) == cell_of(json["totals"]["counted_minutes"]));
    BOOST_TEST(total.at(12) == cell_of(json["totals"]["person_training_days"]));
    BOOST_TEST(total.at(12) == "2028");
}

BOOST_AUTO_TEST_CASE(a_long_section_continues_on_sheets_that_repeat_its_headings) {
    Document document;
    document.language = Language::fi;
    document.title = "Koe";
    const std::vector<std::string> headings{"Nimi",   "Päivä", "Minuutit",
                                            "Päivät", "Osuus", "Päiväarvo"};
    std::vector<std::pair<std::vector<Cell>, RowStyle>> rows;
    for (int i = 1; i <= 6; ++i) {
        rows.push_back(
            {{std::string("rivi ") + std::to_string(i), date(2024, 3, static_cast<unsigned>(i)),
              std::int64_t{1234567} * i, Hundredths{-5 * i}, Tenths{862}, Empty{}},
             RowStyle::normal});
    }
    rows.push_back({{std::string("yhteensä"), Empty{}, std::int64_t{0}, Hundredths{202800},
                     Tenths{0}, TenThousandths{3333}},
                    RowStyle::total});
    document.sections.push_back(rows_section("Kaikki solut", headings, rows));
    // Characters Excel forbids, too long, and twice the same.
    const std::string odd_title = "Kevät/syksy: [ryhmä A]*? ja B\\C-tilaisuudet";
    document.sections.push_back(rows_section(odd_title, {"A"}, {}));
    document.sections.push_back(rows_section(odd_title, {"B"}, {}));
    const test::TempDir dir;
    const auto path = dir / "koe.xlsx";
    write_xlsx(document, path.string(), XlsxLimits{3});  // the headings and two rows a sheet

    const auto book = read_with_libreoffice(path);
    BOOST_TEST(book.sheet_names ==
                   (std::vector<std::string>{"Raportti", "Kaikki solut", "Kaikki solut (2)",
                                             "Kaikki solut (3)", "Kaikki solut (4)",
                                             "Kevät_syksy_ _ryhmä A___ ja B_C",
                                             "Kevät_syksy_ _ryhmä A___ ja (2)"}),
               boost::test_tools::per_element());
    Rows read;
    for (const char* name :
         {"Kaikki solut", "Kaikki solut (2)", "Kaikki solut (3)", "Kaikki solut (4)"}) {
        const auto& sheet = book.sheet(name);
        BOOST_TEST_CONTEXT(name) {
            BOOST_TEST(sheet.at(0) == headings, boost::test_tools::per_element());
            BOOST_TEST(sheet.size() <= 3u);
        }
        read.insert(read.end(), sheet.begin() + 1, sheet.end());
    }
    BOOST_REQUIRE(read.size() == 7u);
    const std::vector<std::string> hundredths{"-0.05", "-0.1", "-0.15", "-0.2", "-0.25", "-0.3"};
    for (int i = 1; i <= 6; ++i) {
        const auto& row = read.at(static_cast<std::size_t>(i - 1));
        BOOST_TEST_CONTEXT("row " << i) {
            BOOST_TEST(row.at(0) == "rivi " + std::to_string(i));
            BOOST_TEST(row.at(1) == "03/0" + std::to_string(i) + "/2024");  // a date
            BOOST_TEST(row.at(2) == std::to_string(1234567 * i));
            BOOST_TEST(row.at(3) == hundredths.at(static_cast<std::size_t>(i - 1)));
            BOOST_TEST(row.at(4) == "86.2");
            BOOST_TEST(row.at(5) == "");
        }
    }
    BOOST_TEST(read.at(6) == (std::vector<std::string>{"yhteensä", "", "0", "2028", "0", "0.3333"}),
               boost::test_tools::per_element());
    BOOST_TEST(book.sheet("Kevät_syksy_ _ryhmä A___ ja (2)").at(0).at(0) == "B");
}

BOOST_AUTO_TEST_CASE(an_error_names_the_file_and_leaves_nothing_behind) {
    const test::TempDir dir;
    const auto path = dir / "raportti.xlsx";
    Document document;
    document.title = "Test";
    // Longer than the 32,767 characters an Excel cell holds: libxlsxwriter refuses it.
    document.sections.push_back(
        rows_section("Long", {"Text"}, {{{std::string(40'000, 'x')}, RowStyle::normal}}));
    BOOST_CHECK_EXCEPTION(write_xlsx(document, path.string()), InputError,
                          [&](const InputError& e) {
                              const std::string message = e.what();
                              BOOST_TEST_MESSAGE(message);
                              return message.find(path.string()) != std::string::npos &&
                                     message.find("'Long'") != std::string::npos &&
                                     message.find("row 2") != std::string::npos;
                          });
    BOOST_TEST(files_in(dir.path()).empty());

    // A failure while the rows are made: the earlier file stays as it was, whole.
    test::write_file(path, "the earlier report");
    Section failing = rows_section("Rows", {"Text"}, {});
    failing.for_each_row = [](const RowSink& sink) {
        sink({std::string("first")}, RowStyle::normal);
        throw DatabaseError("the server went away");
    };
    document.sections = {failing};
    BOOST_CHECK_THROW(write_xlsx(document, path.string()), DatabaseError);
    BOOST_TEST(test::read_file(path) == "the earlier report");
    BOOST_TEST(files_in(dir.path()) == (std::vector<std::string>{"raportti.xlsx"}),
               boost::test_tools::per_element());

    const auto missing = dir / "no such folder" / "raportti.xlsx";
    BOOST_CHECK_EXCEPTION(
        write_xlsx(document, missing.string()), InputError, [&](const InputError& e) {
            return std::string(e.what()).find(missing.string()) != std::string::npos;
        });
}

BOOST_AUTO_TEST_CASE(a_sheet_must_hold_the_headings_and_a_row) {
    const test::TempDir dir;
    BOOST_CHECK_THROW(write_xlsx(Document{}, (dir / "x.xlsx").string(), XlsxLimits{1}),
                      std::invalid_argument);
    BOOST_TEST(files_in(dir.path()).empty());
}

BOOST_AUTO_TEST_SUITE_END()
