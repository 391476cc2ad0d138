// File › Import under a Finnish choice, in a real window (Xvfb in scripts/test): the problems
// the check finds on its worker thread (core's row rules, db's references) are listed in
// Finnish through the program's own catalogue, with the file's values in them.
#include <wx/app.h>

#include <boost/test/unit_test.hpp>
#include <string>

#include "app/import_service.hpp"
#include "db/database.hpp"
#include "gui/import_dialog.hpp"
#include "gui/translations.hpp"
#include "gui/wx_text.hpp"
#include "tests/gui/background_wait.hpp"
#include "tests/gui/screenshot.hpp"
#include "tests/support/files.hpp"

using namespace polku;

namespace {

struct FinnishImport {
    test::TempDir dir;
    std::string db_path = (dir / "finnish.sqlite").string();
    gui::ImportDialog* dialog = nullptr;

    std::string write(const std::string& name, const std::string& content) {
        const auto path = dir / name;
        test::write_file(path, content);
        return path.string();
    }
    FinnishImport() {
        auto db = db::Database::open(db_path);
        app::import_file(db, ImportKind::projects,
                         write("projects.csv", "code;name\nS1;Hoiva osaa\n"), {});
        app::import_file(
            db, ImportKind::people,
            write("people.csv", "employee_id,first_name,last_name\nE100,Anna,Virtanen\n"), {});
        app::import_file(
            db, ImportKind::events,
            write("events.csv", "event_id,project,title,kind\nEV1,S1,Ensiapu,course\n"), {});
        app::import_file(
            db, ImportKind::sessions,
            write("sessions.csv", "event_id,date,start,end\nEV1,15.3.2024,9:00,12:00\n"), {});
        gui::install_translations(reports::Language::fi);
        dialog = new gui::ImportDialog(nullptr, db_path, [] {});
        dialog->Show();
        test::wait_for_tasks();
    }
    ~FinnishImport() {
        dialog->Destroy();
        test::wait_for_tasks();
        gui::install_translations(reports::Language::en);
    }
    std::string message(long row) {
        return gui::from_wx(dialog->error_list()->GetItemText(row, gui::ImportDialog::message));
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(the_problems_of_a_file_are_listed_in_finnish, FinnishImport) {
    dialog->set_file(write("attendance.csv",
                           "event_id,date,start,employee_id,status,minutes\n"
                           "EV1,15.3.2024,9:00,E999,present,\n"
                           "EV1,15.3.2024,9:00,E100,sleeping,\n"
                           "EV1,15.3.2024,9:00,E100,partial,400\n"));
    dialog->check();
    BOOST_REQUIRE(test::wait_for_tasks());
    BOOST_REQUIRE(dialog->error_list()->GetItemCount() == 3);
    BOOST_TEST(message(0) ==
               "henkilöä, jonka employee_id on 'E999', ei ole; tuo hänet ensin tiedostossa "
               "people.csv");
    BOOST_TEST(message(1) == "'sleeping' ei ole mikään näistä: present, partial, absent, excused");
    BOOST_TEST(message(2) == "400 minuuttia on enemmän kuin kerran kesto (180 minuuttia)");
    BOOST_TEST(!dialog->import_button()->IsEnabled());
    // The kind, from the file's name, said in Finnish with the file it is.
    BOOST_TEST(gui::from_wx(dialog->kind_choice()->GetStringSelection()) ==
               "Osallistumismerkinnät (attendance.csv)");
    test::save_screenshot(dialog, "import-dialog-fi.png");
}
