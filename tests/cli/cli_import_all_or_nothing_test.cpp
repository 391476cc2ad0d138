// An import is all-or-nothing per command (formats.md "CSV in"): one bad row and none of the
// good rows are written; the good rows alone then import as new.

#include <boost/test/unit_test.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

BOOST_AUTO_TEST_SUITE(cli_import_all_or_nothing)

BOOST_AUTO_TEST_CASE(three_good_rows_and_one_bad_row_import_nothing) {
    CliDatabase db;
    db.init();
    const std::string empty = db.snapshot();

    const std::string header = "code,name,start\n";
    const std::string good = "P1,Yksi,1.1.2024\nP2,Kaksi,2024-01-02\nP4,Neljä,04.01.2024\n";
    const auto mixed =
        db.write("mixed.csv", header +
                                  "P1,Yksi,1.1.2024\nP2,Kaksi,2024-01-02\nP3,Kolme,31.2.2024\n"
                                  "P4,Neljä,04.01.2024\n");
    check_rejected(db.import("projects", mixed), mixed,
                   {{4, "start", "'31.2.2024' is not a valid date"}});
    BOOST_TEST(db.snapshot() == empty);

    db.import_ok("projects", "good.csv", header + good, 3, 0, 0);
}

BOOST_AUTO_TEST_CASE(a_bad_row_after_many_written_batches_imports_nothing) {
    // Attendance is written in batches of 500 rows as the file streams: a bad last row must
    // still undo the 625 good rows before it.
    CliDatabase db;
    db.init();
    const BulkAttendance bulk(25, 25, false);
    bulk.import_references(db, 25, 25);
    const std::string before = db.snapshot();

    // 625 good rows on lines 2-626, then a row for a day without a session on line 627.
    const auto bad = db.write("attendance_bad.csv", bulk.attendance + "EVB,26.6.2024,B1\n");
    check_rejected(db.import("attendance", bad), bad,
                   {{627, "date", "event EVB has no session on 26.6.2024"}});
    BOOST_TEST(db.snapshot() == before);
    BOOST_TEST(db.query("SELECT COUNT(*) FROM attendance") == "0\n");

    db.import_ok("attendance", "attendance.csv", bulk.attendance, 625, 0, 0);
    BOOST_TEST(db.query("SELECT COUNT(*) FROM attendance") == "625\n");
}

BOOST_AUTO_TEST_SUITE_END()
