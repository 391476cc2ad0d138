// The dashboard's notice of entries dated outside the project span, and the list they are
// fixed from: a session's row opens its event, an activity's row cannot. Real windows (Xvfb).
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include "app/import_service.hpp"
#include "db/database.hpp"
#include "gui/dashboard_panel.hpp"
#include "gui/flagged_entries_dialog.hpp"
#include "gui/main_frame.hpp"
#include "gui/wx_text.hpp"
#include "tests/gui/background_wait.hpp"
#include "tests/gui/screenshot.hpp"
#include "tests/support/files.hpp"

using namespace polku;

namespace {

// Span 1.3.–30.6.2024. EV1's session on 28.2. (two people there) and E1's self-study on 1.7.
// lie outside it; EV1's session on 5.3. is inside.
struct OutsideTheSpan {
    test::TempDir dir;
    std::string db_path = (dir / "flagged.sqlite").string();
    db::Database db = db::Database::open(db_path);

    void import(ImportKind kind, const std::string& content) {
        const auto path = dir / (std::string(import_kind_name(kind)) + ".csv");
        test::write_file(path, content);
        app::import_file(db, kind, path.string(), app::ImportOptions{});
    }

    OutsideTheSpan() {
        import(ImportKind::projects, "code,name,start,end\nS1,Hanke,1.3.2024,30.6.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name\nE1,Aino,Äijälä\nE2,Bertta,Öhman\n");
        import(ImportKind::events, "event_id,project,title,kind\nEV1,S1,Ensiapu,course\n");
        import(ImportKind::sessions,
               "event_id,date,start,end\nEV1,28.2.2024,9:00,12:00\nEV1,5.3.2024,9:00,12:00\n");
        import(ImportKind::attendance,
               "event_id,date,employee_id\nEV1,28.2.2024,E1\nEV1,28.2.2024,E2\n"
               "EV1,5.3.2024,E1\n");
        import(ImportKind::activities,
               "employee_id,project,date,kind,hours\nE1,S1,1.7.2024,self_study,1.5\n");
    }
};

std::string cell(wxListCtrl* list, long row, int column) {
    return gui::from_wx(list->GetItemText(row, column));
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(flagged_entries, OutsideTheSpan)

BOOST_AUTO_TEST_CASE(the_dashboard_says_how_many_and_the_list_shows_them) {
    auto* frame = new gui::MainFrame(db_path);
    frame->Show();
    frame->select_first_project();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST_REQUIRE(frame->dashboard()->notice_button() != nullptr);

    {
        gui::FlaggedEntriesDialog dialog(frame, db, "S1", reports::Language::en);
        dialog.Show();
        auto* list = dialog.list();
        BOOST_TEST_REQUIRE(list->GetItemCount() == 2);
        BOOST_TEST(cell(list, 0, 0) == "2024-02-28");
        BOOST_TEST(cell(list, 0, 2) == "EV1");
        BOOST_TEST(cell(list, 0, 3) == "Ensiapu");
        BOOST_TEST(cell(list, 0, 5) == "2");     // two people at the session
        BOOST_TEST(cell(list, 0, 6) == "6.00");  // 2 × 3 h
        BOOST_TEST(cell(list, 1, 0) == "2024-07-01");
        BOOST_TEST(cell(list, 1, 4) == "Aino Äijälä (E1)");
        BOOST_TEST(cell(list, 1, 6) == "1.50");
        // The first row is chosen; a session's event can be opened, an activity cannot.
        BOOST_TEST(dialog.open_button()->IsEnabled());
        list->SetItemState(1, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        wxYield();
        BOOST_TEST(!dialog.open_button()->IsEnabled());
        BOOST_TEST(!dialog.open_selected_event());
        test::save_screenshot(&dialog, "flagged-entries.png");
    }
    test::save_screenshot(frame, "dashboard-flagged.png");
    frame->Destroy();
    test::wait_for_tasks();
}

BOOST_AUTO_TEST_CASE(no_notice_when_every_entry_is_counted) {
    db.session() << "DELETE FROM attendance";
    db.session() << "DELETE FROM activities";
    auto* frame = new gui::MainFrame(db_path);
    frame->Show();
    frame->select_first_project();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(frame->dashboard()->notice_button() == nullptr);
    {
        gui::FlaggedEntriesDialog dialog(frame, db, "S1", reports::Language::en);
        BOOST_TEST(dialog.list()->GetItemCount() == 0);
        BOOST_TEST(!dialog.open_button()->IsEnabled());
    }
    frame->Destroy();
    test::wait_for_tasks();
}

BOOST_AUTO_TEST_SUITE_END()
