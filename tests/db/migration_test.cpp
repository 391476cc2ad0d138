#include <soci/soci.h>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>

#include "core/error.hpp"
#include "db/database.hpp"
#include "db/migrations.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;

BOOST_AUTO_TEST_SUITE(migrations)

BOOST_AUTO_TEST_CASE(a_new_database_gets_the_latest_schema) {
    TestDatabase t;
    auto db = db::Database::open(t.locator());
    BOOST_TEST(db.schema_version() == db::latest_schema_version());
    BOOST_TEST(db::latest_schema_version() >= 1);
    int rows = -1;
    db.session() << "SELECT COUNT(*) FROM schema_version", soci::into(rows);
    BOOST_TEST(rows == db::latest_schema_version());
}

BOOST_AUTO_TEST_CASE(opening_again_changes_nothing) {
    TestDatabase t;
    { auto db = db::Database::open(t.locator()); }
    auto db = db::Database::open(t.locator());
    int rows = -1;
    db.session() << "SELECT COUNT(*) FROM schema_version", soci::into(rows);
    BOOST_TEST(rows == db::latest_schema_version());
}

BOOST_AUTO_TEST_CASE(a_newer_schema_is_refused_and_left_untouched) {
    TestDatabase t;
    {
        auto db = db::Database::open(t.locator());
        db.session() << "INSERT INTO schema_version (version, description, applied_at) VALUES "
                        "(999, 'future', 'x')";
    }
    try {
        db::Database::open(t.locator());
        BOOST_FAIL("opening a newer schema must fail");
    } catch (const DatabaseError& e) {
        const std::string what = e.what();
        BOOST_TEST(what.find("schema version 999") != std::string::npos);
        BOOST_TEST(what.find("newer") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(every_domain_table_exists) {
    TestDatabase t;
    auto db = db::Database::open(t.locator());
    for (const char* table : {"organisations", "units", "projects", "target_groups",
                              "work_packages", "courses", "people", "target_group_members",
                              "events", "sessions", "attendance", "activities", "targets"}) {
        int count = -1;
        db.session() << std::string("SELECT COUNT(*) FROM ") + table, soci::into(count);
        BOOST_TEST(count == 0, table);
    }
}

BOOST_AUTO_TEST_CASE(constraints_hold_on_both_backends) {
    TestDatabase t;
    auto db = db::Database::open(t.locator());
    auto& sql = db.session();
    sql << "INSERT INTO projects (code, name) VALUES ('P', 'p')";
    // A partial attendance without minutes, a session ending before it starts: refused by
    // the schema itself, whatever front writes.
    BOOST_CHECK_THROW(sql << "INSERT INTO projects (code, name, rounding) VALUES ('Q', 'q', 'up')",
                      soci::soci_error);
    BOOST_CHECK_THROW(sql << "INSERT INTO events (code, project_id, title, kind) VALUES ('E', 999, "
                             "'t', 'course')",
                      soci::soci_error);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(sqlite_file)

BOOST_AUTO_TEST_CASE(is_private_and_in_wal_mode_with_foreign_keys) {
    if (polku::test::testing_postgresql()) {
        return;  // file modes and pragmas are SQLite's; the server run covers the rest
    }
    TestDatabase t;
    const auto path = t.dir() / "nested" / "folder" / "polku.sqlite";
    auto db = db::Database::open(path.string());
    struct stat st {};
    BOOST_REQUIRE(::stat(path.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
    BOOST_REQUIRE(::stat(path.parent_path().c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0700u);
    std::string mode;
    int foreign_keys = 0, synchronous = 0;
    db.session() << "PRAGMA journal_mode", soci::into(mode);
    db.session() << "PRAGMA foreign_keys", soci::into(foreign_keys);
    db.session() << "PRAGMA synchronous", soci::into(synchronous);
    BOOST_TEST(mode == "wal");
    BOOST_TEST(foreign_keys == 1);
    BOOST_TEST(synchronous == 2);  // FULL
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_database_is_a_database_error) {
    if (polku::test::testing_postgresql()) {
        return;  // about SQLite files only
    }
    TestDatabase t;
    const auto path = t.dir() / "notes.sqlite";
    {
        FILE* f = std::fopen(path.c_str(), "w");
        std::fputs("these are not the tables you are looking for\n", f);
        std::fclose(f);
    }
    BOOST_CHECK_THROW(db::Database::open(path.string()), DatabaseError);
}

BOOST_AUTO_TEST_SUITE_END()
