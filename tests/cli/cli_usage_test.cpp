// Usage errors exit 2, --help and --version exit 0 (formats.md "Command line"). A usage error
// is found before the database is opened: nothing is created.

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

namespace {

// Runs polku-cli with a usage error against a database locator that has not been created,
// and checks exit code 2, a message on stderr, nothing on stdout, and that no database file
// appeared.
ProcessResult expect_usage_error(const CliDatabase& db, const std::vector<std::string>& args) {
    const auto r = db.run(args);
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 2);
        BOOST_TEST(r.out == "");
        BOOST_TEST(!r.err.empty());
        BOOST_TEST(contains(r.err, "--help"));
    }
    if (!testing_postgresql()) {
        BOOST_TEST(!std::filesystem::exists(db.locator()));
    }
    return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_usage)

BOOST_AUTO_TEST_CASE(unknown_subcommand_exits_2) {
    CliDatabase db;
    expect_usage_error(db, {"frobnicate"});
}

BOOST_AUTO_TEST_CASE(no_subcommand_exits_2) {
    CliDatabase db;
    expect_usage_error(db, {});
}

BOOST_AUTO_TEST_CASE(unknown_import_kind_exits_2_naming_it) {
    CliDatabase db;
    const auto file = db.write("widgets.csv", "code,name\nP1,Hanke\n");
    const auto r = expect_usage_error(db, {"import", "widgets", file.string()});
    BOOST_TEST(contains(r.err, "widgets"), describe(r));
}

BOOST_AUTO_TEST_CASE(import_without_file_exits_2) {
    CliDatabase db;
    const auto r = expect_usage_error(db, {"import", "projects"});
    BOOST_TEST(contains(r.err, "file"), describe(r));
}

BOOST_AUTO_TEST_CASE(import_without_kind_or_file_exits_2) {
    CliDatabase db;
    expect_usage_error(db, {"import"});
}

BOOST_AUTO_TEST_CASE(unknown_option_exits_2) {
    CliDatabase db;
    const auto file = db.write("projects.csv", "code,name\nP1,Hanke\n");
    const auto r = expect_usage_error(db, {"import", "projects", file.string(), "--dry-rum"});
    BOOST_TEST(contains(r.err, "--dry-rum"), describe(r));
}

BOOST_AUTO_TEST_CASE(extra_argument_exits_2) {
    CliDatabase db;
    const auto file = db.write("projects.csv", "code,name\nP1,Hanke\n");
    expect_usage_error(db, {"import", "projects", file.string(), "more.csv"});
}

BOOST_AUTO_TEST_CASE(help_exits_0_and_names_the_commands) {
    const auto r = run_cli({"--help"});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(contains(r.out, "init"));
        BOOST_TEST(contains(r.out, "import"));
        BOOST_TEST(contains(r.out, "--db"));
    }
}

BOOST_AUTO_TEST_CASE(import_help_exits_0_and_names_the_kinds) {
    const auto r = run_cli({"import", "--help"});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(contains(r.out, "--dry-run"));
    }
}

BOOST_AUTO_TEST_CASE(version_exits_0) {
    const auto r = run_cli({"--version"});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(starts_with(r.out, "polku-cli "));
        BOOST_TEST(r.err == "");
    }
}

BOOST_AUTO_TEST_SUITE_END()
