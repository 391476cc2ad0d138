// The attendance sheet in a real window (Xvfb in scripts/test): keys are sent to the sheet
// control as wx delivers a keystroke (wxEVT_KEY_DOWN, then wxEVT_CHAR when the key-down is
// not taken), counted, and what they saved is read back from the database.
#include <wx/app.h>
#include <wx/utils.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "app/attendance_service.hpp"
#include "app/import_service.hpp"
#include "core/attendance_marks.hpp"
#include "db/attendance_repository.hpp"
#include "db/database.hpp"
#include "gui/attendance_sheet.hpp"
#include "gui/attendance_window.hpp"
#include "gui/main_frame.hpp"
#include "gui/wx_text.hpp"
#include "tests/gui/screenshot.hpp"
#include "tests/support/files.hpp"
#include "tests/support/process.hpp"

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

// Forty people; the three exceptions of the test are Virtanen, Korhonen and Mäkinen.
const std::vector<std::string> kLastNames = {
    "Aalto",     "Ahonen",      "Anttila",  "Heikkinen", "Heinonen", "Hiltunen",   "Hämäläinen",
    "Jokinen",   "Karjalainen", "Kettunen", "Kinnunen",  "Koivisto", "Korhonen",   "Koskinen",
    "Laine",     "Lehtinen",    "Lehtonen", "Leinonen",  "Leppänen", "Lindholm",   "Mattila",
    "Miettinen", "Mustonen",    "Mäkelä",   "Mäkinen",   "Niemi",    "Nieminen",   "Ojala",
    "Pitkänen",  "Rantanen",    "Räsänen",  "Salminen",  "Salonen",  "Savolainen", "Tuominen",
    "Turunen",   "Vainio",      "Virtanen", "Väisänen",  "Ylönen"};

struct SheetFixture {
    test::TempDir dir;
    std::string db_path = (dir / "attendance.sqlite").string();
    SessionKey key{"EV1", date(2024, 3, 15), 9 * 60};
    gui::AttendanceWindow* window = nullptr;

    void import(ImportKind kind, const std::string& content) {
        auto db = db::Database::open(db_path);
        const auto path = dir / (std::string(import_kind_name(kind)) + ".csv");
        test::write_file(path, content);
        app::import_file(db, kind, path.string(), {});
    }

    SheetFixture() {
        BOOST_REQUIRE(kLastNames.size() == 40u);
        import(ImportKind::projects, "code;name;start;end\nS1;Hoiva osaa;1.1.2024;31.12.2024\n");
        std::string people = "employee_id,first_name,last_name,unit,organisation,target_groups\n";
        for (std::size_t i = 0; i < kLastNames.size(); ++i) {
            people += "E" + std::to_string(100 + i) + ",Anna," + kLastNames[i] +
                      ",Kotihoito,Kunta,S1:Hoitajat\n";
        }
        people += "E900,Eeva,Östman,Keittiö,Kunta,\n";  // not expected: a walk-in
        import(ImportKind::people, people);
        import(ImportKind::events,
               "event_id,project,title,kind,target_group\n"
               "EV1,S1,Lääkehoidon koulutus,course,Hoitajat\n");
        // 9:00–16:00 with a 30-minute lunch: 390 minutes.
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\nEV1,15.3.2024,9:00,16:00,30\n");
    }
    ~SheetFixture() {
        if (window) {
            window->Destroy();
            pump_events();
        }
    }

    gui::AttendanceWindow* open() {
        if (window) {
            window->Destroy();
            pump_events();
        }
        window = new gui::AttendanceWindow(nullptr, db_path, "S1");
        window->Show();
        pump_events();
        return window;
    }

