// File › Import and Report › Reports in real windows (Xvfb in scripts/test): a file checked
// first (every error listed with its line, Import disabled, nothing written), a clean one
// imported; a cancelled import of 200,000 rows and a cancelled report leave nothing; a
// monitoring PDF holds the project and the JSON report's total; a locked database is said.
#include <wx/app.h>
#include <wx/menu.h>
#include <wx/utils.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

#include "app/import_service.hpp"
#include "app/monitoring_service.hpp"
#include "core/date.hpp"
#include "db/database.hpp"
#include "gui/background_task.hpp"
#include "gui/import_dialog.hpp"
#include "gui/main_frame.hpp"
#include "gui/reports_dialog.hpp"
#include "gui/wx_text.hpp"
#include "tests/gui/background_wait.hpp"
#include "tests/gui/screenshot.hpp"
#include "tests/support/files.hpp"
#include "tests/support/process.hpp"

using namespace polku;

namespace {

std::string text(const wxString& s) {
    return gui::from_wx(s);
}

struct DialogsFixture {
    test::TempDir dir;
    std::string db_path = (dir / "dialogs.sqlite").string();

    std::string write(const std::string& name, const std::string& content) {
        const auto path = dir / name;
        test::write_file(path, content);
        return path.string();
    }
    void import(ImportKind kind, const std::string& content) {
        auto db = db::Database::open(db_path);
        const auto path = write(std::string(import_kind_name(kind)) + "-setup.csv", content);
        app::import_file(db, kind, path, {});
    }

    DialogsFixture() {
        import(ImportKind::projects, "code;name;start;end\nS1;Hoiva osaa;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name,gender\nE100,Anna,Virtanen,female\n"
               "E101,Eero,Mäkinen,male\nE102,Aino,Virtala,female\n");
        import(ImportKind::events, "event_id,project,title,kind\nEV1,S1,Ensiapu,course\n");
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\n"
               "EV1,2024-03-15,9:00,16:00,60\n");
    }

    // The monitoring report's figures, as the use case reads them.
    std::int64_t days_hundredths() {
        auto db = db::Database::open(db_path);
        return app::monitoring_report(db, app::ReportRequest{"S1", {}, {}})
            .figures.days_hundredths.total;
    }
    std::int64_t participations() {
        auto db = db::Database::open(db_path);
        return app::monitoring_report(db, app::ReportRequest{"S1", {}, {}}).figures.participations;
    }
};

