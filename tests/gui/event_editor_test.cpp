// The event editor in a real window (Xvfb in scripts/test), opened from the Events window:
// text is typed into its fields as wx delivers it (SetValue fires the text event), and what
// a save wrote is read back from the database.
#include <wx/app.h>
#include <wx/utils.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>

#include "app/event_editing_service.hpp"
#include "app/import_service.hpp"
#include "db/audit_repository.hpp"
#include "db/database.hpp"
#include "gui/event_editor_dialog.hpp"
#include "gui/event_list_window.hpp"
#include "gui/translations.hpp"
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

struct EditorFixture {
    test::TempDir dir;
    std::string db_path = (dir / "events.sqlite").string();
    gui::EventListWindow* list = nullptr;
    std::unique_ptr<gui::EventEditorDialog> editor;

    void import(ImportKind kind, const std::string& content) {
        auto db = db::Database::open(db_path);
        const auto path = dir / (std::string(import_kind_name(kind)) + ".csv");
        test::write_file(path, content);
        app::import_file(db, kind, path.string(), {});
    }

    EditorFixture() {
        import(ImportKind::projects, "code;name;start;end\nS1;Hoiva osaa;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name\nE100,Anna,Virtanen\nE101,Eero,Mäkinen\n");
        import(ImportKind::events,
               "event_id,project,title,kind,work_package\n"
               "EV1,S1,Lääkehoidon koulutus,course,Osaaminen\n");
        // 390 and 180 minutes; Mäkinen was at the second for 120 minutes.
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\nEV1,15.3.2024,9:00,16:00,30\n"
               "EV1,22.3.2024,9:00,12:00,0\n");
        import(ImportKind::attendance,
               "event_id,date,employee_id,status,minutes\nEV1,15.3.2024,E100,present,\n"
               "EV1,22.3.2024,E101,partial,120\n");
        list = new gui::EventListWindow(nullptr, db_path, reports::Language::en);
        list->SetPosition(wxPoint(0, 0));
        list->Show();
        pump_events();
    }
    ~EditorFixture() {
        editor.reset();
        list->Destroy();
        pump_events();
    }

    gui::EventEditorDialog* open(const std::string& event_id) {
        editor = list->editor_for(event_id);
        editor->SetPosition(wxPoint(0, 0));
        editor->Show();
        pump_events();
        return editor.get();
    }

    // Types into a field as the user does: the text event follows.
    void type(const std::string& column, const std::string& text) {
        static_cast<wxTextCtrl*>(editor->field(column))->SetValue(gui::to_wx(text));
        pump_events();
    }
    std::string error(const std::string& column) {
        return gui::from_wx(editor->field_error(column));
    }

    db::StoredEvent stored(const std::string& event_id = "EV1") {
        auto db = db::Database::open(db_path);
        return app::read_event(db, event_id);
    }
    std::vector<AuditEntry> edits() {
        auto db = db::Database::open(db_path);
        std::vector<AuditEntry> out;
        for (auto& e : db::AuditRepository(db).read({})) {
            if (e.change.action != AuditAction::import) {
                out.push_back(std::move(e));
            }
        }
        return out;
    }
};

