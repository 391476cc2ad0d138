// The dashboard: the monitoring report's own document on screen, counted on a worker thread,
// and exported from there to a file. Real windows (Xvfb in scripts/test).
#include <wx/app.h>
#include <wx/utils.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <thread>

#include "app/demo_data.hpp"
#include "db/database.hpp"
#include "gui/background_task.hpp"
#include "gui/chart_panel.hpp"
#include "gui/dashboard_panel.hpp"
#include "gui/main_frame.hpp"
#include "gui/wx_text.hpp"
#include "tests/gui/background_wait.hpp"
#include "tests/support/files.hpp"

namespace {

std::string cell(wxListCtrl* list, long row, int column) {
    return polku::gui::from_wx(list->GetItemText(row, column));
}

struct DemoFrame {
    polku::test::TempDir dir;
    std::string db_path = (dir / "demo.sqlite").string();
    polku::gui::MainFrame* frame = nullptr;

    DemoFrame() {
        {
            auto db = polku::db::Database::open(db_path);
            polku::app::load_demo(db);
        }
        frame = new polku::gui::MainFrame(db_path);
        frame->Show();
    }
    ~DemoFrame() {
        frame->Destroy();
        polku::test::wait_for_tasks();
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(dashboard, DemoFrame)

BOOST_AUTO_TEST_CASE(choosing_a_project_shows_its_figures_and_chart) {
    auto* list = frame->project_list();
    BOOST_REQUIRE(list->GetItemCount() == 1);
    // As a click or the arrow keys select it.
    list->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    BOOST_REQUIRE(polku::test::wait_for_tasks());

    auto* summary = frame->dashboard()->table("summary");
    BOOST_REQUIRE(summary);
    bool found_days = false;
    for (long row = 0; row < summary->GetItemCount(); ++row) {
        if (cell(summary, row, 0) == "Person-training days") {
            BOOST_TEST(cell(summary, row, 1) == "2,028.00");  // the seed's final figure
            found_days = true;
        }
    }
    BOOST_TEST(found_days);

    auto* targets = frame->dashboard()->table("targets");
    BOOST_REQUIRE(targets);
    long days_target = -1;
    for (long row = 0; row < targets->GetItemCount(); ++row) {
        if (cell(targets, row, 0) == "Person-training days" && cell(targets, row, 1).empty()) {
            days_target = row;
        }
    }
    BOOST_REQUIRE(days_target >= 0);
    BOOST_TEST(cell(targets, days_target, 2) == "2,352.00");  // planned
    BOOST_TEST(cell(targets, days_target, 3) == "2,028.00");  // realised
    BOOST_TEST(cell(targets, days_target, 5) == "86.2");      // % of plan

    // The chart: the straight line to the target and the realised line.
    const auto& chart = frame->dashboard()->chart()->chart();
    BOOST_REQUIRE(chart.has_value());
    BOOST_REQUIRE(chart->series.size() >= 2u);
    BOOST_TEST(chart->series[0].points.back().hundredths == 235200);
    BOOST_TEST(chart->series[1].points.back().hundredths == 202800);
    frame->dashboard()->chart()->Update();  // paints without error
}

BOOST_AUTO_TEST_CASE(the_shown_report_exports_to_a_file_without_freezing_the_window) {
    frame->show_project("S10873");
    BOOST_REQUIRE(polku::test::wait_for_tasks());
    for (const char* name : {"osku.pdf", "osku.xlsx", "osku.html", "osku.json"}) {
        const auto path = dir / name;
        frame->export_report(path.string());
        BOOST_REQUIRE(polku::test::wait_for_tasks());
        BOOST_TEST_CONTEXT(name) {
            BOOST_TEST(std::filesystem::exists(path));
            BOOST_TEST(std::filesystem::file_size(path) > 1000u);
            BOOST_TEST(polku::gui::from_wx(frame->GetStatusBar()->GetStatusText()).find(name) !=
                       std::string::npos);
        }
    }
    BOOST_TEST(polku::test::read_file(dir / "osku.pdf").substr(0, 5) == "%PDF-");
    BOOST_TEST(polku::test::read_file(dir / "osku.json").find("\"2028.00\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_project_that_cannot_be_counted_says_why) {
    frame->show_project("NO-SUCH");
    BOOST_REQUIRE(polku::test::wait_for_tasks());
    BOOST_TEST(frame->dashboard()->table("summary") == nullptr);
    BOOST_TEST(polku::gui::from_wx(frame->GetStatusBar()->GetStatusText()) ==
               "The figures could not be counted");
}

BOOST_AUTO_TEST_SUITE_END()
