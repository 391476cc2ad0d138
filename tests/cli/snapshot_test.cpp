// report monitoring --snapshot and snapshots verify: the figures sent are kept with their
// SHA-256; verifying writes each report again and lists every figure that changed since, with
// the recorded changes behind it; a snapshot altered in the database is found out.
#include <boost/test/unit_test.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"
#include "tests/cli/paths_fixture.hpp"

using namespace polku::test;
using namespace polku::test::cli;

BOOST_AUTO_TEST_SUITE(cli_snapshots)

BOOST_AUTO_TEST_CASE(a_changed_figure_is_listed_with_the_change_behind_it) {
    CliDatabase db;
    import_paths_fixture(db);
    const auto sent = db.dir() / "sent.json";
    const auto r =
        db.run({"report", "monitoring", "--format", "json", "--snapshot", "-o", sent.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    const auto hash = run_process({"sha256sum", sent.string()}).out.substr(0, 64);
    BOOST_TEST(r.err == "snapshot 1 stored: POLKU1, sha256 " + hash + "\n");
    const auto quarter =
        db.run({"report", "monitoring", "--format", "pdf", "--from", "2026-01-01", "--to",
                "2026-03-31", "--snapshot", "-o", (db.dir() / "q1.pdf").string()});
    BOOST_TEST_REQUIRE(quarter.exit_code == 0, describe(quarter));
    const auto ledger = db.run({"report", "ledger", "--format", "json", "--snapshot"});
    BOOST_TEST(ledger.exit_code == 2, describe(ledger));

    const auto same = db.run({"snapshots", "verify"});
    BOOST_TEST(same.exit_code == 0, describe(same));
    BOOST_TEST(contains(same.out, "snapshot 1: monitoring POLKU1, the whole project, taken "));
    BOOST_TEST(contains(same.out, "snapshot 2: monitoring POLKU1, 2026-01-01..2026-03-31"));
    BOOST_TEST(contains(same.out, "2 snapshot(s), 0 changed\n"));

    // A mark of February corrected afterwards: both reports' days change.
    const auto fix = db.import_ok("attendance", "correction.csv",
                                  "event_id,date,employee_id,status,minutes\n"
                                  "EV1,2026-02-02,E201,absent,\n",
                                  0, 1, 0);
    const auto changed = db.run({"snapshots", "verify"});
    BOOST_TEST(changed.exit_code == 1, describe(changed));
    BOOST_TEST(contains(changed.out, "person_training_days.total: \""), changed.out);
    BOOST_TEST(contains(changed.out, "import attendance file = " + fix.string()), changed.out);
    BOOST_TEST(contains(changed.out, "2 snapshot(s), 2 changed\n"));

    // Figures altered in the database no longer match their hash.
    db.query(
        "UPDATE report_snapshots SET figures = REPLACE(figures, 'POLKU1', 'POLKU2') "
        "WHERE id = 1");
    const auto altered = db.run({"snapshots", "verify"});
    BOOST_TEST(altered.exit_code == 1);
    BOOST_TEST(
        contains(altered.out, "ALTERED: the stored figures no longer match their SHA-256 " + hash),
        altered.out);
}

BOOST_AUTO_TEST_SUITE_END()
