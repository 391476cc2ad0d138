// polku-cli report audit: an import is one audit row (the file, its SHA-256 as sha256sum
// prints it, the counts) and one per record it updated, a dry run or a refused import none;
// the filters and every format.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;
using Json = nlohmann::json;

namespace {

std::string sha256sum(const std::filesystem::path& file) {
    const auto r = run_process({"sha256sum", file.string()});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, describe(r));
    return r.out.substr(0, 64);
}

Json audit(const CliDatabase& db, std::vector<std::string> filters = {}) {
    std::vector<std::string> args{"report", "audit", "--format", "json"};
    args.insert(args.end(), filters.begin(), filters.end());
    const auto r = db.run(args);
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, describe(r));
    return Json::parse(r.out);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_audit_report)

BOOST_AUTO_TEST_CASE(an_import_is_one_row_with_its_file_hash_and_counts) {
    CliDatabase db;
    db.init();
    const auto projects =
        db.import_ok("projects", "projects.csv",
                     "code,name,start,end\nP1,Projekti,2024-01-01,2024-12-31\n", 1, 0, 0);
    const std::string people_v1 =
        "employee_id,first_name,last_name\nE1,Aino,Aalto\nE2,Bertta,Berg\n";
    const auto people = db.import_ok("people", "people.csv", people_v1, 2, 0, 0);
    // A dry run and a refused file leave no row.
    BOOST_TEST_REQUIRE(db.import("people", people, true).exit_code == 0);
    const auto bad = db.write("bad.csv", "employee_id,first_name,last_name\nE3,,Nimetön\n");
    BOOST_TEST_REQUIRE(db.import("people", bad).exit_code == 1);
    const auto again = db.import_ok("people", "people2.csv",
                                    "employee_id,first_name,last_name\nE1,Aino,Aalto-Berg\n"
                                    "E2,Bertta,Berg\n",
                                    0, 1, 1);

    const Json trail = audit(db);
    BOOST_TEST_REQUIRE(trail["entries"].size() == 4u, trail.dump(2));
    const auto& first = trail["entries"][0];
    BOOST_TEST(first["action"] == "import");
    BOOST_TEST(first["table"] == "projects");
    BOOST_TEST(first["key"]["file"] == projects.string());
    BOOST_TEST(first["new"]["sha256"] == sha256sum(projects));
    BOOST_TEST(first["new"]["added"] == 1);
    const auto& second = trail["entries"][1];
    BOOST_TEST(second["table"] == "people");
    BOOST_TEST(second["new"]["sha256"] == sha256sum(people));
    BOOST_TEST(second["new"]["added"] == 2);
    // The one updated record, just before the file's row, with its time and actor.
    const auto& update = trail["entries"][2];
    BOOST_TEST(update["action"] == "update");
    BOOST_TEST(update["table"] == "people");
    BOOST_TEST(update["key"] == Json::parse(R"({"employee_id": "E1"})"));
    BOOST_TEST(update["old"] == Json::parse(R"({"last_name": "Aalto"})"));
    BOOST_TEST(update["new"] == Json::parse(R"({"last_name": "Aalto-Berg"})"));
    const auto& third = trail["entries"][3];
    BOOST_TEST(update["changed_at"] == third["changed_at"]);
    BOOST_TEST(update["actor"] == third["actor"]);
    BOOST_TEST(third["key"]["file"] == again.string());
    BOOST_TEST(third["new"]["updated"] == 1);
    BOOST_TEST(third["new"]["unchanged"] == 1);
    BOOST_TEST(!third["actor"].get<std::string>().empty());

    // Today (UTC) holds them all, the day before none; an unknown person is an error.
    BOOST_TEST(audit(db, {"--to", "2000-01-01"})["entries"].empty());
    const auto unknown = db.run({"report", "audit", "--person", "E404", "--format", "json"});
    BOOST_TEST(unknown.exit_code == 1, describe(unknown));
    BOOST_TEST(contains(unknown.err, "no person with employee id 'E404'"));
    const Json hers = audit(db, {"--person", "E1"});
    BOOST_TEST_REQUIRE(hers["entries"].size() == 1u, hers.dump(2));
    BOOST_TEST(hers["entries"][0] == update);
    BOOST_TEST(audit(db, {"--person", "E2"})["entries"].empty());

    // CSV, and a document an auditor opens.
    const auto csv = db.run({"report", "audit", "--format", "csv", "--csv-style", "machine"});
    BOOST_TEST_REQUIRE(csv.exit_code == 0, describe(csv));
    BOOST_TEST(starts_with(csv.out,
                           "changed_at,actor,action,table_name,record,old_values,new_values\r\n"));
    BOOST_TEST(lines_of(csv.out).size() == 5u);
    BOOST_TEST(contains(csv.out,
                        "update,people,employee_id = E1,last_name = Aalto,"
                        "last_name = Aalto-Berg\r\n"));
    const auto html = db.dir() / "audit.html";
    const auto written = db.run({"report", "audit", "--format", "html", "-o", html.string()});
    BOOST_TEST_REQUIRE(written.exit_code == 0, describe(written));
    const auto lint = run_process({"xmllint", "--html", "--noout", html.string()});
    BOOST_TEST(lint.exit_code == 0, describe(lint));
    BOOST_TEST(contains(read_file(html), sha256sum(people)));
}

BOOST_AUTO_TEST_SUITE_END()
