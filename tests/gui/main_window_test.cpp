// The desktop application in real windows (under Xvfb in scripts/test).
#include <wx/app.h>
#include <wx/init.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <thread>

#include "app/import_service.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "gui/background_task.hpp"
#include "gui/main_frame.hpp"
#include "gui/wx_text.hpp"
#include "tests/support/files.hpp"
#include "tests/support/process.hpp"

namespace {

// One wx application for the whole test executable, as a real program has.
struct WxApplication {
    WxApplication() {
        // Without an application object wxEntryStart never opens GTK's display.
        wxApp::SetInstance(new wxApp());
        int argc = 1;
        static char name[] = "test_gui";
        static char* argv[] = {name, nullptr};
        BOOST_REQUIRE_MESSAGE(wxEntryStart(argc, argv),
                              "wx could not start: is DISPLAY set (run under Xvfb)?");
        wxTheApp->CallOnInit();
    }
    ~WxApplication() {
        wxTheApp->OnExit();
        wxEntryCleanup();
    }
};

void pump_events() {
    for (int i = 0; i < 5; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(WxApplication);

BOOST_AUTO_TEST_CASE(main_window_lists_the_projects_of_the_database) {
    polku::test::TempDir dir;
    const auto db_path = (dir / "polku.sqlite").string();
    {
        auto db = polku::db::Database::open(db_path);
        polku::test::write_file(
            dir / "projects.csv",
            "code;name;start;end;extended_end\n"
            "S10873;OSKU – Osaava kuntatyöntekijä;1.4.2009;31.12.2011;29.2.2012\n"
            "S21854;Digikehittämistä tekemiseen;1.1.2020;31.8.2022;\n");
        polku::app::import_file(db, polku::ImportKind::projects, (dir / "projects.csv").string(),
                                {});
    }
    auto* frame = new polku::gui::MainFrame(db_path);
    frame->Show();
    pump_events();
    auto* list = frame->project_list();
    BOOST_REQUIRE(list->GetItemCount() == 2);
    BOOST_TEST(polku::gui::from_wx(list->GetItemText(0, 0)) == "S10873");
    // ä, ö and – survive the trip into the widget even under LANG=C.
    BOOST_TEST(polku::gui::from_wx(list->GetItemText(0, 1)) == "OSKU – Osaava kuntatyöntekijä");
    BOOST_TEST(polku::gui::from_wx(list->GetItemText(0, 3)) == "29.2.2012");  // the extended end
    BOOST_TEST(polku::gui::from_wx(list->GetItemText(1, 1)) == "Digikehittämistä tekemiseen");
    frame->Destroy();
    pump_events();
}

BOOST_AUTO_TEST_CASE(an_empty_database_offers_the_demo_and_the_button_loads_it) {
    polku::test::TempDir dir;
    auto* frame = new polku::gui::MainFrame((dir / "empty.sqlite").string());
    frame->Show();
    pump_events();
    BOOST_TEST(frame->project_list()->GetItemCount() == 0);
    BOOST_TEST(frame->demo_offer()->IsShown());
    // The button, as a click sends it.
    wxCommandEvent click(wxEVT_BUTTON, polku::gui::MainFrame::ID_LOAD_DEMO);
    click.SetEventObject(frame->demo_offer());
    BOOST_TEST(frame->demo_offer()->HandleWindowEvent(click));
    pump_events();
    BOOST_REQUIRE(frame->project_list()->GetItemCount() == 1);
    BOOST_TEST(polku::gui::from_wx(frame->project_list()->GetItemText(0, 0)) == "S10873");
    BOOST_TEST(!frame->demo_offer()->IsShown());
    frame->Destroy();
    pump_events();
}

BOOST_AUTO_TEST_CASE(the_application_starts_on_its_default_database_and_creates_it) {
    // The real executable, as `scripts/polku` starts it: no --db, so the default database
    // under XDG_DATA_HOME is created on first start. It runs until timeout stops it.
    polku::test::TempDir home;
    const auto result = polku::test::run_process(
        {"timeout", "--signal=TERM", "3", POLKU_GUI_PATH},
        polku::test::RunOptions{{}, false, {"XDG_DATA_HOME=" + home.path().string()}});
    BOOST_TEST(result.exit_code == 124, "polku exited early: " << result.exit_code << "\n"
                                                               << result.err);
    BOOST_TEST(std::filesystem::exists(home / "polku" / "polku.sqlite"));
}

BOOST_AUTO_TEST_CASE(another_database_is_opened_and_a_bad_one_leaves_the_open_one_in_place) {
    polku::test::TempDir dir;
    const auto first = (dir / "first.sqlite").string();
    auto* frame = new polku::gui::MainFrame(first);
    frame->Show();
    pump_events();
    BOOST_TEST(frame->project_list()->GetItemCount() == 0);

    // A database with the demo in it: the project list follows the switch.
    const auto second = (dir / "second.sqlite").string();
    {
        auto db = polku::db::Database::open(second);
        polku::test::write_file(dir / "projects.csv", "code,name\nP2,Toinen hanke\n");
        polku::app::import_file(db, polku::ImportKind::projects, (dir / "projects.csv").string(),
                                {});
    }
    frame->open_database(second);
    pump_events();
    BOOST_TEST(frame->locator() == second);
    BOOST_REQUIRE(frame->project_list()->GetItemCount() == 1);
    BOOST_TEST(polku::gui::from_wx(frame->project_list()->GetItemText(0, 1)) == "Toinen hanke");

    // A file that is not a database: refused, and the open one stays.
    polku::test::write_file(dir / "notes.sqlite", "these are not the droids");
    BOOST_CHECK_THROW(frame->open_database((dir / "notes.sqlite").string()), polku::PolkuError);
    BOOST_TEST(frame->locator() == second);
    BOOST_TEST(frame->project_list()->GetItemCount() == 1);
    frame->Destroy();
    // The project selected on opening counts on a worker: let it finish before the files go.
    for (int i = 0; i < 200 && polku::gui::running_tasks() > 0; ++i) {
        pump_events();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}
