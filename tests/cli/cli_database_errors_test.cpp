// Database errors exit 3 (formats.md "Command line"): a database of a newer schema, a
// read-only database file. Nothing is changed.

#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

BOOST_AUTO_TEST_SUITE(cli_database_errors)

BOOST_AUTO_TEST_CASE(a_newer_schema_is_refused_by_every_command) {
    CliDatabase db;
    db.init();
    db.import_ok("projects", "projects.csv", "code,name\nESR1,Hanke\n", 1, 0, 0);
    db.query("INSERT INTO schema_version VALUES (999, 'future', 'x')");
    const std::string before = db.snapshot();
    const auto people = db.write("people.csv", "employee_id,first_name,last_name\nE1,Aino,Aalto\n");

    const std::vector<std::vector<std::string>> commands = {
        {"init"},
        {"import", "people", people.string()},
        {"import", "people", people.string(), "--dry-run"}};
    for (const auto& command : commands) {
        const auto r = db.run(command);
        BOOST_TEST_CONTEXT(command.front() << ": " << describe(r)) {
            BOOST_TEST(r.exit_code == 3);
            BOOST_TEST(r.out == "");
            BOOST_TEST(starts_with(r.err,
                                   "polku-cli: the database has schema version 999, newer "
                                   "than this program knows"));
            BOOST_TEST(lines_of(r.err).size() == 1u);
        }
    }
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(a_read_only_database_file_exits_3) {
    if (testing_postgresql()) {
        // SQLite only: file permissions are a property of the SQLite file; a server database
        // has none the client could get wrong.
        BOOST_TEST_MESSAGE("SQLite only: skipped on PostgreSQL");
        return;
    }
    CliDatabase db;
    db.init();
    db.import_ok("projects", "projects.csv", "code,name\nESR1,Hanke\n", 1, 0, 0);
    const std::string before = db.snapshot();

    // The input file where the unprivileged user can read it.
    TempDir input;
    std::filesystem::permissions(input.path(), std::filesystem::perms(0755));
    const auto people = input / "people.csv";
    write_file(people, "employee_id,first_name,last_name\nE1,Aino,Aalto\n");
    std::filesystem::permissions(people, std::filesystem::perms(0644));

    // Root ignores permissions: the database and its folder are handed to 'nobody', who runs
    // the import and may read but not write them.
    const std::filesystem::path file = db.locator();
    const auto folder = file.parent_path();
    if (running_as_root()) {
        const auto r = run_process({"chown", "-R", "nobody", folder.string()});
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    }
    std::filesystem::permissions(file, std::filesystem::perms(0400));
    std::filesystem::permissions(folder, std::filesystem::perms(0500));

    RunOptions as_nobody;
    as_nobody.as_unprivileged_user = true;
    const auto r = db.run({"import", "people", people.string()}, as_nobody);

    // Give the folder back so the checks below and the clean-up work for any user.
    std::filesystem::permissions(folder, std::filesystem::perms(0700));
    std::filesystem::permissions(file, std::filesystem::perms(0600));
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 3);
        BOOST_TEST(r.out == "");
        BOOST_TEST(starts_with(r.err, "polku-cli: "));
        BOOST_TEST(contains(r.err, "read-only"));
    }
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_database_exits_3) {
    if (testing_postgresql()) {
        // SQLite only: the locator names a file.
        BOOST_TEST_MESSAGE("SQLite only: skipped on PostgreSQL");
        return;
    }
    CliDatabase db;
    write_file(db.locator(), "code,name\nESR1,Hanke\n");
    const auto r = db.run({"init"});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 3);
        BOOST_TEST(starts_with(r.err, "polku-cli: database error while opening"));
    }
    BOOST_TEST(read_file(db.locator()) == "code,name\nESR1,Hanke\n");
}

BOOST_AUTO_TEST_SUITE_END()
