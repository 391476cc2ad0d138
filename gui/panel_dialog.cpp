#include "gui/panel_dialog.hpp"

#include <wx/intl.h>

#include "gui/labelled_controls.hpp"

namespace polku::gui {

wxButton* finish_panel_dialog(wxDialog& dialog, wxPanel* panel, wxSizer* sizer) {
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->AddStretchSpacer();
    auto* close = labelled_button(panel, wxID_CLOSE, _("&Close"));
    bottom->Add(close, 0);
    sizer->Add(bottom, 0, wxEXPAND | wxALL, 8);
    panel->SetSizer(sizer);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(panel, 1, wxEXPAND);
    dialog.SetSizerAndFit(outer);
    dialog.SetEscapeId(wxID_CLOSE);
    return close;
}

}  // namespace polku::gui
