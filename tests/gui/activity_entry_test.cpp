// The quick entry of individual activities in a real window (Xvfb in scripts/test): a person
// found by a few letters (Down picks the next match), the hours typed, Enter saves and clears
// for the next person; what landed in the database moves the monitoring report's days.
#include <wx/app.h>
#include <wx/utils.h>

#include <boost/test/unit_test.hpp>
#include <string>

#include "app/import_service.hpp"
#include "app/monitoring_service.hpp"
#include "db/audit_repository.hpp"
#include "db/database.hpp"
#include "gui/activity_entry_dialog.hpp"
#include "gui/wx_text.hpp"
#include "tests/gui/screenshot.hpp"
#include "tests/support/files.hpp"

using namespace polku;

namespace {

void pump_events() {
    for (int i = 0; i < 5; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

struct EntryFixture {
    test::TempDir dir;
    std::string db_path = (dir / "activities.sqlite").string();
    gui::ActivityEntryDialog* dialog = nullptr;

    void import(ImportKind kind, const std::string& content) {
        auto db = db::Database::open(db_path);
        const auto path = dir / (std::string(import_kind_name(kind)) + ".csv");
        test::write_file(path, content);
        app::import_file(db, kind, path.string(), {});
    }

    EntryFixture() {
        import(ImportKind::projects, "code;name;start;end\nS1;Hoiva osaa;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name,gender\nE100,Anna,Virtanen,female\n"
               "E101,Eero,Mäkinen,male\nE102,Aino,Virtala,female\n");
        dialog = new gui::ActivityEntryDialog(nullptr, db_path, "S1", reports::Language::fi,
                                              date(2024, 3, 15));
        dialog->SetPosition(wxPoint(0, 0));
        dialog->Show();
        pump_events();
    }
    ~EntryFixture() {
        dialog->Destroy();
        pump_events();
    }

    void type(wxTextCtrl* field, const std::string& text) {
        field->SetValue(gui::to_wx(text));  // fires the text event, as typing does
        pump_events();
    }
    void press_enter(wxTextCtrl* field) {
        wxCommandEvent enter(wxEVT_TEXT_ENTER, field->GetId());
        enter.SetEventObject(field);
        enter.SetString(field->GetValue());
        field->ProcessWindowEvent(enter);
        pump_events();
    }
    void press_down(wxTextCtrl* field) {
        wxKeyEvent down(wxEVT_KEY_DOWN);
        down.m_keyCode = WXK_DOWN;
        down.SetEventObject(field);
        field->ProcessWindowEvent(down);
        pump_events();
    }

    std::int64_t days_hundredths() {
        auto db = db::Database::open(db_path);
        return app::monitoring_report(db, app::ReportRequest{"S1", {}, {}})
            .figures.days_hundredths.total;
    }
    std::size_t activity_audit_rows() {
        auto db = db::Database::open(db_path);
        std::size_t n = 0;
        for (const auto& e : db::AuditRepository(db).read({})) {
            n += e.change.table == "activities" && e.change.action == AuditAction::insert;
        }
        return n;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(activity_entry, EntryFixture)

BOOST_AUTO_TEST_CASE(two_rows_typed_and_entered_land_in_the_database_and_the_report) {
    BOOST_TEST(days_hundredths() == 0);
    BOOST_TEST(gui::from_wx(dialog->date_field()->GetValue()) == "15.3.2024");

    // Virtala, Aino and Virtanen, Anna match "vir"; Down picks Virtanen.
    type(dialog->person_field(), "vir");
    BOOST_REQUIRE(dialog->person_matches()->GetCount() == 2u);
    press_down(dialog->person_field());
    type(dialog->hours_field(), "1,5");
    type(dialog->description_field(), "Lääkelaskut verkossa");
    press_enter(dialog->hours_field());
    BOOST_TEST(dialog->saved_list()->GetCount() == 1u);
    BOOST_TEST(gui::from_wx(dialog->saved_list()->GetString(0)).find("Virtanen, Anna (E100)") !=
               std::string::npos);
    // Cleared for the next person; the date and kind stay.
    BOOST_TEST(dialog->person_field()->IsEmpty());
    BOOST_TEST(dialog->hours_field()->IsEmpty());
    BOOST_TEST(dialog->description_field()->IsEmpty());
    BOOST_TEST(gui::from_wx(dialog->date_field()->GetValue()) == "15.3.2024");
    BOOST_TEST(dialog->kind_choice()->GetSelection() == 0);

    type(dialog->person_field(), "E101");
    type(dialog->hours_field(), "3");
    press_enter(dialog->hours_field());
    BOOST_TEST(dialog->saved_list()->GetCount() == 2u);
    test::save_screenshot(dialog, "activity-entry.png");

    // 90 and 180 minutes of a 360-minute day: 0.25 + 0.50 days.
    BOOST_TEST(days_hundredths() == 75);
    BOOST_TEST(activity_audit_rows() == 2u);
}

BOOST_AUTO_TEST_CASE(bad_hours_are_said_beside_the_field_and_nothing_is_saved) {
    type(dialog->person_field(), "mäk");
    BOOST_REQUIRE(dialog->person_matches()->GetCount() == 1u);
    type(dialog->hours_field(), "0,001");
    BOOST_TEST(!dialog->field_error("hours").empty());
    press_enter(dialog->hours_field());
    BOOST_TEST(dialog->saved_list()->GetCount() == 0u);
    BOOST_TEST(gui::from_wx(dialog->hours_field()->GetValue()) == "0,001");  // kept
    type(dialog->hours_field(), "25");
    BOOST_TEST(!dialog->field_error("hours").empty());
    type(dialog->date_field(), "31.2.2024");
    BOOST_TEST(!dialog->field_error("date").empty());
    type(dialog->date_field(), "16.3.2024");
    type(dialog->hours_field(), "2");
    BOOST_TEST(dialog->field_error("hours").empty());
    press_enter(dialog->hours_field());
    BOOST_TEST(dialog->saved_list()->GetCount() == 1u);
    // The same person, kind and day again is refused with the reason, not overwritten.
    type(dialog->person_field(), "mäk");
    type(dialog->hours_field(), "1");
    press_enter(dialog->hours_field());
    BOOST_TEST(dialog->saved_list()->GetCount() == 1u);
    BOOST_TEST(gui::from_wx(dialog->status()).find("already has 120 minutes") != std::string::npos,
               gui::from_wx(dialog->status()));
    BOOST_TEST(days_hundredths() == 33);  // 120 / 360
    BOOST_TEST(activity_audit_rows() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
