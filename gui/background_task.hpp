#pragma once
// Long work off the UI thread (Poedit's concurrency.h in its smallest form): `work` runs on
// its own thread; its result, or the message of what it threw, comes back on the UI thread
// through CallAfter, and only while `window` still exists.

#include <wx/app.h>
#include <wx/weakref.h>
#include <wx/window.h>

#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "core/error.hpp"

namespace polku::gui {

// Counts the tasks still running, so a test (or closing) can wait for them.
int& running_tasks();

template <typename Result>
void run_in_background(wxWindow* window, std::function<Result()> work,
                       std::function<void(Result)> done,
                       std::function<void(const std::string&)> failed) {
    ++running_tasks();
    wxWeakRef<wxWindow> target(window);
    std::thread([target, work = std::move(work), done = std::move(done),
                 failed = std::move(failed)]() mutable {
        std::optional<Result> result;
        std::string error;
        try {
            result.emplace(work());
        } catch (const std::exception& e) {
            error = e.what();
        }
        // wxTheApp->CallAfter is safe from any thread; the weak reference is read on the UI
        // thread only, where windows are destroyed.
        wxTheApp->CallAfter([target, result = std::move(result), error = std::move(error),
                             done = std::move(done), failed = std::move(failed)]() mutable {
            --running_tasks();
            if (!target) {
                return;
            }
            if (result) {
                done(std::move(*result));
            } else {
                failed(error);
            }
        });
    }).detach();
}

}  // namespace polku::gui
