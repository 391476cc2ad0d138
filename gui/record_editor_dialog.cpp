#include "gui/record_editor_dialog.hpp"

#include <wx/accel.h>
#include <wx/intl.h>

#include "gui/labelled_controls.hpp"

namespace polku::gui {

RecordEditorDialog::RecordEditorDialog(wxWindow* parent, const wxString& title)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    confirm = [this](const wxString& question) {
        return message_box(question, GetTitle(), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) ==
               wxYES;
    };
}

void RecordEditorDialog::finish_form(wxPanel* panel, wxSizer* sizer, int width) {
    m_width = width;
    m_summary = new wxStaticText(panel, wxID_ANY, wxString());
    m_summary->SetForegroundColour(wxColour(176, 0, 0));
    sizer->Add(m_summary, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    m_save = labelled_button(panel, wxID_OK, _("Sa&ve"));
    auto* cancel = labelled_button(panel, wxID_CANCEL, _("Cancel"));
    buttons->Add(m_save, 0, wxRIGHT, 6);
    buttons->Add(cancel, 0);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 8);
    panel->SetSizer(sizer);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(panel, 1, wxEXPAND);
    SetSizerAndFit(outer);
    SetMinSize(wxSize(width, GetSize().y));
    SetSize(wxSize(width, GetSize().y));
    m_save->SetDefault();

    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { close_asking(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (event.CanVeto() && !close_asking()) {
            event.Veto();
        }
    });
    wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'S', wxID_OK}};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { save(); }, wxID_OK);
}

bool RecordEditorDialog::write_or_show(const std::function<void()>& write, bool lines_are_sessions,
                                       const SaveFailureWords& failure) {
    try {
        write();
        return true;
    } catch (const InputErrors& e) {
        show_problems(field_problems(e, lines_are_sessions));
    } catch (const InputError& e) {
        // Refused as a whole (an id taken, a supervisor cycle, a locked period).
        show_problems(field_problems(e));
        show_not_saved(m_summary, e, m_width - 40);
        grow_to_fit(*this);
    } catch (const PolkuError& e) {
        show_save_failure(this, m_summary, e, failure);
    }
    return false;
}

void RecordEditorDialog::saved() {
    m_summary->SetLabel(wxString());
    if (IsModal()) {
        EndModal(wxID_OK);
    }
}

bool RecordEditorDialog::close_asking() {
    if (changed() && !confirm(unsaved_question())) {
        return false;
    }
    if (IsModal()) {
        EndModal(wxID_CANCEL);
    } else {
        Hide();
    }
    return true;
}

}  // namespace polku::gui
