#pragma once
// Buttons and message boxes labelled in the desktop's language. wx gives a button of a stock
// id (wxID_CLOSE, wxID_SAVE, a message box's Yes and No) GTK's stock item whenever its label
// is the stock one, and GTK translates stock items only under a generated system locale (a
// fresh Debian has none): a Finnish desktop would say "Close" and "Yes / No" in English.

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/string.h>
#include <wx/window.h>

namespace polku::gui {

// A button with the id `id` (events, escape and default ids work as for a stock button)
// that always shows `label`.
wxButton* labelled_button(wxWindow* parent, wxWindowID id, const wxString& label);

// A ready-made dialog's (wxTextEntryDialog's) Cancel button in the desktop's language.
void label_cancel(wxDialog& dialog);

// As wxMessageBox: `style` takes wxOK, wxYES_NO, wxCANCEL, wxNO_DEFAULT and the icons;
// returns wxOK, wxYES, wxNO or wxCANCEL.
int message_box(const wxString& message, const wxString& caption = wxString(),
                long style = wxOK | wxCENTRE, wxWindow* parent = nullptr);

}  // namespace polku::gui
