#pragma once
// What the event and person editors share: a form on one panel with the reason a save is
// refused below it, Save (also Ctrl+S) and Cancel, and closing that asks first about
// unsaved changes.

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <functional>
#include <vector>

#include "core/event_draft.hpp"
#include "gui/field_error_form.hpp"

namespace polku::gui {

class RecordEditorDialog : public wxDialog {
  public:
    // A resizable dialog titled `title`.
    RecordEditorDialog(wxWindow* parent, const wxString& title);

    // Saves when nothing is wrong; false, keeping everything typed, when not.
    virtual bool save() = 0;
    // Something differs from what was read or last saved.
    virtual bool changed() const = 0;
    // Closes, asking first when there are unsaved changes. False when the user kept it open.
    bool close_asking();

    // Asks a yes/no question (a message box; tests answer it themselves).
    std::function<bool(const wxString& question)> confirm;

    wxString summary() const { return m_summary->GetLabel(); }
    wxButton* save_button() const { return m_save; }

  protected:
    // Puts the summary line and the buttons under the form in `sizer`, gives it to `panel`,
    // fits the dialog `width` wide, and binds Save, Cancel, Ctrl+S and closing.
    void finish_form(wxPanel* panel, wxSizer* sizer, int width);
    // What closing with unsaved changes asks.
    virtual wxString unsaved_question() const = 0;
    // Shows each problem beside its field and the first below the fields.
    virtual void show_problems(const std::vector<DraftProblem>& problems) = 0;
    // Runs `write` (the use case's save). False, keeping everything typed, when it throws:
    // the form's errors beside their fields (`lines_are_sessions` as field_problems takes
    // it), a refusal as a whole below the fields and beside the field it names, a database
    // failure in `failure`'s words.
    bool write_or_show(const std::function<void()>& write, bool lines_are_sessions,
                       const SaveFailureWords& failure);
    // After a save: no reason shown any more, and a modal editor ends with wxID_OK.
    void saved();

    wxStaticText* m_summary = nullptr;  // why a save was refused
    wxButton* m_save = nullptr;
    int m_width = 0;  // the form's, from finish_form
};

}  // namespace polku::gui
