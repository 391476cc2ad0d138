#include "gui/preferences_dialog.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "gui/labelled_controls.hpp"

namespace polku::gui {

namespace {

// The radio box's order.
constexpr LanguageChoice kChoices[] = {LanguageChoice::fi, LanguageChoice::en,
                                       LanguageChoice::system};

}  // namespace

PreferencesDialog::PreferencesDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("Preferences")) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const wxString languages[] = {_("Finnish (suomi)"), _("English"),
                                  _("As the system says (LANG)")};
    m_language = new wxRadioBox(this, wxID_ANY, _("&Language"), wxDefaultPosition, wxDefaultSize, 3,
                                languages, 1, wxRA_SPECIFY_COLS);
    const auto stored = stored_language_choice();
    for (int i = 0; i < 3; ++i) {
        if (kChoices[i] == stored) {
            m_language->SetSelection(i);
        }
    }
    sizer->Add(m_language, 0, wxEXPAND | wxALL, 10);
    auto* note =
        new wxStaticText(this, wxID_ANY,
                         _("Polku's windows close and open again in the new language; each "
                           "asks first about what is unsaved in it."));
    sizer->Add(note, 0, wxLEFT | wxRIGHT, 10);
    auto* buttons = new wxStdDialogButtonSizer;
    buttons->AddButton(labelled_button(this, wxID_OK, _("OK")));
    buttons->AddButton(labelled_button(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(sizer);
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent& e) {
            store();
            e.Skip();
        },
        wxID_OK);
}

void PreferencesDialog::store() {
    store_language_choice(kChoices[m_language->GetSelection()]);
}

}  // namespace polku::gui
