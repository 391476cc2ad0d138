// The person editor, a person's transcript and history, and the language preference, in real
// windows (Xvfb in scripts/test) opened from the People and Events windows: text is typed into
// the fields as wx delivers it (SetValue fires the text event), and what a save wrote is read
// back from the database and the monitoring report.
#include <wx/app.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/utils.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>

#include "app/audit_service.hpp"
#include "app/demo_data.hpp"
#include "app/event_editing_service.hpp"
#include "app/import_service.hpp"
#include "app/monitoring_service.hpp"
#include "app/person_editing_service.hpp"
#include "core/time_of_day.hpp"
#include "db/audit_repository.hpp"
#include "db/database.hpp"
#include "gui/activity_entry_dialog.hpp"
#include "gui/dashboard_panel.hpp"
#include "gui/event_list_window.hpp"
#include "gui/history_dialog.hpp"
#include "gui/language_preference.hpp"
#include "gui/main_frame.hpp"
#include "gui/person_editor_dialog.hpp"
#include "gui/person_list_window.hpp"
#include "gui/preferences_dialog.hpp"
#include "gui/transcript_dialog.hpp"
#include "gui/translations.hpp"
#include "gui/wx_text.hpp"
#include "tests/gui/background_wait.hpp"
#include "tests/gui/own_settings.hpp"
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

// The demo project in a new database in `dir`; its path.
std::string demo_database(const test::TempDir& dir) {
    const std::string path = (dir / "polku.sqlite").string();
    auto db = db::Database::open(path);
    app::load_demo(db);
    return path;
}

// The open activity entry window, if there is one.
gui::ActivityEntryDialog* activity_dialog() {
    gui::ActivityEntryDialog* found = nullptr;
    for (auto* window : wxTopLevelWindows) {
        if (auto* d = dynamic_cast<gui::ActivityEntryDialog*>(window); d && !d->IsBeingDeleted()) {
            found = d;
        }
    }
    return found;
}

struct PeopleFixture {
    test::TempDir dir;
    std::string db_path = (dir / "people.sqlite").string();
    gui::PersonListWindow* list = nullptr;
    std::unique_ptr<gui::PersonEditorDialog> editor;

    void import(ImportKind kind, const std::string& content) {
        auto db = db::Database::open(db_path);
        const auto path = dir / (std::string(import_kind_name(kind)) + ".csv");
        test::write_file(path, content);
        app::import_file(db, kind, path.string(), {});
    }

    PeopleFixture() {
        import(ImportKind::projects, "code;name;start;end\nS1;Hoiva osaa;1.1.2024;31.12.2024\n");
        // Virtanen reports to Mäkinen; each in one target group of S1.
        import(ImportKind::people,
               "employee_id,first_name,last_name,organisation,supervisor_id,gender,birth_year,"
               "target_groups\n"
               "E100,Anna,Virtanen,Oulunkaari,E101,female,1980,S1:Hoitajat\n"
               "E101,Eero,Mäkinen,Oulunkaari,,male,1975,S1:Esihenkilöt\n");
        import(ImportKind::events, "event_id,project,title,kind\nEV1,S1,Lääkehoito,course\n");
        // One whole training day each.
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\nEV1,15.3.2024,9:00,15:00,0\n");
        import(ImportKind::attendance,
               "event_id,date,employee_id,status\nEV1,15.3.2024,E100,present\n"
               "EV1,15.3.2024,E101,present\n");
        list = new gui::PersonListWindow(nullptr, db_path, reports::Language::en);
        list->SetPosition(wxPoint(0, 0));
        list->Show();
        pump_events();
    }
    ~PeopleFixture() {
        editor.reset();
        list->Destroy();
        pump_events();
    }

    gui::PersonEditorDialog* open(const std::string& employee_id) {
        editor = list->editor_for(employee_id);
        editor->SetPosition(wxPoint(0, 0));
        editor->Show();
        pump_events();
        return editor.get();
    }
    void type(const std::string& column, const std::string& text) {
        static_cast<wxTextCtrl*>(editor->field(column))->SetValue(gui::to_wx(text));
        pump_events();
    }
    void choose(const std::string& column, int index) {
        auto* choice = static_cast<wxChoice*>(editor->field(column));
        choice->SetSelection(index);
        wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
        event.SetEventObject(choice);
        event.SetInt(index);
        choice->ProcessWindowEvent(event);
        pump_events();
    }
    std::string error(const std::string& column) {
        return gui::from_wx(editor->field_error(column));
    }

