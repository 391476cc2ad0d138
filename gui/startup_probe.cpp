#include "gui/startup_probe.hpp"

#include <wx/frame.h>
#include <wx/weakref.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <string>

namespace polku::gui {

namespace {

const char* probe_file() {
    return std::getenv("POLKU_STARTUP_PROBE");
}

struct ProbeState {
    wxWeakRef<wxFrame> frame;
    bool window = false;
    bool figures = false;
};

ProbeState& state() {
    static ProbeState s;
    return s;
}

// The epoch time, so that the script compares it with the moment it started the process.
void note(const char* what) {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const double seconds = std::chrono::duration<double>(now).count();
    std::ofstream out(probe_file(), std::ios::app);
    out << what << ' ' << std::fixed << std::setprecision(6) << seconds << '\n';
}

void close_when_done() {
    ProbeState& s = state();
    if (s.window && s.figures && s.frame) {
        s.frame->Close(true);
    }
}

}  // namespace

void probe_window_shown(wxFrame* frame) {
    if (!probe_file()) {
        return;
    }
    state().frame = frame;
    // The first idle event after the window is shown: everything queued at start-up has been
    // handled, and the next thing the program does is wait for the user.
    frame->CallAfter([] {
        ProbeState& s = state();
        if (!s.frame) {
            return;
        }
        s.frame->Bind(wxEVT_IDLE, [](wxIdleEvent& event) {
            event.Skip();
            ProbeState& s = state();
            if (!s.window) {
                s.window = true;
                note("window");
                close_when_done();
            }
        });
    });
}

void probe_figures_shown() {
    if (!probe_file() || state().figures) {
        return;
    }
    state().figures = true;
    note("figures");
    close_when_done();
}

}  // namespace polku::gui
