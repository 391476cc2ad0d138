#pragma once
// A screenshot of a window into the build tree (ImageMagick's import of the Xvfb screen), so
// a person can look at what the tests drew. A failed capture is a warning, not a failure:
// the picture is for people, the tests check the widgets themselves.
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/toplevel.h>
#include <wx/utils.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "tests/support/process.hpp"

namespace polku::test {

inline void save_screenshot(wxTopLevelWindow* window, const std::string& name) {
    window->Raise();
    window->Update();
    wxMilliSleep(300);
    for (int i = 0; i < 5; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
    const std::string path = (std::filesystem::current_path() / name).string();
    const wxRect r = window->GetScreenRect();
    const auto result = run_process({"import", "-window", "root", "-crop",
                                     std::to_string(r.width) + "x" + std::to_string(r.height) +
                                         "+" + std::to_string(r.x) + "+" + std::to_string(r.y),
                                     path});
    BOOST_WARN_MESSAGE(result.exit_code == 0, "import failed: " << result.err);
    if (result.exit_code == 0) {
        BOOST_TEST_MESSAGE("screenshot: " << path);
        BOOST_TEST(std::filesystem::file_size(path) > 1000u);
    }
}

}  // namespace polku::test
