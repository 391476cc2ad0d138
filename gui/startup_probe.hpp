#pragma once
// Start-up timing for bench/startup_benchmark.sh: with POLKU_STARTUP_PROBE=FILE set, polku
// writes to FILE the wall-clock time (seconds since the epoch) at which its window first
// waited for the user ("window") and at which the dashboard first showed figures
// ("figures"), then closes. Without the variable nothing happens.

class wxFrame;

namespace polku::gui {

// Call once the main window is shown.
void probe_window_shown(wxFrame* frame);
// Call when the dashboard shows a project's figures.
void probe_figures_shown();

}  // namespace polku::gui