// A field error as one line: the label wraps long messages at spaces.
std::string one_line(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

bool same(const db::StoredEvent& a, const db::StoredEvent& b) {
    if (a.event.title != b.event.title || a.sessions.size() != b.sessions.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.sessions.size(); ++i) {
        const auto& x = a.sessions[i];
        const auto& y = b.sessions[i];
        if (x.session.date != y.session.date || x.session.start != y.session.start ||
            x.session.end != y.session.end || x.session.break_minutes != y.session.break_minutes ||
            x.marks != y.marks) {
            return false;
        }
    }
    return true;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(event_editor, EditorFixture)

BOOST_AUTO_TEST_CASE(a_bad_time_shows_the_field_error_and_saves_nothing) {
    const auto before = stored();
    auto* e = open("EV1");
    BOOST_TEST(e->save_button()->IsEnabled());
    BOOST_TEST(e->session_list()->GetItemCount() == 2);
    type("title", "Lääkehoito, osa 2");
    type("start", "25:00");
    BOOST_TEST(error("start").find("25:00") != std::string::npos, error("start"));
    BOOST_TEST(error("end").empty());
    BOOST_TEST(!e->save_button()->IsEnabled());
    BOOST_TEST(gui::from_wx(e->summary()).find("Session 1, Start") != std::string::npos,
               gui::from_wx(e->summary()));
    test::save_screenshot(e, "event-editor.png");
    BOOST_TEST(!e->save());
    BOOST_TEST(same(stored(), before));
    BOOST_TEST(edits().empty());
    // What was typed stays in the form.
    BOOST_TEST(gui::from_wx(static_cast<wxTextCtrl*>(e->field("title"))->GetValue()) ==
               "Lääkehoito, osa 2");

    // The other rules of sessions.csv, each beside its field.
    type("start", "9:00");
    BOOST_TEST(error("start").empty());
    BOOST_TEST(e->save_button()->IsEnabled());
    type("date", "31.2.2024");
    BOOST_TEST(error("date").find("31.2.2024") != std::string::npos, error("date"));
    type("date", "15.3.2024");
    type("end", "8:30");
    BOOST_TEST(error("end").find("before") != std::string::npos, error("end"));
    type("end", "10:00");
    type("break_minutes", "60");
    BOOST_TEST(error("break_minutes").find("longer") != std::string::npos, error("break_minutes"));
    type("break_minutes", "0");
    type("cost_eur", "12,345");
    BOOST_TEST(!error("cost_eur").empty());
    type("cost_eur", "");
    type("event_id", "");
    BOOST_TEST(!error("event_id").empty());
    BOOST_TEST(!e->save());
    BOOST_TEST(same(stored(), before));
}

// The field errors come from core's rules (core/message.hpp) through the same catalogue as the
// editor's own labels: in Finnish, with the typed values in them.
BOOST_AUTO_TEST_CASE(the_field_errors_are_finnish_under_a_finnish_choice) {
    struct BackToEnglish {
        ~BackToEnglish() { gui::install_translations(reports::Language::en); }
    } back_to_english;
    gui::install_translations(reports::Language::fi);
    auto* finnish = new gui::EventListWindow(nullptr, db_path, reports::Language::fi);
    {
        auto e = finnish->editor_for("EV1");
        e->SetPosition(wxPoint(0, 0));
        e->Show();
        pump_events();
        const auto type_fi = [&](const std::string& column, const std::string& text) {
            static_cast<wxTextCtrl*>(e->field(column))->SetValue(gui::to_wx(text));
            pump_events();
        };
        const auto error_fi = [&](const std::string& column) {
            return one_line(gui::from_wx(e->field_error(column)));
        };
        type_fi("start", "25:00");
        BOOST_TEST(error_fi("start") ==
                   "'25:00' ei ole kelvollinen kellonaika; kirjoita 9.00, 9:00 tai 09:00 "
                   "(00:00–23:59)");
        BOOST_TEST(!e->save_button()->IsEnabled());
        type_fi("start", "9:00");
        type_fi("end", "10:00");
        type_fi("break_minutes", "60");
        BOOST_TEST(error_fi("break_minutes") ==
                   "60 minuutin tauko on yhtä pitkä tai pidempi kuin kerta (60 minuuttia)");
        test::save_screenshot(e.get(), "event-editor-fi.png");
    }
    finnish->Destroy();
    pump_events();

    // Back in English, the same rule says it in English again.
    gui::install_translations(reports::Language::en);
    auto* e = open("EV1");
    type("start", "25:00");
    BOOST_TEST(one_line(error("start")) ==
               "'25:00' is not a valid time of day; write 09:00, 9:00 or 9.00 (00:00 to 23:59)");
    BOOST_TEST(!e->save_button()->IsEnabled());
}

BOOST_AUTO_TEST_CASE(a_good_edit_saves_the_event_and_its_sessions_with_audit_rows) {
    auto* e = open("EV1");
    type("title", "Lääkehoito ja turvallisuus");
    type("cost_eur", "150,50");
    e->select_session(1);
    type("end", "13:00");
    BOOST_TEST(e->changed());
    BOOST_TEST(e->save());
    BOOST_TEST(!e->changed());
    const auto after = stored();
    BOOST_TEST(after.event.title == "Lääkehoito ja turvallisuus");
    BOOST_TEST(after.event.cost_cents.value_or(0) == 15050);
    BOOST_TEST(after.event.work_package.value_or("") == "Osaaminen");
    BOOST_REQUIRE(after.sessions.size() == 2u);
    BOOST_TEST(after.sessions[1].session.end == 13 * 60);
    BOOST_TEST(after.sessions[1].marks == 1);
    const auto rows = edits();
    BOOST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0].change.table == "events");
    BOOST_TEST(describe(rows[0].change.new_values).find("Lääkehoito ja turvallisuus") !=
               std::string::npos);
    BOOST_TEST(rows[1].change.table == "sessions");
    BOOST_TEST(describe(rows[1].change.new_values) == "end = 13:00");
}

BOOST_AUTO_TEST_CASE(closing_with_unsaved_changes_asks_and_keeps_them_when_told) {
    const auto before = stored();
    auto* e = open("EV1");
    int asked = 0;
    bool answer = false;
    e->confirm = [&](const wxString&) {
        ++asked;
        return answer;
    };
    BOOST_TEST(e->close_asking());  // nothing changed: no question
    BOOST_TEST(asked == 0);
    e->Show();
    type("place", "Sali 2");
    BOOST_TEST(!e->close_asking());
    BOOST_TEST(asked == 1);
    BOOST_TEST(e->IsShown());
    BOOST_TEST(gui::from_wx(static_cast<wxTextCtrl*>(e->field("place"))->GetValue()) == "Sali 2");
    answer = true;
    BOOST_TEST(e->close_asking());
    BOOST_TEST(!e->IsShown());
    BOOST_TEST(same(stored(), before));
    BOOST_TEST(!stored().event.place.has_value());
}

