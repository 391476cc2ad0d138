// polku-cli copy --to: a local SQLite database moved onto the run's database (the
// throw-away PostgreSQL server in the postgresql run, a new SQLite file in the sqlite run),
// every report compared by the command and again here; a target holding data refused.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>

#include "db/database_copy.hpp"
#include "tests/cli/cli_support.hpp"
#include "tests/cli/paths_fixture.hpp"

using namespace polku::test;
using namespace polku::test::cli;

namespace {

// The hand-computed paths project and the demo, in a local SQLite file.
std::string local_database(const CliDatabase& db) {
    const std::string local = (db.dir() / "local.sqlite").string();
    const auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", local});
        const auto r = run_cli(args);
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    };
    run({"demo"});
    for (const auto& [kind, file] : paths_fixture_files()) {
        run({"import", kind, file.string()});
    }
    // An erased person: the audit trail, the erasure and the age band kept move too.
    run({"person", "erase", "E202", "--yes"});
    return local;
}

std::string report(const std::string& locator, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", locator, "report"});
    const auto r = run_cli(args);
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    return r.out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_copy)

BOOST_AUTO_TEST_CASE(a_local_database_is_copied_and_every_report_compared) {
    CliDatabase db;
    const std::string local = local_database(db);
    const auto r = run_cli({"--db", local, "copy", "--to", db.locator()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST_REQUIRE(r.exit_code == 0);
        BOOST_TEST(contains(r.out, "rows of " + std::to_string(polku::db::copied_tables().size()) +
                                       " tables into"));
        BOOST_TEST(contains(r.out, "reports of 2 projects are the same on both"));
    }
    // Read back independently of the command's own comparison.
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"monitoring", "--project", "S10873", "--format", "json"},
             {"monitoring", "--project", "POLKU1", "--format", "json"},
             {"ledger", "--project", "POLKU1", "--format", "json"},
             {"paths", "--project", "POLKU1", "--to", "2026-06-01", "--format", "json"},
             {"transcript", "--person", "E201", "--to", "2026-06-01", "--format", "json"}}) {
        BOOST_TEST(report(db.locator(), args) == report(local, args), args[0]);
    }
    BOOST_TEST(db.query("SELECT COUNT(*) FROM people") == "713\n");  // 707 + 6
    // Ids go on after the copied ones.
    db.import_ok("people", "more.csv", "employee_id,first_name,last_name\nNEW1,Uusi,Henkilö\n", 1,
                 0, 0);
    BOOST_TEST(db.query("SELECT COUNT(*) FROM people WHERE id > (SELECT MAX(id) FROM people "
                        "WHERE employee_id <> 'NEW1')") == "1\n");

    // A second copy would mix two databases: refused, nothing written.
    const std::string before = db.snapshot();
    const auto again = run_cli({"--db", local, "copy", "--to", db.locator()});
    BOOST_TEST(again.exit_code == 1, describe(again));
    BOOST_TEST(contains(again.err, "already holds data"));
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(every_table_of_the_schema_is_copied) {
    CliDatabase db;
    db.init();
    const std::string tables =
        testing_postgresql()
            ? db.query(
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                  "'public' ORDER BY table_name")
            : db.query(
                  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                  "'sqlite_%' ORDER BY name");
    auto copied = polku::db::copied_tables();
    copied.push_back("schema_version");
    std::sort(copied.begin(), copied.end());
    std::string expected;
    for (const auto& t : copied) {
        expected += t + "\n";
    }
    BOOST_TEST(tables == expected);
}

BOOST_AUTO_TEST_SUITE_END()
