// The monitoring report as CSV: the same figures as the JSON, in the form formats.md gives
// for Finnish spreadsheets and for scripts.
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "app/csv_reader.hpp"
#include "tests/cli/report_fixture.hpp"

using nlohmann::json;
using polku::test::run_process;

namespace {

struct CsvFixture : polku::test::ReportFixture {
    // The file's records, read as an import reads a file (BOM, delimiter, quotes).
    static std::vector<std::vector<std::string>> records(const std::filesystem::path& path) {
        polku::app::CsvReader reader(path.string());
        polku::ErrorList errors(path.string());
        std::vector<std::vector<std::string>> out;
        reader.read(
            [&](const std::vector<std::string>& fields, std::size_t) { out.push_back(fields); },
            errors);
        BOOST_TEST(errors.empty());
        return out;
    }

    static std::map<std::string, std::string> items(
        const std::vector<std::vector<std::string>>& rows) {
        std::map<std::string, std::string> m;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            m[rows[i][0]] = rows[i][1];
        }
        return m;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(report_csv, CsvFixture)

BOOST_AUTO_TEST_CASE(finnish_csv_files_hold_the_same_figures_as_the_json) {
    BOOST_REQUIRE(cli({"demo"}).exit_code == 0);
    const auto j = report("monitoring");
    const auto stem = t.dir() / "osku.csv";
    const auto r = cli({"report", "monitoring", "--format", "csv", "-o", stem.string()});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    for (const char* table : {"summary", "target_groups", "kinds", "esf_indicators", "targets"}) {
        const auto path = t.dir() / (std::string("osku-") + table + ".csv");
        BOOST_REQUIRE_MESSAGE(std::filesystem::exists(path), path);
        struct stat st {};
        BOOST_REQUIRE(::stat(path.c_str(), &st) == 0);
        BOOST_TEST((st.st_mode & 0777) == 0600u);
    }
    const std::string raw = polku::test::read_file(t.dir() / "osku-summary.csv");
    BOOST_TEST(raw.substr(0, 3) == "\xEF\xBB\xBF");  // Excel needs the BOM to read UTF-8
    BOOST_TEST(raw.find("item;value\r\n") == 3u);
    const auto summary = items(records(t.dir() / "osku-summary.csv"));
    BOOST_TEST(summary.at("participants_started_total") == "707");
    BOOST_TEST(summary.at("participations") == "1035");
    // "2028.00" in the JSON is 2028,00 for a Finnish spreadsheet; dates are 1.4.2009.
    BOOST_TEST(summary.at("person_training_days_total") == "2028,00");
    BOOST_TEST(j["person_training_days"]["total"] == "2028.00");
    BOOST_TEST(summary.at("project_start") == "1.4.2009");
    BOOST_TEST(summary.at("project_name") == "OSKU – Osaava kuntatyöntekijä");
    const auto kinds = records(t.dir() / "osku-kinds.csv");
    BOOST_REQUIRE(kinds.size() == 10u);  // header + the nine kinds
    for (std::size_t i = 1; i < kinds.size(); ++i) {
        const auto& k = j["by_kind"][i - 1];
        BOOST_TEST(kinds[i][0] == k["kind"].get<std::string>());
        BOOST_TEST(std::stoll(kinds[i][2]) == k["participations"].get<long long>());
        std::string days = k["person_training_days"].get<std::string>();
        days[days.find('.')] = ',';
        BOOST_TEST(kinds[i][3] == days);
    }
}

BOOST_AUTO_TEST_CASE(machine_csv_for_scripts_and_one_table_to_stdout) {
    BOOST_REQUIRE(cli({"demo"}).exit_code == 0);
    const auto r = cli({"report", "monitoring", "--format", "csv", "--csv-style", "machine",
                        "--table", "targets"});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    BOOST_TEST(
        r.out.rfind(
            "metric,target_group,planned,realised,realised_in_period,percent,expected,forecast\r\n",
            0) == 0u);
    BOOST_TEST(
        r.out.find("person_training_days,,2352.00,2028.00,2028.00,86.2,2352.00,2028.00\r\n") !=
        std::string::npos);
}

BOOST_AUTO_TEST_CASE(several_tables_need_a_choice) {
    BOOST_REQUIRE(cli({"demo"}).exit_code == 0);
    auto r = cli({"report", "monitoring", "--format", "csv"});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("choose one with --table") != std::string::npos);
    r = cli({"report", "monitoring", "--format", "csv", "--table", "nope"});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("summary, target_groups, kinds, esf_indicators, targets") !=
               std::string::npos);
    r = cli(
        {"report", "monitoring", "--format", "csv", "--csv-style", "excel", "--table", "kinds"});
    BOOST_TEST(r.exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
