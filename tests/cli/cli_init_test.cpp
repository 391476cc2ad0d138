// polku-cli init (formats.md "Command line"): creates the database, private to its owner;
// without --db the user's default $XDG_DATA_HOME/polku/polku.sqlite (or
// ~/.local/share/polku/polku.sqlite), created with its folder; running it again is harmless.

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

BOOST_AUTO_TEST_SUITE(cli_init)

BOOST_AUTO_TEST_CASE(init_creates_the_database) {
    CliDatabase db;
    const auto r = db.run({"init"});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(starts_with(r.out, "database ready: "));
        BOOST_TEST(contains(r.out, schema_version_note()));
        BOOST_TEST(r.err == "");
    }
    BOOST_TEST(db.query("SELECT MAX(version) FROM schema_version") ==
               std::to_string(polku::db::latest_schema_version()) + "\n");
    BOOST_TEST(db.query("SELECT COUNT(*) FROM projects") == "0\n");
    if (!testing_postgresql()) {
        // The file holds personal data: its owner's only. (A server database has no file.)
        BOOST_TEST(std::filesystem::is_regular_file(db.locator()));
        BOOST_TEST(mode_of(db.locator()) == 0600u);
    }
}

BOOST_AUTO_TEST_CASE(init_twice_is_fine_and_changes_nothing) {
    CliDatabase db;
    db.init();
    const std::string first = db.snapshot();
    const auto r = db.run({"init"});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(contains(r.out, schema_version_note()));
        BOOST_TEST(r.err == "");
    }
    BOOST_TEST(db.snapshot() == first);
}

BOOST_AUTO_TEST_CASE(init_keeps_imported_data) {
    CliDatabase db;
    db.init();
    db.import_ok("projects", "projects.csv", "code,name\nESR1,Hanke\n", 1, 0, 0);
    const std::string before = db.snapshot();
    db.init();
    BOOST_TEST(db.snapshot() == before);
}

// The default database is always an SQLite file, whichever backend this run is for; `env`
// sets the variables so they override any the test run inherited.
BOOST_AUTO_TEST_CASE(without_db_init_creates_the_default_file_under_xdg_data_home) {
    TempDir home;
    const auto data_home = home / "data";  // does not exist yet
    const auto r =
        run_process({"env", "XDG_DATA_HOME=" + data_home.string(), POLKU_CLI_PATH, "init"});
    const auto folder = data_home / "polku";
    const auto file = folder / "polku.sqlite";
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(r.out ==
                   "database ready: " + file.string() + " " + schema_version_note() + "\n");
    }
    BOOST_TEST_REQUIRE(std::filesystem::is_regular_file(file));
    BOOST_TEST(mode_of(file) == 0600u);
    BOOST_TEST(mode_of(folder) == 0700u);

    // A second run opens the same file.
    const auto again =
        run_process({"env", "XDG_DATA_HOME=" + data_home.string(), POLKU_CLI_PATH, "init"});
    BOOST_TEST(again.exit_code == 0, describe(again));
    BOOST_TEST(mode_of(file) == 0600u);
}

BOOST_AUTO_TEST_CASE(without_db_or_xdg_data_home_init_uses_the_home_folder) {
    TempDir home;
    const auto r = run_process(
        {"env", "-u", "XDG_DATA_HOME", "HOME=" + home.path().string(), POLKU_CLI_PATH, "init"});
    const auto folder = home / ".local" / "share" / "polku";
    const auto file = folder / "polku.sqlite";
    BOOST_TEST(r.exit_code == 0, describe(r));
    BOOST_TEST_REQUIRE(std::filesystem::is_regular_file(file));
    BOOST_TEST(mode_of(file) == 0600u);
    BOOST_TEST(mode_of(folder) == 0700u);
}

BOOST_AUTO_TEST_CASE(without_db_import_uses_the_default_file) {
    TempDir home;
    const auto data_home = home / "data";
    const auto csv = home / "projects.csv";
    write_file(csv, "code,name\nESR1,Hanke\n");
    const auto r = run_process({"env", "XDG_DATA_HOME=" + data_home.string(), POLKU_CLI_PATH,
                                "import", "projects", csv.string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(r.out == counts_line(csv, 1, 0, 0, 1));
    }
    const auto file = data_home / "polku" / "polku.sqlite";
    BOOST_TEST_REQUIRE(std::filesystem::is_regular_file(file));
    const auto q = run_process({"sqlite3", "-batch", file.string(), "SELECT code FROM projects"});
    BOOST_TEST(q.out == "ESR1\n", describe(q));
}

BOOST_AUTO_TEST_SUITE_END()
