#pragma once
// Preferences: the language of the desktop (Finnish, English, from the system), kept in the
// settings; the main window switches to it on OK (MainFrame::switch_language).

#include <wx/dialog.h>
#include <wx/radiobox.h>

#include "gui/language_preference.hpp"

namespace polku::gui {

class PreferencesDialog : public wxDialog {
  public:
    explicit PreferencesDialog(wxWindow* parent);

    wxRadioBox* language_choice() const { return m_language; }
    // Keeps what is chosen (what OK does).
    void store();

  private:
    wxRadioBox* m_language = nullptr;
};

}  // namespace polku::gui
