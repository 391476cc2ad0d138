#include "gui/field_error_form.hpp"

#include <wx/intl.h>
#include <wx/msgdlg.h>

#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"

namespace polku::gui {

void FieldErrorForm::add_field(wxWindow* parent, wxSizer* grid, const std::string& column,
                               const wxString& label, wxWindow* control) {
    auto* error = new wxStaticText(parent, wxID_ANY, wxString());
    error->SetForegroundColour(wxColour(176, 0, 0));
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(control, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(error, 1, wxALIGN_CENTER_VERTICAL | wxEXPAND);
    m_fields[column] = {control, error};
}

wxString FieldErrorForm::error(const std::string& column) const {
    return m_fields.at(column).error->GetLabel();
}

void FieldErrorForm::clear_errors() {
    for (auto& [column, f] : m_fields) {
        f.error->SetLabel(wxString());
    }
}

void FieldErrorForm::show(const std::string& column, const wxString& message, int wrap_width) {
    const auto it = m_fields.find(column);
    if (it == m_fields.end() || !it->second.error->GetLabel().empty()) {
        return;
    }
    it->second.error->SetLabel(message);
    if (wrap_width > 0) {
        it->second.error->Wrap(wrap_width);
    }
}

std::vector<DraftProblem> field_problems(const InputErrors& errors, bool lines_are_sessions) {
    std::vector<DraftProblem> problems;
    for (const auto& error : errors.errors()) {
        problems.push_back({error.place.column,
                            lines_are_sessions && error.place.line > 0
                                ? std::optional(error.place.line - 1)
                                : std::nullopt,
                            error.message});
    }
    return problems;
}

std::vector<DraftProblem> field_problems(const InputError& error) {
    std::vector<DraftProblem> beside;
    if (!error.place().column.empty()) {
        beside.push_back({error.place().column, std::nullopt, error.what()});
    }
    return beside;
}

void show_not_saved(wxStaticText* summary, const InputError& error, int wrap_width) {
    summary->SetLabel(wxString::Format(_("Not saved: %s"), to_wx(error.what())));
    summary->Wrap(wrap_width);
}

void show_save_failure(wxWindow* dialog, wxStaticText* summary, const PolkuError& error,
                       const SaveFailureWords& words) {
    summary->SetLabel(words.summary);
    message_box(wxString::Format(words.message, to_wx(error.what())), words.title,
                wxOK | wxICON_ERROR, dialog);
}

void grow_to_fit(wxWindow& window) {
    if (const int needed = window.GetBestSize().y; needed > window.GetSize().y) {
        window.SetSize(window.GetSize().x, needed);
    }
    window.Layout();
}

}  // namespace polku::gui