    // One keystroke, as wx delivers it to the focused control. Returns whether it was taken.
    int keystrokes = 0;
    bool press(int key_code, wxChar unicode = 0, int modifiers = wxMOD_NONE) {
        ++keystrokes;
        auto* sheet = window->sheet();
        wxKeyEvent down(wxEVT_KEY_DOWN);
        down.m_keyCode = key_code;
        down.m_uniChar = unicode ? unicode : static_cast<wxChar>(key_code);
        down.SetControlDown(modifiers & wxMOD_CONTROL);
        down.SetShiftDown(modifiers & wxMOD_SHIFT);
        down.SetEventObject(sheet);
        if (sheet->ProcessWindowEvent(down)) {
            return true;
        }
        wxKeyEvent ch(wxEVT_CHAR, down);
        ch.m_keyCode = unicode && unicode < 128 ? unicode : (unicode ? WXK_NONE : key_code);
        return sheet->ProcessWindowEvent(ch);
    }
    // A printable character (Shift for capitals).
    bool type(wxChar c) {
        const bool capital = c >= 'A' && c <= 'Z';
        const int code = c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
        return press(c < 128 ? code : WXK_NONE, c, capital ? wxMOD_SHIFT : wxMOD_NONE);
    }
    void type(const std::string& utf8) {
        for (const auto c : gui::to_wx(utf8)) {
            type(static_cast<wxChar>(c));
        }
    }

    std::vector<PersonMark> stored() {
        auto db = db::Database::open(db_path);
        return db::AttendanceRepository(db).marks(key);
    }

    std::string row_of(const std::string& employee_id) {
        const auto& rows = window->sheet()->state().rows();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].person.employee_id == employee_id) {
                return gui::from_wx(window->sheet()->GetItemText(static_cast<long>(r),
                                                                 gui::AttendanceSheet::mark)) +
                       "/" +
                       gui::from_wx(window->sheet()->GetItemText(static_cast<long>(r),
                                                                 gui::AttendanceSheet::minutes));
            }
        }
        return "not on the sheet";
    }
};

std::string id_of(const std::string& last_name) {
    for (std::size_t i = 0; i < kLastNames.size(); ++i) {
        if (kLastNames[i] == last_name) {
            return "E" + std::to_string(100 + i);
        }
    }
    return {};
}