BOOST_AUTO_TEST_CASE(a_session_shorter_than_a_partial_mark_is_refused_with_the_name) {
    const auto before = stored();
    auto* e = open("EV1");
    e->select_session(1);
    type("end", "10:00");  // 60 minutes; Mäkinen has 120
    BOOST_TEST(e->save_button()->IsEnabled());
    BOOST_TEST(!e->save());
    std::string summary = gui::from_wx(e->summary());
    std::replace(summary.begin(), summary.end(), '\n', ' ');  // wrapped to the dialog's width
    BOOST_TEST(summary.find("Mäkinen, Eero (E101): 120 minutes") != std::string::npos, summary);
    BOOST_TEST(same(stored(), before));
    BOOST_TEST(edits().empty());
}

BOOST_AUTO_TEST_CASE(removing_a_session_with_marks_asks_and_deletes_them_with_audit_rows) {
    auto* e = open("EV1");
    int asked = 0;
    bool answer = false;
    e->confirm = [&](const wxString&) {
        ++asked;
        return answer;
    };
    e->select_session(0);
    e->remove_session();
    BOOST_TEST(asked == 1);
    BOOST_TEST(e->session_list()->GetItemCount() == 2);
    answer = true;
    e->remove_session();
    BOOST_TEST(asked == 2);
    BOOST_TEST(e->session_list()->GetItemCount() == 1);
    BOOST_TEST(e->save());
    const auto after = stored();
    BOOST_REQUIRE(after.sessions.size() == 1u);
    BOOST_TEST(format_iso_date(after.sessions[0].session.date) == "2024-03-22");
    const auto rows = edits();
    BOOST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0].change.table == "attendance");
    BOOST_TEST(name_of(rows[0].change.action) == "delete");
    BOOST_TEST(rows[1].change.table == "sessions");
    BOOST_TEST(name_of(rows[1].change.action) == "delete");
}

BOOST_AUTO_TEST_CASE(a_new_session_is_added_by_keyboard_and_saved) {
    auto* e = open("EV1");
    e->select_session(1);
    wxKeyEvent insert(wxEVT_KEY_DOWN);
    insert.m_keyCode = WXK_INSERT;
    insert.SetEventObject(e->session_list());
    e->session_list()->ProcessWindowEvent(insert);
    BOOST_TEST(e->session_list()->GetItemCount() == 3);
    BOOST_TEST(!e->save_button()->IsEnabled());  // no times yet
    type("date", "29.3.2024");
    type("start", "12.00");
    type("end", "15:15");
    type("break_minutes", "15");
    BOOST_TEST(e->save_button()->IsEnabled());
    BOOST_TEST(e->save());
    const auto after = stored();
    BOOST_REQUIRE(after.sessions.size() == 3u);
    BOOST_TEST(format_iso_date(after.sessions[2].session.date) == "2024-03-29");
    BOOST_TEST(after.sessions[2].session.length() == 180);
}

BOOST_AUTO_TEST_CASE(a_duplicate_is_a_copy_with_its_sessions_moved_and_no_attendance) {
    editor = list->copy_editor_for("EV1", date(2024, 4, 2));
    auto* e = editor.get();
    e->SetPosition(wxPoint(0, 0));
    e->Show();
    pump_events();
    BOOST_TEST(gui::from_wx(static_cast<wxTextCtrl*>(e->field("event_id"))->GetValue()) == "EV1-2");
    BOOST_TEST(e->changed());
    test::save_screenshot(e, "event-duplicate.png");
    BOOST_TEST(e->save());
    const auto copy = stored("EV1-2");
    BOOST_TEST(copy.event.title == "Lääkehoidon koulutus");
    BOOST_TEST(copy.event.work_package.value_or("") == "Osaaminen");
    BOOST_REQUIRE(copy.sessions.size() == 2u);
    BOOST_TEST(format_iso_date(copy.sessions[0].session.date) == "2024-04-02");
    BOOST_TEST(format_iso_date(copy.sessions[1].session.date) == "2024-04-09");
    BOOST_TEST(copy.sessions[0].session.length() == 390);
    BOOST_TEST(copy.sessions[0].marks == 0);
    BOOST_TEST(copy.sessions[1].marks == 0);
    BOOST_TEST(stored("EV1").sessions[1].marks == 1);  // the original keeps its attendance
    // The next copy takes the next free id.
    auto next = list->copy_editor_for("EV1", std::nullopt);
    BOOST_TEST(gui::from_wx(static_cast<wxTextCtrl*>(next->field("event_id"))->GetValue()) ==
               "EV1-3");
}

BOOST_AUTO_TEST_SUITE_END()
