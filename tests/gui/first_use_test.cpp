// The desktop issue's "done when", end to end in real windows (Xvfb in scripts/test): a
// first start on an empty database, the demo loaded from the offer, a session's attendance
// taken by keyboard, the dashboard moved by it, and the monitoring PDF exported and read back
// with pdftotext, the tool a user would open it with.
#include <wx/app.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <string>

#include "app/monitoring_service.hpp"
#include "core/quantity.hpp"
#include "db/database.hpp"
#include "gui/attendance_sheet.hpp"
#include "gui/attendance_window.hpp"
#include "gui/dashboard_panel.hpp"
#include "gui/main_frame.hpp"
#include "gui/wx_text.hpp"
#include "tests/gui/background_wait.hpp"
#include "tests/gui/own_settings.hpp"
#include "tests/support/files.hpp"
#include "tests/support/process.hpp"

using namespace polku;

namespace {

// The dashboard's "Person-training days" as shown ("2,028.00").
std::string shown_days(gui::MainFrame* frame) {
    auto* summary = frame->dashboard()->table("summary");
    BOOST_REQUIRE(summary);
    for (long row = 0; row < summary->GetItemCount(); ++row) {
        if (gui::from_wx(summary->GetItemText(row, 0)) == "Person-training days") {
            return gui::from_wx(summary->GetItemText(row, 1));
        }
    }
    BOOST_FAIL("no person-training days on the dashboard");
    return {};
}

// The database's own figure, counted by the report use case ("2028.00").
std::string counted_days(const std::string& db_path) {
    auto db = db::Database::open(db_path);
    return format_hundredths(app::monitoring_report(db, {}).figures.days_hundredths.total);
}

// "2,028.00" as the dashboard and the English PDF write it.
std::string with_thousands(std::string plain) {
    const auto point = plain.find('.');
    for (auto at = static_cast<long>(point) - 3; at > 0; at -= 3) {
        plain.insert(static_cast<std::size_t>(at), ",");
    }
    return plain;
}

gui::AttendanceWindow* attendance_window_of(wxWindow* frame) {
    for (auto* child : frame->GetChildren()) {
        if (auto* window = dynamic_cast<gui::AttendanceWindow*>(child)) {
            return window;
        }
    }
    return nullptr;
}

void press(gui::AttendanceSheet* sheet, int key_code, wxChar unicode = 0) {
    wxKeyEvent down(wxEVT_KEY_DOWN);
    down.m_keyCode = key_code;
    down.m_uniChar = unicode ? unicode : static_cast<wxChar>(key_code);
    down.SetShiftDown(unicode >= 'A' && unicode <= 'Z');  // letters in lower case find names
    down.SetEventObject(sheet);
    if (!sheet->ProcessWindowEvent(down)) {
        wxKeyEvent ch(wxEVT_CHAR, down);
        sheet->ProcessWindowEvent(ch);
    }
}

}  // namespace

BOOST_AUTO_TEST_CASE(
    a_first_user_loads_the_demo_takes_attendance_sees_the_dashboard_move_and_exports_the_pdf) {
    test::TempDir dir;
    const test::OwnSettings settings(dir / "settings");
    const std::string db_path = (dir / "polku.sqlite").string();

    auto* frame = new gui::MainFrame(db_path);
    frame->Show();
    BOOST_REQUIRE(frame->demo_offer()->IsShown());  // an empty database offers the demo
    frame->load_demo();
    BOOST_REQUIRE(frame->project_list()->GetItemCount() == 1);
    frame->select_first_project();
    BOOST_REQUIRE(test::wait_for_tasks());
    const std::string before = shown_days(frame);
    BOOST_TEST(before == with_thousands(counted_days(db_path)));

    // Sessions › Attendance (Ctrl+T), a session of 2011 (the demo's latest are dated past
    // the project's end, kept but not counted); the first person marked present is marked
    // absent with one key (Shift+A: a small letter finds a name), and Enter saves.
    frame->open_attendance();
    auto* window = attendance_window_of(frame);
    BOOST_REQUIRE(window);
    int chosen = -1;
    for (std::size_t i = 0; i < window->sessions().size() && chosen < 0; ++i) {
        if (window->sessions()[i].key.date.year() == std::chrono::year{2011}) {
            chosen = static_cast<int>(i);
        }
    }
    BOOST_REQUIRE(chosen >= 0);
    window->open_session(chosen, false);
    auto* sheet = window->sheet();
    const auto& rows = sheet->state().rows();
    std::size_t present = rows.size();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].mark && rows[r].mark->status == AttendanceStatus::present) {
            present = r;
            break;
        }
    }
    BOOST_REQUIRE(present < rows.size());
    sheet->state().move_to(present);
    press(sheet, 'A', 'A');
    BOOST_REQUIRE(sheet->state().rows()[present].mark.has_value());
    BOOST_TEST((sheet->state().rows()[present].mark->status == AttendanceStatus::absent));
    BOOST_TEST(sheet->state().dirty());
    press(sheet, WXK_RETURN);
    BOOST_REQUIRE(!sheet->state().dirty());  // saved
    BOOST_REQUIRE(test::wait_for_tasks());   // the dashboard counts again

    const std::string after = shown_days(frame);
    BOOST_TEST(after != before);
    BOOST_TEST(after == with_thousands(counted_days(db_path)));

    // Report › Export (Ctrl+E) to a PDF: its figures are the dashboard's.
    const auto pdf = dir / "osku.pdf";
    frame->export_report(pdf.string());
    BOOST_REQUIRE(test::wait_for_tasks());
    const auto text = test::run_process({"pdftotext", "-layout", pdf.string(), "-"});
    BOOST_REQUIRE(text.exit_code == 0);
    BOOST_TEST(text.out.find(after) != std::string::npos, after);
    BOOST_TEST(text.out.find("OSKU") != std::string::npos);

    window->Destroy();
    frame->Destroy();
    test::wait_for_tasks();
}