Mark mark(AttendanceStatus s, std::optional<int> minutes = {}) {
    return Mark{s, minutes};
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(attendance_sheet, SheetFixture)

BOOST_AUTO_TEST_CASE(forty_people_with_three_exceptions_take_at_most_seventeen_keys) {
    open();
    BOOST_REQUIRE(window->sessions().size() == 1u);
    const auto& state = window->sheet()->state();
    BOOST_REQUIRE(state.rows().size() == 40u);  // the target group; Östman is not expected
    BOOST_TEST(state.session_length() == 390);
    BOOST_TEST(window->sheet()->GetItemCount() == 40);

    BOOST_TEST(type('*'));  // everyone present
    type("vir");            // jump to Virtanen…
    BOOST_TEST(state.rows()[state.cursor()].person.name == "Virtanen, Anna");
    BOOST_TEST(type('A'));  // …absent
    type("kor");
    BOOST_TEST(state.rows()[state.cursor()].person.name == "Korhonen, Anna");
    BOOST_TEST(type('E'));  // excused
    type("mäki");           // "mäk" is Mäkelä
    BOOST_TEST(state.rows()[state.cursor()].person.name == "Mäkinen, Anna");
    type("P90");                               // partial, 90 minutes…
    BOOST_TEST(press('S', 0, wxMOD_CONTROL));  // …taken by Ctrl+S, which saves
    BOOST_TEST_MESSAGE("keystrokes for 40 people with 3 exceptions: " << keystrokes);
    BOOST_TEST(keystrokes <= 2 + 5 * 3);
    BOOST_TEST(gui::from_wx(window->message()) == "Saved: 40 marks.");
    BOOST_TEST(!state.dirty());

    const auto marks = stored();
    BOOST_REQUIRE(marks.size() == 40u);
    std::size_t present = 0;
    for (const auto& m : marks) {
        BOOST_REQUIRE(m.mark.has_value());
        if (m.employee_id == id_of("Virtanen")) {
            BOOST_TEST((*m.mark == mark(AttendanceStatus::absent)));
        } else if (m.employee_id == id_of("Korhonen")) {
            BOOST_TEST((*m.mark == mark(AttendanceStatus::excused)));
        } else if (m.employee_id == id_of("Mäkinen")) {
            BOOST_TEST((*m.mark == mark(AttendanceStatus::partial, 90)));
        } else {
            BOOST_TEST((*m.mark == mark(AttendanceStatus::present)), m.employee_id);
            ++present;
        }
    }
    BOOST_TEST(present == 37u);

    // Reopened, the sheet shows what was saved.
    open();
    BOOST_TEST(window->sheet()->state().marked_count() == 40u);
    BOOST_TEST(!window->sheet()->state().dirty());
    BOOST_TEST(row_of(id_of("Virtanen")) == "absent/");
    BOOST_TEST(row_of(id_of("Korhonen")) == "excused/");
    BOOST_TEST(row_of(id_of("Mäkinen")) == "partial/90");
    BOOST_TEST(row_of(id_of("Aalto")) == "present/390");

    // Arrows move, Space toggles present, Delete unmarks; saving removes the mark.
    type("aal");
    press(WXK_DOWN);
    BOOST_TEST(window->sheet()->state().rows()[window->sheet()->state().cursor()].person.name ==
               "Ahonen, Anna");
    type(' ');
    BOOST_TEST(row_of(id_of("Ahonen")) == "/");
    press(WXK_UP);
    press(WXK_DELETE);
    BOOST_TEST(row_of(id_of("Aalto")) == "/");
    press(WXK_RETURN);
    BOOST_TEST(stored().size() == 38u);
}

BOOST_AUTO_TEST_CASE(a_partial_longer_than_the_session_is_refused_with_a_reason) {
    open();
    type("lei");
    type("P400");
    press(WXK_RETURN);  // takes the minutes: the row is marked as a problem at once
    BOOST_TEST(window->sheet()->state().problems().size() == 1u);
    BOOST_TEST(gui::from_wx(window->message())
                   .find("400 minutes is more than the session lasts (390 minutes)") !=
               std::string::npos);
    press(WXK_RETURN);  // save
    const auto message = gui::from_wx(window->message());
    BOOST_TEST(message ==
               "Not saved. Leinonen, Anna: 400 minutes is more than the session lasts (390 "
               "minutes)");
    BOOST_TEST(stored().empty());
    // Nothing typed is lost: the mark is still there to correct.
    BOOST_TEST(window->sheet()->state().dirty());
    BOOST_TEST(row_of(id_of("Leinonen")) == "partial/400");
    type("P");
    press(WXK_BACK);  // nothing typed yet: Backspace does nothing harmful
    type("45");
    press(WXK_RETURN);
    press(WXK_RETURN);
    BOOST_TEST(gui::from_wx(window->message()) == "Saved: 1 mark.");
    BOOST_TEST((stored() ==
                std::vector<PersonMark>{{id_of("Leinonen"), mark(AttendanceStatus::partial, 45)}}));
}

BOOST_AUTO_TEST_CASE(a_walk_in_is_found_among_everyone_or_added_as_a_new_person) {
    open();
    BOOST_TEST(type('+'));
    BOOST_TEST(window->walk_in_find()->IsShownOnScreen());
    window->walk_in_find()->SetValue(gui::to_wx("öst"));  // as typed: fires the text event
    pump_events();
    BOOST_REQUIRE(window->walk_in_matches()->GetCount() == 1u);
    BOOST_TEST(window->add_chosen_walk_in());
    BOOST_TEST(!window->walk_in_find()->IsShownOnScreen());
    BOOST_TEST(window->sheet()->state().rows().size() == 41u);
    BOOST_TEST(row_of("E900") == "present (walk-in)/390");

    // A new person: the form says what is missing as it is typed.
    type('+');
    window->new_employee_id()->SetValue("E100");  // taken: Aalto
    pump_events();
    BOOST_TEST(gui::from_wx(window->new_person_problem_text()) == "Type the first name.");
    window->new_first_name()->SetValue(gui::to_wx("Jenni"));
    window->new_last_name()->SetValue(gui::to_wx("Yli-Äyräs"));
    pump_events();
    BOOST_TEST(gui::from_wx(window->new_person_problem_text()) ==
               "E100 is already Aalto, Anna: find them above.");
    BOOST_TEST(!window->add_new_person());
    window->new_employee_id()->SetValue("E 950");
    pump_events();
    BOOST_TEST(gui::from_wx(window->new_person_problem_text()) ==
               "An employee id is one word, without spaces.");
    window->new_employee_id()->SetValue("E950");
    pump_events();
    BOOST_TEST(gui::from_wx(window->new_person_problem_text()).empty());
    BOOST_TEST(window->add_new_person());
    BOOST_TEST(row_of("E950") == "present (walk-in)/390");

    BOOST_TEST(press('S', 0, wxMOD_CONTROL));
    BOOST_TEST(gui::from_wx(window->message()) == "Saved: 2 marks.");
    const auto marks = stored();
    BOOST_TEST(marks.size() == 2u);
    // Reopened: the walk-ins were marked, so they are on the sheet.
    open();
    BOOST_TEST(window->sheet()->state().rows().size() == 42u);
    BOOST_TEST(row_of("E950") == "present/390");
    BOOST_TEST(row_of("E900") == "present/390");
}

BOOST_AUTO_TEST_CASE(marks_another_writer_saved_meanwhile_are_never_overwritten_unseen) {
    open();
    // On this sheet: Aalto present, Ahonen absent.
    type("aa");
    type(' ');
    type("aho");
    type('A');
    // Meanwhile a colleague on another computer marks Aalto excused and Anttila present, and
    // saves first (a second connection).
    {
        auto other = db::Database::open(db_path);
        app::save_sheet(other, key,
                        {{id_of("Aalto"), std::nullopt, mark(AttendanceStatus::excused)},
                         {id_of("Anttila"), std::nullopt, mark(AttendanceStatus::present)}});
    }
    press('S', 0, wxMOD_CONTROL);
    // Refused whole; the sheet now shows the colleague's marks, keeps this user's Ahonen, and
    // names Aalto, whose mark both changed.
    const auto message = gui::from_wx(window->message());
    BOOST_TEST(message.find("Not saved: someone else changed the same marks meanwhile") == 0u,
               message);
    BOOST_TEST(message.find("Aalto, Anna") != std::string::npos, message);
    BOOST_TEST(row_of(id_of("Aalto")) == "excused/");
    BOOST_TEST(row_of(id_of("Anttila")) == "present/390");
    BOOST_TEST(row_of(id_of("Ahonen")) == "absent/");
    BOOST_TEST(window->sheet()->state().dirty());
    BOOST_TEST(stored().size() == 2u);  // only the colleague's

    // Saved again: Ahonen's mark goes in, the colleague's stay.
    press('S', 0, wxMOD_CONTROL);
    BOOST_TEST(gui::from_wx(window->message()) == "Saved: 3 marks.");
    const auto marks = stored();
    BOOST_TEST(marks.size() == 3u);
    for (const auto& m : marks) {
        if (m.employee_id == id_of("Aalto")) {
            BOOST_TEST((m.mark == mark(AttendanceStatus::excused)));
        }
    }
}

BOOST_AUTO_TEST_CASE(the_main_window_opens_the_sheet_of_the_chosen_project_with_ctrl_t) {
    auto* frame = new gui::MainFrame(db_path);
    frame->Show();
    frame->select_first_project();
    pump_events();
    wxCommandEvent menu(wxEVT_MENU, gui::MainFrame::ID_ATTENDANCE);
    BOOST_TEST(frame->ProcessWindowEvent(menu));
    pump_events();
    gui::AttendanceWindow* opened = nullptr;
    for (auto* child : frame->GetChildren()) {
        if (auto* w = dynamic_cast<gui::AttendanceWindow*>(child)) {
            opened = w;
        }
    }
    BOOST_REQUIRE(opened);
    BOOST_TEST(opened->sheet()->GetItemCount() == 40);
    frame->Destroy();
    pump_events();
}

BOOST_AUTO_TEST_CASE(a_screenshot_of_the_sheet_is_written_to_the_build_tree) {
    open();
    window->SetPosition(wxPoint(0, 0));
    type('*');
    type("vir");
    type('A');
    type("mäki");
    type("P90");
    pump_events();
    test::save_screenshot(window, "attendance-window.png");
}

BOOST_AUTO_TEST_SUITE_END()