    PersonRecord stored(const std::string& employee_id) {
        auto db = db::Database::open(db_path);
        return app::read_person(db, employee_id);
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
    MonitoringFigures figures() {
        auto db = db::Database::open(db_path);
        return app::monitoring_report(db, app::ReportRequest{"S1", {}, {}}).figures;
    }
    std::int64_t group_days(const MonitoringFigures& f, const std::string& group) {
        for (const auto& row : f.by_target_group) {
            if (row.name == group) {
                return row.days_hundredths;
            }
        }
        return -1;
    }
    // Puts the cursor on the person, as a click does.
    void select(const std::string& employee_id) {
        list->search_field()->SetValue(gui::to_wx(employee_id));
        BOOST_REQUIRE(list->apply_filter());
        BOOST_REQUIRE(list->model()->size() == 1u);
        list->list()->Select(list->model()->GetItem(0));
        pump_events();
        BOOST_REQUIRE(list->selected_person() == employee_id);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(person_editor, PeopleFixture)

BOOST_AUTO_TEST_CASE(a_bad_birth_year_shows_the_field_error_and_saves_nothing) {
    auto* e = open("E100");
    BOOST_TEST(e->save_button()->IsEnabled());
    BOOST_TEST(error("birth_year").empty());
    type("birth_year", "2099");
    BOOST_TEST(error("birth_year").find("future") != std::string::npos, error("birth_year"));
    BOOST_TEST(!e->save_button()->IsEnabled());
    BOOST_TEST(gui::from_wx(e->summary()).find("Birth year") != std::string::npos,
               gui::from_wx(e->summary()));
    type("email", "anna.virtanen");
    BOOST_TEST(error("email").find("not an email address") != std::string::npos, error("email"));
    test::save_screenshot(e, "person-editor.png");
    BOOST_TEST(!e->save());
    BOOST_TEST(stored("E100").birth_year.value_or(0) == 1980);
    BOOST_TEST(!stored("E100").email);
    BOOST_TEST(edits().empty());
    type("birth_year", "19x0");
    BOOST_TEST(!error("birth_year").empty());
    type("birth_year", "1981");
    type("email", "");
    BOOST_TEST(error("birth_year").empty());
    BOOST_TEST(e->save_button()->IsEnabled());
}

BOOST_AUTO_TEST_CASE(a_supervisor_cycle_is_refused_naming_the_people) {
    auto* e = open("E101");
    // Type-to-find: letters of a name list the people; choosing one puts their id in.
    type("supervisor_id", "Virt");
    BOOST_REQUIRE(e->supervisor_matches()->GetCount() == 1u);
    BOOST_TEST(gui::from_wx(e->supervisor_matches()->GetString(0)).find("Virtanen Anna  E100") !=
               std::string::npos);
    BOOST_TEST(error("supervisor_id").find("no one has the employee id Virt") != std::string::npos,
               error("supervisor_id"));
    BOOST_TEST(!e->save_button()->IsEnabled());
    e->choose_supervisor(0);
    pump_events();
    BOOST_TEST(gui::from_wx(static_cast<wxTextCtrl*>(e->field("supervisor_id"))->GetValue()) ==
               "E100");
    BOOST_TEST(error("supervisor_id").empty());
    BOOST_TEST(e->save_button()->IsEnabled());
    // Virtanen reports to Mäkinen already: the chain would go round.
    BOOST_TEST(!e->save());
    BOOST_TEST(error("supervisor_id").find("E100 → E101 → E100") != std::string::npos,
               error("supervisor_id"));
    BOOST_TEST(gui::from_wx(e->summary()).find("Not saved") != std::string::npos);
    BOOST_TEST(!e->save_button()->IsEnabled());
    test::save_screenshot(e, "person-editor-cycle.png");
    BOOST_TEST(!stored("E101").supervisor_id);
    BOOST_TEST(edits().empty());
    // Oneself is refused as the import refuses it.
    type("supervisor_id", "E101");
    BOOST_TEST(error("supervisor_id").find("own supervisor") != std::string::npos,
               error("supervisor_id"));
}

BOOST_AUTO_TEST_CASE(a_good_edit_saves_with_one_audit_row_and_moves_the_report) {
    const auto before = figures();
    BOOST_TEST(before.days_hundredths.women == 100);
    BOOST_TEST(before.days_hundredths.men == 100);
    BOOST_TEST(group_days(before, "Hoitajat") == 100);

    select("E101");
    auto* e = open(list->selected_person());
    BOOST_TEST(!e->changed());
    choose("gender", 1);  // (not given), female, male, other
    e->set_group({"S1", "Hoitajat"}, true);
    BOOST_TEST(e->changed());
    BOOST_TEST(e->save());
    BOOST_TEST(!e->changed());

    const auto after = stored("E101");
    BOOST_TEST((after.gender == std::optional(Gender::female)));
    BOOST_TEST(after.target_groups.size() == 2u);
    BOOST_TEST(after.last_name == "Mäkinen");
    const auto rows = edits();
    BOOST_REQUIRE(rows.size() == 1u);
    BOOST_TEST(rows[0].change.table == "people");
    BOOST_TEST(name_of(rows[0].change.action) == "update");
    BOOST_TEST(describe(rows[0].change.key) == "employee_id = E101");
    // Only what changed, no names.
    BOOST_TEST(describe(rows[0].change.old_values) ==
               "gender = male, target_groups = S1:Esihenkilöt");
    BOOST_TEST(describe(rows[0].change.new_values) ==
               "gender = female, target_groups = S1:Esihenkilöt|S1:Hoitajat");

    const auto moved = figures();
    BOOST_TEST(moved.days_hundredths.women == 200);
    BOOST_TEST(moved.days_hundredths.men == 0);
    BOOST_TEST(moved.days_hundredths.total == before.days_hundredths.total);
    BOOST_TEST(group_days(moved, "Hoitajat") == 200);
    BOOST_TEST(group_days(moved, "Esihenkilöt") == 100);

    // The person's history lists the edit just made, old → new.
    auto history = list->history_for("E101");
    history->Show();
    pump_events();
    auto* rows_shown = history->list();
    BOOST_REQUIRE(rows_shown->GetItemCount() == 1);
    BOOST_TEST(gui::from_wx(rows_shown->GetItemText(0, gui::HistoryDialog::action)) == "Changed");
    BOOST_TEST(gui::from_wx(rows_shown->GetItemText(0, gui::HistoryDialog::record)) ==
               "people: employee_id = E101");
    BOOST_TEST(gui::from_wx(rows_shown->GetItemText(0, gui::HistoryDialog::change)) ==
               "gender: male → female; target_groups: S1:Esihenkilöt → S1:Esihenkilöt|S1:Hoitajat");
    BOOST_TEST(gui::from_wx(rows_shown->GetItemText(0, gui::HistoryDialog::when)).find(" UTC") !=
               std::string::npos);
    test::save_screenshot(history.get(), "person-history.png");
}

BOOST_AUTO_TEST_CASE(closing_with_unsaved_changes_asks) {
    auto* e = open("E100");
    int asked = 0;
    bool answer = false;
    e->confirm = [&](const wxString&) {
        ++asked;
        return answer;
    };
    type("first_name", "Anne");
    BOOST_TEST(!e->close_asking());
    BOOST_TEST(asked == 1);
    BOOST_TEST(e->IsShown());
    answer = true;
    BOOST_TEST(e->close_asking());
    BOOST_TEST(stored("E100").first_name == "Anna");
}

BOOST_AUTO_TEST_CASE(the_editor_speaks_finnish_under_a_finnish_choice) {
    gui::install_translations(reports::Language::fi);
    auto* finnish = new gui::PersonListWindow(nullptr, db_path, reports::Language::fi);
    {
        auto e = finnish->editor_for("E100");
        e->SetPosition(wxPoint(0, 0));
        e->Show();
        pump_events();
        BOOST_TEST(gui::from_wx(e->GetTitle()) == "Henkilö E100");
        auto* gender = static_cast<wxChoice*>(e->field("gender"));
        BOOST_TEST(gui::from_wx(gender->GetStringSelection()) == "nainen");
        static_cast<wxTextCtrl*>(e->field("birth_year"))->SetValue("2099");
        pump_events();
        BOOST_TEST(!e->save_button()->IsEnabled());
        test::save_screenshot(e.get(), "person-editor-fi.png");
    }
    finnish->Destroy();
    pump_events();
    gui::install_translations(reports::Language::en);
}

BOOST_AUTO_TEST_CASE(a_new_person_is_added_with_an_insert_row) {
    editor = list->new_person_editor();
    editor->Show();
    pump_events();
    BOOST_TEST(!editor->save_button()->IsEnabled());  // no id, no names yet
    type("employee_id", "E102");
    type("first_name", "Åsa");
    type("last_name", "Öhman");
    type("supervisor_id", "E101");
    BOOST_TEST(error("supervisor_id").empty());
    choose("labour_status", 1);
    BOOST_TEST(editor->save());
    const auto added = stored("E102");
    BOOST_TEST(added.supervisor_id.value_or("") == "E101");
    BOOST_TEST((added.labour_status == std::optional(LabourStatus::employed)));
    const auto rows = edits();
    BOOST_REQUIRE(rows.size() == 1u);
    BOOST_TEST(name_of(rows[0].change.action) == "insert");
    BOOST_TEST(list->apply_filter());
    BOOST_TEST(list->model()->size() == 3u);
}

BOOST_AUTO_TEST_CASE(the_transcript_of_the_chosen_person_shows_the_cli_total) {
    select("E100");
    auto transcript = list->transcript_for(list->selected_person());
    transcript->SetPosition(wxPoint(0, 0));
    transcript->Show();
    pump_events();
    auto* table = transcript->document()->table("transcript");
    BOOST_REQUIRE(table);
    const long last = table->GetItemCount() - 1;
    BOOST_REQUIRE(last >= 0);
    const std::string shown = gui::from_wx(table->GetItemText(last, table->GetColumnCount() - 1));

    const auto cli = test::run_process({POLKU_CLI_PATH, "--db", db_path, "report", "transcript",
                                        "--person", "E100", "--format", "json"});
    BOOST_REQUIRE_MESSAGE(cli.exit_code == 0, cli.err);
    // "totals" is the JSON's last object, person_training_days its last field.
    const std::string key = "\"person_training_days\": \"";
    const auto at = cli.out.rfind(key);
    BOOST_REQUIRE(at != std::string::npos);
    const auto start = at + key.size();
    const std::string total = cli.out.substr(start, cli.out.find('"', start) - start);
    BOOST_TEST(total == "1.00");
    BOOST_TEST(shown == total);
    test::save_screenshot(transcript.get(), "person-transcript.png");
}

BOOST_AUTO_TEST_CASE(an_events_history_lists_its_edits) {
    {
        auto db = db::Database::open(db_path);
        auto stored = app::read_event(db, "EV1");
        EventDraft d;
        d.event_id = "EV1";
        d.project = "S1";
        d.title = "Lääkehoito ja turvallisuus";
        d.kind = "course";
        for (const auto& s : stored.sessions) {
            d.sessions.push_back(
                {format_iso_date(s.session.date), format_time_of_day(s.session.start),
                 format_time_of_day(s.session.end), std::to_string(s.session.break_minutes),
                 SessionKey{"EV1", s.session.date, s.session.start}});
        }
        app::save_event(db, "EV1", d);
    }
    auto* events = new gui::EventListWindow(nullptr, db_path, reports::Language::en);
    events->Show();
    pump_events();
    {
        auto history = events->history_for("EV1");
        BOOST_REQUIRE(history->list()->GetItemCount() == 1);
        BOOST_TEST(gui::from_wx(history->list()->GetItemText(0, gui::HistoryDialog::change)) ==
                   "title: Lääkehoito → Lääkehoito ja turvallisuus");
    }
    events->Destroy();
    pump_events();
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(preferences)

BOOST_AUTO_TEST_CASE(the_language_preference_is_stored_for_the_next_start) {
    test::TempDir dir;
    const test::OwnSettings settings(dir / "settings");
    BOOST_TEST(static_cast<int>(gui::stored_language_choice()) ==
               static_cast<int>(gui::LanguageChoice::system));
    {
        gui::PreferencesDialog dialog(nullptr);
        dialog.Show();
        pump_events();
        BOOST_TEST(dialog.language_choice()->GetSelection() == 2);  // from the system
        dialog.language_choice()->SetSelection(0);
        test::save_screenshot(&dialog, "preferences.png");
        dialog.store();
    }
    BOOST_TEST(static_cast<int>(gui::stored_language_choice()) ==
               static_cast<int>(gui::LanguageChoice::fi));
    BOOST_TEST((gui::language_at_start() == reports::Language::fi));
    BOOST_TEST(test::read_file(dir / "settings").find("language=fi") != std::string::npos);
    gui::store_language_choice(gui::LanguageChoice::en);
    BOOST_TEST((gui::language_at_start() == reports::Language::en));
}

BOOST_AUTO_TEST_CASE(the_lists_open_at_closing_open_again_at_the_next_start) {
    test::TempDir dir;
    const test::OwnSettings settings(dir / "settings");
    const std::string database = (dir / "polku.sqlite").string();
    const auto people_windows = [](wxWindow* frame) {
        int n = 0;
        for (auto* child : frame->GetChildren()) {
            n += dynamic_cast<gui::PersonListWindow*>(child) != nullptr;
        }
        return n;
    };
    auto* frame = new gui::MainFrame(database);
    frame->Show();
    frame->open_people();
    pump_events();
    frame->Close(true);
    pump_events();
    BOOST_TEST(test::read_file(dir / "settings").find("open_lists=people,") != std::string::npos);

    frame = new gui::MainFrame(database);
    frame->Show();
    BOOST_TEST(people_windows(frame) == 0);
    frame->restore_last_view();
    pump_events();
    BOOST_TEST(people_windows(frame) == 1);
    frame->Close(true);
    pump_events();
}

BOOST_AUTO_TEST_CASE(a_new_language_rebuilds_the_windows_once_each_has_let_its_work_go) {
    test::TempDir dir;
    const test::OwnSettings settings(dir / "settings");
    const std::string database = demo_database(dir);
    const auto lists_of = [](wxWindow* frame) {
        int n = 0;
        for (auto* child : frame->GetChildren()) {
            n += dynamic_cast<gui::PersonListWindow*>(child) != nullptr;
        }
        return n;
    };
    auto* frame = new gui::MainFrame(database, reports::Language::en);
    frame->Show();
    frame->select_first_project();
    const std::string project = frame->selected_project();
    frame->open_people();
    frame->open_activities();
    BOOST_REQUIRE(test::wait_for_tasks());  // the dashboard's count: no switch while it runs
    auto* entry = activity_dialog();
    BOOST_REQUIRE(entry);
    entry->hours_field()->SetValue("2");  // typed, not saved
    bool keep = true;
    int asked = 0;
    entry->confirm = [&](const wxString&) {
        ++asked;
        return !keep;
    };

    // Kept open: nothing is closed after it, the language stays, and what was typed stays.
    BOOST_TEST(frame->switch_language(reports::Language::fi) == nullptr);
    BOOST_TEST(asked == 1);
    BOOST_TEST(activity_dialog() == entry);
    BOOST_TEST(gui::from_wx(entry->hours_field()->GetValue()) == "2");
    BOOST_TEST(lists_of(frame) == 1);
    BOOST_TEST(gui::from_wx(frame->GetMenuBar()->GetMenuLabel(0)) == "&File");
    BOOST_TEST(gui::from_wx(frame->GetStatusBar()->GetStatusText()).find("kept open") !=
               std::string::npos);

    // Let go: the main window is built again in Finnish, on the same project and lists.
    keep = false;
    auto* finnish = frame->switch_language(reports::Language::fi);
    BOOST_REQUIRE(finnish);
    pump_events();
    BOOST_TEST(asked == 2);
    BOOST_TEST(activity_dialog() == nullptr);
    BOOST_TEST(!wxTopLevelWindows.Find(frame));
    BOOST_TEST(gui::from_wx(finnish->GetMenuBar()->GetMenuLabel(0)) == "&Tiedosto");
    BOOST_TEST(finnish->selected_project() == project);
    BOOST_TEST(lists_of(finnish) == 1);
    BOOST_TEST(wxTheApp->GetTopWindow() == finnish);
    test::save_screenshot(finnish, "main-window-fi.png");

    gui::install_translations(reports::Language::en);
    finnish->Close(true);
    pump_events();
}

BOOST_AUTO_TEST_CASE(quitting_asks_each_window_first_and_one_kept_open_keeps_polku_open) {
    test::TempDir dir;
    const test::OwnSettings settings(dir / "settings");
    const std::string database = demo_database(dir);
    auto* frame = new gui::MainFrame(database, reports::Language::en);
    frame->Show();
    frame->select_first_project();
    frame->open_activities();
    BOOST_REQUIRE(test::wait_for_tasks());
    auto* entry = activity_dialog();
    BOOST_REQUIRE(entry);
    entry->hours_field()->SetValue("1,5");  // typed, not saved
    bool keep = true;
    entry->confirm = [&](const wxString&) { return !keep; };

    // File › Quit (Close, which may be refused): the entry is kept, and Polku with it.
    BOOST_TEST(!frame->Close());
    pump_events();
    BOOST_TEST(wxTopLevelWindows.Find(frame) != nullptr);
    BOOST_TEST(gui::from_wx(entry->hours_field()->GetValue()) == "1,5");

    keep = false;
    BOOST_TEST(frame->Close());
    pump_events();
    BOOST_TEST(!wxTopLevelWindows.Find(frame));
}

BOOST_AUTO_TEST_SUITE_END()