struct ImportFixture : DialogsFixture {
    int refreshed = 0;
    gui::ImportDialog* dialog = nullptr;
    ImportFixture() {
        dialog = new gui::ImportDialog(nullptr, db_path, [this] { ++refreshed; });
        dialog->SetPosition(wxPoint(0, 0));
        dialog->Show();
        test::wait_for_tasks();
    }
    ~ImportFixture() {
        dialog->Destroy();
        test::wait_for_tasks();
    }
    void check(const std::string& path) {
        dialog->set_file(path);
        dialog->check();
        BOOST_REQUIRE(test::wait_for_tasks());
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(import_dialog, ImportFixture)

BOOST_AUTO_TEST_CASE(a_file_with_two_bad_lines_lists_both_and_writes_nothing) {
    const auto before = participations();
    const auto path = write("attendance.csv",
                            "event_id,date,start,employee_id,status,minutes\n"
                            "EV1,15.3.2024,9:00,E100,present,\n"
                            "EV1,15.3.2024,9:00,E999,present,\n"
                            "EV1,15.3.2024,9:00,E101,present,\n"
                            "EV1,15.3.2024,9:00,E102,sleeping,\n");
    check(path);
    // The kind follows the file's name.
    BOOST_TEST(dialog->kind_choice()->GetSelection() == static_cast<int>(ImportKind::attendance));
    auto* list = dialog->error_list();
    BOOST_REQUIRE(list->GetItemCount() == 2);
    BOOST_TEST(text(list->GetItemText(0, gui::ImportDialog::line)) == "3");
    BOOST_TEST(text(list->GetItemText(0, gui::ImportDialog::column)) == "employee_id");
    BOOST_TEST(text(list->GetItemText(0, gui::ImportDialog::message)).find("E999") !=
               std::string::npos);
    BOOST_TEST(text(list->GetItemText(1, gui::ImportDialog::line)) == "5");
    BOOST_TEST(text(list->GetItemText(1, gui::ImportDialog::column)) == "status");
    BOOST_TEST(!dialog->import_button()->IsEnabled());
    BOOST_TEST(dialog->check_button()->IsEnabled());
    BOOST_TEST(text(dialog->summary()).find("2 problems") != std::string::npos,
               text(dialog->summary()));
    test::save_screenshot(dialog, "import-dialog.png");
    BOOST_TEST(participations() == before);
    BOOST_TEST(refreshed == 0);
}

BOOST_AUTO_TEST_CASE(a_clean_file_checks_then_imports) {
    const auto path = write("attendance.csv",
                            "event_id,date,start,employee_id,status,minutes\n"
                            "EV1,15.3.2024,9:00,E100,present,\n"
                            "EV1,15.3.2024,9:00,E101,present,\n"
                            "EV1,15.3.2024,9:00,E102,partial,270\n");
    BOOST_TEST(!dialog->import_button()->IsEnabled());
    check(path);
    BOOST_TEST(dialog->error_list()->GetItemCount() == 0);
    BOOST_TEST(text(dialog->summary()).find("3 new, 0 updated, 0 unchanged") != std::string::npos,
               text(dialog->summary()));
    BOOST_TEST(dialog->import_button()->IsEnabled());
    BOOST_TEST(days_hundredths() == 0);  // the check wrote nothing

    dialog->import();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(text(dialog->summary()).find("Imported: 3 new, 0 updated, 0 unchanged") !=
                   std::string::npos,
               text(dialog->summary()));
    BOOST_TEST(refreshed == 1);
    BOOST_TEST(participations() == 3);
    BOOST_TEST(days_hundredths() == 275);               // 1 + 1 + 270/360
    BOOST_TEST(!dialog->import_button()->IsEnabled());  // a new import needs a new check
}

BOOST_AUTO_TEST_CASE(a_file_changed_after_its_check_is_not_imported) {
    const auto path =
        write("attendance.csv", "event_id,date,start,employee_id\nEV1,15.3.2024,9:00,E100\n");
    check(path);
    BOOST_REQUIRE(dialog->import_button()->IsEnabled());
    test::write_file(path,
                     "event_id,date,start,employee_id\nEV1,15.3.2024,9:00,E100\n"
                     "EV1,15.3.2024,9:00,E101\n");
    dialog->import();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(text(dialog->summary()).find("changed since it was checked") != std::string::npos,
               text(dialog->summary()));
    BOOST_TEST(!dialog->import_button()->IsEnabled());
    BOOST_TEST(participations() == 0);
}

BOOST_AUTO_TEST_CASE(cancelling_the_import_of_200000_rows_leaves_the_database_unchanged) {
    // 1000 people at 200 sessions.
    std::string people = "employee_id,first_name,last_name,gender\n";
    for (int p = 0; p < 1000; ++p) {
        people += "P" + std::to_string(p) + ",Aino,Äijälä,female\n";
    }
    import(ImportKind::people, people);
    std::string sessions = "event_id,date,start,end\n";
    std::vector<std::string> dates;
    for (int d = 1; d <= 200; ++d) {
        const Date date =
            std::chrono::sys_days(std::chrono::year{2024} / 1 / 1) + std::chrono::days{d};
        dates.push_back(format_iso_date(date));
        sessions += "EV1," + dates.back() + ",9:00,12:00\n";
    }
    import(ImportKind::sessions, sessions);
    std::string rows = "event_id,date,start,employee_id\n";
    rows.reserve(200000 * 36);
    for (const auto& date : dates) {
        for (int p = 0; p < 1000; ++p) {
            rows += "EV1," + date + ",9:00,P" + std::to_string(p) + "\n";
        }
    }
    const auto path = write("attendance.csv", rows);
    check(path);
    BOOST_REQUIRE(text(dialog->summary()).find("200000 new") != std::string::npos);
    BOOST_REQUIRE(dialog->import_button()->IsEnabled());

    dialog->import();
    BOOST_TEST(dialog->busy());
    BOOST_TEST(dialog->cancel_button()->IsEnabled());
    BOOST_TEST(!dialog->check_button()->IsEnabled());
    dialog->cancel();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(text(dialog->summary()).find("Cancelled") != std::string::npos,
               text(dialog->summary()));
    BOOST_TEST(refreshed == 0);
    BOOST_TEST(participations() == 0);

    // The checked file is still the same: it can be imported again, whole.
    BOOST_REQUIRE(dialog->import_button()->IsEnabled());
    dialog->import();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(refreshed == 1);
    BOOST_TEST(days_hundredths() == 200000 * 50);  // three hours each: half a day
}

BOOST_AUTO_TEST_CASE(a_locked_database_is_said_and_the_choices_are_kept) {
    wxString title, said;
    dialog->show_error = [&](const wxString& t, const wxString& s) {
        title = t;
        said = s;
    };
    const auto path =
        write("attendance.csv", "event_id,date,start,employee_id\nEV1,15.3.2024,9:00,E100\n");
    {
        // Another program holds the write lock past the 5 s the import waits for it.
        auto other = db::Database::open(db_path);
        db::Transaction holding(other);
        check(path);
    }
    BOOST_TEST(text(title) == "The file was not checked");
    BOOST_TEST(text(said).find("another program is using the database") != std::string::npos,
               text(said));
    BOOST_TEST(text(said).find("try again") != std::string::npos);
    BOOST_TEST(text(dialog->file_picker()->GetPath()) == path);  // kept
    BOOST_TEST(!dialog->import_button()->IsEnabled());
    dialog->check();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(dialog->import_button()->IsEnabled());
}

BOOST_AUTO_TEST_CASE(the_main_window_opens_it_and_reads_its_projects_again_after_an_import) {
    auto* frame = new gui::MainFrame(db_path);
    frame->Show();
    BOOST_REQUIRE(test::wait_for_tasks());
    auto* menu_bar = frame->GetMenuBar();
    BOOST_TEST(text(menu_bar->FindItem(gui::MainFrame::ID_IMPORT)->GetItemLabel())
                   .find("\tCtrl+Shift+I") != std::string::npos);
    BOOST_TEST(
        text(menu_bar->FindItem(gui::MainFrame::ID_REPORTS)->GetItemLabel()).find("\tCtrl+R") !=
        std::string::npos);
    BOOST_TEST(frame->project_list()->GetItemCount() == 1);
    frame->open_import();
    gui::ImportDialog* opened = nullptr;
    for (auto* child : frame->GetChildren()) {
        if (auto* d = dynamic_cast<gui::ImportDialog*>(child)) {
            opened = d;
        }
    }
    BOOST_REQUIRE(opened);
    opened->set_file(
        write("projects.csv", "code;name;start;end\nS2;Digiloikka;1.1.2025;31.12.2025\n"));
    BOOST_TEST(opened->kind_choice()->GetSelection() == static_cast<int>(ImportKind::projects));
    opened->check();
    BOOST_REQUIRE(test::wait_for_tasks());
    opened->import();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(frame->project_list()->GetItemCount() == 2);
    opened->Close();
    frame->Destroy();
    test::wait_for_tasks();
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

struct ReportsFixture : DialogsFixture {
    gui::ReportsDialog* dialog = nullptr;
    ReportsFixture() {
        import(ImportKind::attendance,
               "event_id,date,start,employee_id,status,minutes\n"
               "EV1,15.3.2024,9:00,E100,present,\n"
               "EV1,15.3.2024,9:00,E101,present,\n"
               "EV1,15.3.2024,9:00,E102,partial,270\n");
        dialog = new gui::ReportsDialog(nullptr, db_path, "S1", reports::Language::en);
        dialog->SetPosition(wxPoint(0, 0));
        dialog->Show();
        test::wait_for_tasks();
    }
    ~ReportsFixture() {
        dialog->Destroy();
        test::wait_for_tasks();
    }
    // The files of the folder but the database's.
    std::vector<std::string> report_files() {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
            const auto name = entry.path().filename().string();
            if (name.find("dialogs.sqlite") == std::string::npos &&
                name.find("-setup.csv") == std::string::npos) {
                names.push_back(name);
            }
        }
        return names;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(reports_dialog, ReportsFixture)

BOOST_AUTO_TEST_CASE(a_monitoring_pdf_holds_the_project_and_the_json_total) {
    dialog->choose_report(gui::ReportsDialog::monitoring);
    dialog->from_field()->SetValue("1.1.2024");  // Finnish dates are taken
    dialog->to_field()->SetValue("31.12.2024");
    BOOST_REQUIRE(dialog->choose_format("json"));
    BOOST_TEST(text(dialog->default_file_name()) == "S1-monitoring.json");
    const auto json_path = (dir / "S1.json").string();
    dialog->write_to(json_path);
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(text(dialog->summary()).find("Wrote") != std::string::npos, text(dialog->summary()));
    const std::string json = test::read_file(json_path);
    std::smatch total;
    BOOST_REQUIRE(std::regex_search(
        json, total,
        std::regex(R"re("person_training_days"\s*:\s*\{\s*"total"\s*:\s*"([0-9.]+)")re")));
    BOOST_TEST(total[1].str() == "2.75");

    BOOST_REQUIRE(dialog->choose_format("pdf"));
    const auto pdf_path = (dir / "S1-monitoring.pdf").string();
    dialog->write_to(pdf_path);
    BOOST_REQUIRE(test::wait_for_tasks());
    test::save_screenshot(dialog, "reports-dialog.png");
    const auto pdf = test::run_process({"pdftotext", "-layout", pdf_path, "-"});
    BOOST_REQUIRE(pdf.exit_code == 0);
    BOOST_TEST(pdf.out.find("Hoiva osaa") != std::string::npos);
    bool days_line = false;
    std::istringstream lines(pdf.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.find("Person-training days") != std::string::npos &&
            line.find(total[1].str()) != std::string::npos) {
            days_line = true;
        }
    }
    BOOST_TEST(days_line, pdf.out);
}

BOOST_AUTO_TEST_CASE(a_cancelled_report_leaves_no_file) {
    dialog->choose_report(gui::ReportsDialog::ledger);
    BOOST_REQUIRE(dialog->choose_format("xlsx"));
    const auto path = (dir / "S1-ledger.xlsx").string();
    dialog->write_to(path);
    BOOST_TEST(dialog->busy());
    dialog->cancel();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(text(dialog->summary()).find("Cancelled") != std::string::npos,
               text(dialog->summary()));
    BOOST_TEST(report_files().empty());  // neither the file nor a temporary one

    // Not cancelled, the same report is written.
    dialog->write_to(path);
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(std::filesystem::exists(path));
    BOOST_TEST(report_files().size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_transcript_needs_a_person_and_a_bad_date_is_said) {
    dialog->choose_report(gui::ReportsDialog::transcript);
    BOOST_TEST(!dialog->project_choice()->IsEnabled());
    BOOST_TEST(dialog->person_field()->IsEnabled());
    dialog->person_field()->SetValue("E102");
    dialog->to_field()->SetValue("31.2.2024");
    BOOST_REQUIRE(dialog->choose_format("csv"));
    dialog->write_to((dir / "t.csv").string());
    BOOST_TEST(!dialog->busy());
    BOOST_TEST(text(dialog->summary()).find("31.2.2024 is not a date") != std::string::npos,
               text(dialog->summary()));
    dialog->to_field()->SetValue("");
    BOOST_TEST(text(dialog->default_file_name()) == "E102-transcript.csv");
    dialog->write_to((dir / "t.csv").string());
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_TEST(test::read_file(dir / "t.csv").find("Ensiapu") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
