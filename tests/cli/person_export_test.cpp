// polku-cli person export EMPLOYEE_ID: everything the database holds about a person, from
// every table that has their rows, as JSON in a file readable by its owner only.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"
#include "tests/cli/paths_fixture.hpp"

using namespace polku::test;
using namespace polku::test::cli;
using Json = nlohmann::json;

BOOST_AUTO_TEST_SUITE(cli_person_export)

BOOST_AUTO_TEST_CASE(everything_held_about_a_person_is_written) {
    CliDatabase db;
    import_paths_fixture(db);
    db.import_ok("people", "email.csv",
                 "employee_id,first_name,last_name,email,organisation,unit,gender,birth_year\n"
                 "E201,Anna,Mäkinen,anna.makinen@example.fi,Testikunta,Kotihoito,female,1980\n",
                 0, 1, 0);
    const auto file = db.dir() / "e201.json";
    const auto r = db.run({"person", "export", "E201", "-o", file.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    BOOST_TEST(mode_of(file) == 0600u);
    const Json e = Json::parse(read_file(file));
    BOOST_TEST(e["employee_id"] == "E201");
    BOOST_TEST(e["person"][0]["email"] == "anna.makinen@example.fi");
    BOOST_TEST(e["person"][0]["organisation"] == "Testikunta");
    BOOST_TEST(e["person"][0]["supervisor_id"] == "E200");
    BOOST_TEST(e["person"][0]["birth_year"] == "1980");
    BOOST_TEST(e["target_groups"].size() == 1u);
    // Every attendance mark of hers: four sessions of EV1 (one absent) and EV2.
    BOOST_TEST(e["attendance"].size() == 5u);
    BOOST_TEST(e["attendance"][2]["status"] == "partial");
    BOOST_TEST(e["attendance"][2]["minutes"] == "90");
    BOOST_TEST(e["activities"].size() == 1u);
    BOOST_TEST(e["activities"][0]["description"] == "Verkkokurssi asiakastyöstä");
    BOOST_TEST(e["path_assignments"].size() == 1u);
    BOOST_TEST(e["sign_offs_received"].size() == 0u);
    BOOST_TEST(e["supervises"][0]["employee_id"] == "E203");

    // Her rows, counted in the database itself, are all in the export.
    const std::string counts = db.query(
        "SELECT (SELECT COUNT(*) FROM attendance a JOIN people p ON p.id = a.person_id WHERE "
        "p.employee_id = 'E201') || ' ' || (SELECT COUNT(*) FROM activities a JOIN people p ON "
        "p.id = a.person_id WHERE p.employee_id = 'E201')");
    BOOST_TEST(counts == std::to_string(e["attendance"].size()) + " " +
                             std::to_string(e["activities"].size()) + "\n");

    // The one who signed a step off has it among what they gave.
    const auto top = db.run({"person", "export", "E100"});
    BOOST_TEST_REQUIRE(top.exit_code == 0, describe(top));
    const Json t = Json::parse(top.out);
    BOOST_TEST(t["sign_offs_given"].size() == 1u);
    BOOST_TEST(t["sign_offs_given"][0]["for_employee_id"] == "E203");
    BOOST_TEST(t["sign_offs_given"][0]["note"] == "Keskusteltu; tavoitteet kirjattu");

    const auto unknown = db.run({"person", "export", "E999"});
    BOOST_TEST(unknown.exit_code == 1, describe(unknown));
    BOOST_TEST(contains(unknown.err, "no one has the employee id E999"));
}

BOOST_AUTO_TEST_SUITE_END()
