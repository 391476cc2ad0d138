// polku-cli person erase EMPLOYEE_ID: the person's names, email, employee id, birth year and
// notes are replaced or removed everywhere, the audit trail included, while every monitoring
// figure of every period stays byte for byte; on SQLite no trace is left in the file itself.
// And `report audit`, which shows the erasure.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/cli_support.hpp"
#include "tests/cli/paths_fixture.hpp"

using namespace polku::test;
using namespace polku::test::cli;
using Json = nlohmann::json;

namespace {

// The periods compared before and after: the whole project and its quarters with entries.
const std::vector<std::vector<std::string>> kPeriods = {
    {},
    {"--from", "2026-01-01", "--to", "2026-03-31"},
    {"--from", "2026-04-01", "--to", "2026-06-30"},
    {"--from", "2026-01-01", "--to", "2026-12-31"},
};

std::vector<std::string> monitoring_reports(const CliDatabase& db) {
    std::vector<std::string> out;
    for (const auto& period : kPeriods) {
        std::vector<std::string> args{"report", "monitoring", "--format", "json"};
        args.insert(args.end(), period.begin(), period.end());
        const auto r = db.run(args);
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
        out.push_back(r.out);
    }
    return out;
}

// What identifies Liisa (E203): a sign-off for her carries a note about her, and the audit rows
// of the people.csv imports that renamed her hold her names and emails, old and new.
const std::vector<std::string> kHerValues = {
    "Liisa",       "Lahtinen", "liisa.lahtinen@example.fi", "E203", "Keskusteltu; tavoitteet",
    "Liisa-Maria", "Laine",    "liisa.laine@example.fi"};

struct ErasedFixture {
    CliDatabase db;
    ErasedFixture() {
        import_paths_fixture(db);
        db.import_ok("people", "rename.csv",
                     "employee_id,first_name,last_name,email\n"
                     "E203,Liisa-Maria,Laine,liisa.laine@example.fi\n",
                     0, 1, 0);
        db.import_ok("people", "update.csv",
                     "employee_id,first_name,last_name,email,gender,birth_year\n"
                     "E203,Liisa,Lahtinen,liisa.lahtinen@example.fi,female,1968\n",
                     0, 1, 0);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cli_person_erase, ErasedFixture)

BOOST_AUTO_TEST_CASE(every_figure_stays_and_nothing_of_hers_is_left) {
    const auto before = monitoring_reports(db);
    // The ESF age band is hers by birth year: 55 and over in 2026.
    BOOST_TEST(Json::parse(before[0])["esf_indicators"]["age"]["55_over"] == 1);

    const auto r = db.run({"person", "erase", "E203", "--yes"});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    BOOST_TEST(r.out.empty());
    BOOST_TEST(contains(r.err, "erased E203: now ERASED-"));
    const std::string pseudonym =
        db.query("SELECT p.employee_id FROM people p JOIN erasures e ON e.person_id = p.id");
    BOOST_TEST_REQUIRE(starts_with(pseudonym, "ERASED-"));
    const std::string id = pseudonym.substr(0, pseudonym.size() - 1);

    const auto after = monitoring_reports(db);
    for (std::size_t i = 0; i < before.size(); ++i) {
        BOOST_TEST(after[i] == before[i], "period " << i);
    }

    // The anonymous rows stay: her marks, her path, the sign-off (without its note).
    BOOST_TEST(db.query("SELECT COUNT(*) FROM attendance a JOIN people p ON p.id = "
                        "a.person_id WHERE p.employee_id = '" +
                        id + "'") != "0\n");
    BOOST_TEST(db.query("SELECT COUNT(*) FROM sign_offs WHERE note IS NULL") == "1\n");
    BOOST_TEST(db.query("SELECT first_name || '|' || last_name || '|' || COALESCE(email, '-') "
                        "|| '|' || COALESCE(CAST(birth_year AS TEXT), '-') FROM people WHERE "
                        "employee_id = '" +
                        id + "'") == "|" + id + "|-|-\n");
    // Nowhere in the database: every text column of every table that could hold it.
    for (const auto& value : kHerValues) {
        const std::string like = "'%" + value + "%'";
        BOOST_TEST(db.query("SELECT COUNT(*) FROM people WHERE employee_id LIKE " + like +
                            " OR first_name LIKE " + like + " OR last_name LIKE " + like +
                            " OR email LIKE " + like) == "0\n",
                   value);
        BOOST_TEST(db.query("SELECT COUNT(*) FROM audit_log WHERE record_key LIKE " + like +
                            " OR old_values LIKE " + like + " OR new_values LIKE " + like +
                            " OR actor LIKE " + like) == "0\n",
                   value);
        BOOST_TEST(db.query("SELECT COUNT(*) FROM sign_offs WHERE note LIKE " + like) == "0\n",
                   value);
    }
    if (!testing_postgresql()) {
        // The file itself, its free pages and its journal: not a byte of her left.
        for (const char* suffix : {"", "-wal", "-journal"}) {
            const std::filesystem::path file = db.locator() + suffix;
            if (!std::filesystem::exists(file)) {
                continue;
            }
            const std::string bytes = read_file(file);
            for (const auto& value : kHerValues) {
                BOOST_TEST(bytes.find(value) == std::string::npos, value << " in " << file);
            }
        }
    }

    // The erasure is on record, with who did it, and shows in the audit report.
    const auto audit = db.run({"report", "audit", "--person", id, "--format", "json"});
    BOOST_TEST_REQUIRE(audit.exit_code == 0, describe(audit));
    const Json trail = Json::parse(audit.out);
    BOOST_TEST(trail["filters"]["person"] == id);
    BOOST_TEST_REQUIRE(trail["entries"].size() == 3u, trail.dump(2));
    // The two imports' rows stay, under the pseudonym, their names and emails gone.
    for (const auto& update : {trail["entries"][0], trail["entries"][1]}) {
        BOOST_TEST(update["action"] == "update");
        BOOST_TEST(update["table"] == "people");
        BOOST_TEST(update["key"]["employee_id"] == id);
        BOOST_TEST(update["old"]["last_name"].is_null());
        BOOST_TEST(update["new"]["email"].is_null());
    }
    BOOST_TEST(trail["entries"][1]["new"]["gender"] == "female");
    BOOST_TEST(trail["entries"][2]["action"] == "erase");
    BOOST_TEST(trail["entries"][2]["key"]["employee_id"] == id);
    BOOST_TEST(!trail["entries"][2]["actor"].get<std::string>().empty());
    const auto pdf = db.dir() / "audit.pdf";
    const auto printed =
        db.run({"report", "audit", "--format", "pdf", "--lang", "fi", "-o", pdf.string()});
    BOOST_TEST_REQUIRE(printed.exit_code == 0, describe(printed));
    const auto text = run_process({"pdftotext", "-layout", pdf.string(), "-"});
    BOOST_TEST(contains(text.out, "Muutoshistoria"));
    BOOST_TEST(contains(text.out, "Anonymisoitu"));
    BOOST_TEST(contains(text.out, id));

    // Her own export still answers under the pseudonym, and says she was erased.
    const auto exported = db.run({"person", "export", id});
    BOOST_TEST_REQUIRE(exported.exit_code == 0, describe(exported));
    const Json e = Json::parse(exported.out);
    BOOST_TEST(e["erasure"].size() == 1u);
    BOOST_TEST(e["person"][0]["email"].is_null());
}

BOOST_AUTO_TEST_CASE(erasing_asks_first_and_refuses_the_unknown_and_the_erased) {
    // Not a terminal and no --yes: refused as a usage error, nothing changed.
    RunOptions typed;
    typed.input = "E203\n";  // a pipe, however right the answer
    const auto unconfirmed = db.run({"person", "erase", "E203"}, typed);
    BOOST_TEST(unconfirmed.exit_code == 2, describe(unconfirmed));
    BOOST_TEST(contains(unconfirmed.err, "--yes"));
    BOOST_TEST(db.query("SELECT COUNT(*) FROM people WHERE employee_id = 'E203'") == "1\n");
    BOOST_TEST(db.query("SELECT COUNT(*) FROM erasures") == "0\n");

    const auto unknown = db.run({"person", "erase", "E999", "--yes"});
    BOOST_TEST(unknown.exit_code == 1, describe(unknown));
    BOOST_TEST(contains(unknown.err, "no person with employee id 'E999'"));

    BOOST_TEST_REQUIRE(db.run({"person", "erase", "E202", "--yes"}).exit_code == 0);
    const std::string id =
        db.query("SELECT p.employee_id FROM people p JOIN erasures e ON e.person_id = p.id");
    const auto again = db.run({"person", "erase", id.substr(0, id.size() - 1), "--yes"});
    BOOST_TEST(again.exit_code == 1, describe(again));
    BOOST_TEST(contains(again.err, "already erased"));
}

BOOST_AUTO_TEST_SUITE_END()
