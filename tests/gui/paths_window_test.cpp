// The supervisor's team grid in a real window (Xvfb in scripts/test), over the hand-computed
// path of tests/fixtures/paths/README.md: the team below a supervisor, each cell in words
// (colour beside them), and a sign-off made from the grid read back from the database.
#include <wx/app.h>
#include <wx/utils.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "app/import_service.hpp"
#include "db/database.hpp"
#include "gui/paths_window.hpp"
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

const std::filesystem::path kSource = POLKU_SOURCE_DIR;

struct PathsFixture {
    test::TempDir dir;
    std::string db_path = (dir / "paths.sqlite").string();
    gui::PathsWindow* window = nullptr;

    PathsFixture() {
        auto db = db::Database::open(db_path);
        const auto fixture = kSource / "tests" / "fixtures" / "paths";
        const auto import = [&](ImportKind kind, const std::filesystem::path& file) {
            app::import_file(db, kind, file.string(), {});  // throws on any problem
        };
        for (const char* name :
             {"projects", "people", "events", "sessions", "attendance", "activities"}) {
            import(*import_kind_from_name(name), fixture / (std::string(name) + ".csv"));
        }
        import(ImportKind::competencies,
               kSource / "tests" / "fixtures" / "competencies" / "kunta-osaaminen.csv");
        for (const char* name : {"course_competences", "event_competences", "activity_competences",
                                 "paths", "path_steps", "assignments", "signoffs"}) {
            import(*import_kind_from_name(name), fixture / (std::string(name) + ".csv"));
        }
    }
    ~PathsFixture() {
        if (window) {
            window->Destroy();
            pump_events();
        }
    }

    void open() {
        window = new gui::PathsWindow(nullptr, db_path, reports::Language::en, date(2026, 6, 1));
        window->Show();
        pump_events();
    }

    std::string cell(int row, int column) const {
        return gui::from_wx(window->grid()->GetCellValue(row, column));
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(paths_window, PathsFixture)

BOOST_AUTO_TEST_CASE(a_supervisor_sees_their_team_by_step_in_words) {
    open();
    // Supervisors are those someone reports to: Virtanen, Korhonen, Mäkinen (Finnish order).
    BOOST_TEST(window->supervisor_choice()->GetCount() == 3u);
    BOOST_TEST(gui::from_wx(window->supervisor_choice()->GetString(0)) == "Korhonen Mikko (E200)");
    BOOST_REQUIRE(window->choose_supervisor("E200"));
    pump_events();
    BOOST_TEST(window->path_choice()->GetCount() == 1u);
    wxGrid* grid = window->grid();
    BOOST_TEST(grid->GetNumberRows() == 3);
    BOOST_TEST(grid->GetNumberCols() == 3 + 4);
    BOOST_TEST(gui::from_wx(grid->GetColLabelValue(5)) == "3\nKehityskeskustelu");
    BOOST_TEST(gui::from_wx(grid->GetColLabelValue(6)) ==
               "4\nDIG-1 Tietoturva ja tietosuoja\n(optional)");
    BOOST_TEST(cell(0, 0) == "Lahtinen Liisa");
    BOOST_TEST(cell(0, 2) == "66.7 %");
    BOOST_TEST(cell(0, 3) == "OVERDUE (due 2026-03-16)");
    BOOST_TEST(cell(1, 3) == "done 2026-02-16");
    BOOST_TEST(cell(2, 3) == "OVERDUE (due 2026-03-16) 2 / 3 sessions");
    BOOST_TEST(cell(2, 4) == "OVERDUE (due 2026-04-15) 60 / 240 min");
    BOOST_TEST(cell(2, 5) == "–");
    // Colour beside the words: overdue and done differ from a step not started.
    const wxColour overdue = grid->GetCellBackgroundColour(2, 3);
    const wxColour done = grid->GetCellBackgroundColour(1, 3);
    const wxColour none = grid->GetCellBackgroundColour(2, 5);
    BOOST_TEST((overdue != done && overdue != none && done != none));
    BOOST_TEST(gui::from_wx(window->message()).empty());

    // A team lower down: Mäkinen has only Lahtinen below her.
    BOOST_REQUIRE(window->choose_supervisor("E201"));
    pump_events();
    BOOST_TEST(window->grid()->GetNumberRows() == 1);
    BOOST_TEST(cell(0, 1) == "E203");
    BOOST_TEST(!window->choose_supervisor("E203"));  // nobody reports to Lahtinen
}

BOOST_AUTO_TEST_CASE(a_step_is_signed_off_from_the_grid) {
    open();
    BOOST_REQUIRE(window->choose_supervisor("E200"));
    pump_events();
    // Nieminen's development discussion (row 2, step 3).
    BOOST_REQUIRE(window->sign_off(2, 5, date(2026, 5, 20), "Hyvä keskustelu"));
    pump_events();
    BOOST_TEST(cell(2, 5) == "done 2026-05-20");
    BOOST_TEST(cell(2, 2) == "33.3 %");
    BOOST_TEST(gui::from_wx(window->message()) == "Signed off.");
    // The name column is no step.
    BOOST_TEST(!window->sign_off(2, 0, date(2026, 5, 20), ""));
    BOOST_TEST(gui::from_wx(window->message()) == "Choose a step of a person in the grid first.");

    const auto stored = test::run_process(
        {"sqlite3", db_path,
         "SELECT p.employee_id, s.step_number, so.signed_on, b.employee_id, so.note FROM "
         "sign_offs so JOIN people p ON p.id = so.person_id JOIN people b ON b.id = "
         "so.signed_by JOIN path_steps s ON s.id = so.step_id ORDER BY p.employee_id"});
    BOOST_TEST(stored.out ==
               "E202|3|2026-05-20|E200|Hyvä keskustelu\nE203|3|2026-05-05|E100|Keskusteltu; "
               "tavoitteet kirjattu\n");
}

BOOST_AUTO_TEST_CASE(a_screenshot_of_the_team_grid_is_written_to_the_build_tree) {
    open();
    window->SetPosition(wxPoint(0, 0));
    BOOST_REQUIRE(window->choose_supervisor("E200"));
    pump_events();
    test::save_screenshot(window, "paths-window.png");
}

BOOST_AUTO_TEST_SUITE_END()
