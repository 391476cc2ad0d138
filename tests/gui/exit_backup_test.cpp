// Closing the desktop application leaves a copy of its SQLite database beside it (issue:
// "a backup … on exit, keeping the last ten beside the database").
#include <wx/app.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "app/desktop_backups.hpp"
#include "gui/main_frame.hpp"
#include "tests/support/files.hpp"
#include "tests/support/process.hpp"

namespace {

void pump() {
    for (int i = 0; i < 5; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(exit_backup)

BOOST_AUTO_TEST_CASE(closing_the_window_keeps_a_copy_of_the_database) {
    polku::test::TempDir dir;
    const auto database = dir / "polku.sqlite";
    auto* frame = new polku::gui::MainFrame(database.string());
    frame->Show();
    pump();
    BOOST_TEST(polku::app::kept_backups(database).empty());
    frame->Close(true);
    pump();
    const auto kept = polku::app::kept_backups(database);
    BOOST_REQUIRE(kept.size() == 1u);
    BOOST_TEST(kept[0].filename().string().ends_with("-exit.sqlite"));
    const auto check =
        polku::test::run_process({"sqlite3", kept[0].string(), "PRAGMA integrity_check"});
    BOOST_TEST(check.out == "ok\n");
}

BOOST_AUTO_TEST_SUITE_END()
