#pragma once
// Runs the event loop until every background task of the windows has reported back, as a
// person waits for "Counting the figures…" to go.
#include <wx/app.h>
#include <wx/utils.h>

#include <chrono>
#include <thread>

#include "gui/background_task.hpp"

namespace polku::test {

// False when tasks were still running after 120 s (a large import under load).
inline bool wait_for_tasks() {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (std::chrono::steady_clock::now() < deadline) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
        if (polku::gui::running_tasks() == 0) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

}  // namespace polku::test
