// The desktop's own backups (issue: "a backup before each migration and on exit, keeping the
// last ten beside the database"): real SQLite files, read back with the sqlite3 tool.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "app/desktop_backups.hpp"
#include "app/import_service.hpp"
#include "db/database.hpp"
#include "db/migrations.hpp"
#include "tests/support/files.hpp"
#include "tests/support/process.hpp"

using namespace polku;

namespace {

std::string sqlite(const std::filesystem::path& file, const std::string& sql) {
    const auto r = test::run_process({"sqlite3", "-batch", file.string(), sql});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "sqlite3 failed: " << r.err);
    return r.out;
}

// A database holding one project, in the newest schema.
std::filesystem::path project_database(const test::TempDir& dir) {
    const auto path = dir / "polku.sqlite";
    auto db = db::Database::open(path.string());
    const auto file = dir / "projects.csv";
    test::write_file(file, "code,name,start,end\nS1,Hoiva osaa,2024-01-01,2024-12-31\n");
    app::import_file(db, ImportKind::projects, file.string(), {});
    return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(desktop_backups)

BOOST_AUTO_TEST_CASE(the_last_ten_copies_are_kept_beside_the_database) {
    test::TempDir dir;
    const auto database = project_database(dir);
    std::vector<std::filesystem::path> made;
    for (int i = 0; i < 12; ++i) {
        made.push_back(app::keep_backup(database, "exit"));
    }
    const auto kept = app::kept_backups(database);
    BOOST_TEST(kept.size() == 10u);
    BOOST_TEST(kept.back() == made.back());
    BOOST_TEST(!std::filesystem::exists(made[0]));
    BOOST_TEST(!std::filesystem::exists(made[1]));
    BOOST_TEST(std::filesystem::exists(made[2]));
    BOOST_TEST(kept.front().parent_path() == dir / "polku-backups");
    BOOST_TEST(static_cast<unsigned>(std::filesystem::status(dir / "polku-backups").permissions() &
                                     std::filesystem::perms::all) == 0700u);
    // Each copy is the whole database.
    BOOST_TEST(sqlite(kept.back(), "SELECT code, name FROM projects") == "S1|Hoiva osaa\n");
    BOOST_TEST(sqlite(kept.back(), "PRAGMA integrity_check") == "ok\n");
    // Exit copies a file, never a server.
    BOOST_CHECK_NO_THROW(app::backup_on_exit(database.string()));
    BOOST_TEST(app::kept_backups(database).size() == 10u);
}

BOOST_AUTO_TEST_CASE(an_older_schema_is_copied_before_it_is_upgraded) {
    test::TempDir dir;
    const auto database = project_database(dir);
    const int latest = db::latest_schema_version();
    // What the previous release left: the newest migration's tables gone and unrecorded.
    BOOST_REQUIRE(latest == 7);
    sqlite(database, "DROP TABLE server_logins; DELETE FROM schema_version WHERE version = 7;");
    {
        auto db = app::open_for_desktop(database.string());
        BOOST_TEST(db.schema_version() == latest);
    }
    const auto kept = app::kept_backups(database);
    BOOST_REQUIRE(kept.size() == 1u);
    BOOST_TEST(kept[0].filename().string().find("-before-migration-6-to-7") != std::string::npos);
    BOOST_TEST(sqlite(kept[0], "SELECT MAX(version) FROM schema_version") == "6\n");
    BOOST_TEST(sqlite(kept[0], "SELECT code FROM projects") == "S1\n");
    BOOST_TEST(sqlite(database, "SELECT MAX(version) FROM schema_version") == "7\n");

    // Up to date, or new: nothing to copy.
    app::open_for_desktop(database.string());
    app::open_for_desktop((dir / "new.sqlite").string());
    BOOST_TEST(app::kept_backups(database).size() == 1u);
    BOOST_TEST(app::kept_backups(dir / "new.sqlite").empty());
}

BOOST_AUTO_TEST_SUITE_END()
