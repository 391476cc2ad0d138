#pragma once
// The end of building a dialog whose controls sit on one panel (the Import and Reports
// dialogs): a Close button at the bottom right, which Escape presses, and the dialog fitted
// around the panel.

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/panel.h>
#include <wx/sizer.h>

namespace polku::gui {

// Adds the Close row to `sizer`, gives it to `panel` and fits `dialog`. Returns the button
// (wxID_CLOSE), for the dialog to bind.
wxButton* finish_panel_dialog(wxDialog& dialog, wxPanel* panel, wxSizer* sizer);

}  // namespace polku::gui
