#include "gui/labelled_controls.hpp"

#include <wx/intl.h>
#include <wx/msgdlg.h>

namespace polku::gui {

wxButton* labelled_button(wxWindow* parent, wxWindowID id, const wxString& label) {
    // Made without the stock id, so the label is set as text; the id comes after.
    auto* button = new wxButton(parent, wxID_ANY, label);
    button->SetId(id);
    return button;
}

void label_cancel(wxDialog& dialog) {
    // Unlike wxID_CLOSE's, wx's stock label for Cancel is not in our catalogue, so the
    // translated label is never taken for the stock one. (OK is "OK" in Finnish too.)
    if (auto* cancel = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL))) {
        cancel->SetLabel(_("Cancel"));
    }
}

int message_box(const wxString& message, const wxString& caption, long style, wxWindow* parent) {
    wxMessageDialog dialog(parent, message, caption.empty() ? wxString(_("Polku")) : caption,
                           style);
    if (style & wxYES_NO) {
        if (style & wxCANCEL) {
            dialog.SetYesNoCancelLabels(_("&Yes"), _("&No"), _("Cancel"));
        } else {
            dialog.SetYesNoLabels(_("&Yes"), _("&No"));
        }
    } else if (style & wxCANCEL) {
        dialog.SetOKCancelLabels(_("OK"), _("Cancel"));
    } else {
        dialog.SetOKLabel(_("OK"));
    }
    switch (dialog.ShowModal()) {
        case wxID_YES:
            return wxYES;
        case wxID_NO:
            return wxNO;
        case wxID_CANCEL:
            return wxCANCEL;
        default:
            return wxOK;
    }
}

}  // namespace polku::gui
