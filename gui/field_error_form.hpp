#pragma once
// What the form dialogs (event editor, person editor, activity entry) share about saying what
// is wrong: each field with a red line beside it, found by the field's column name in the CSV
// files (core's draft checks and the save's exceptions name fields that way), and what a
// refused or failed save says.

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/string.h>
#include <wx/window.h>

#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/event_draft.hpp"

namespace polku::gui {

// A form's fields by column name, each with the line beside it that says what is wrong.
class FieldErrorForm {
  public:
    struct Field {
        wxWindow* control = nullptr;
        wxStaticText* error = nullptr;
    };

    // Adds a row to `grid` (three columns, the last growable): the label, the control and its
    // error line, empty until something is wrong.
    void add_field(wxWindow* parent, wxSizer* grid, const std::string& column,
                   const wxString& label, wxWindow* control);

    wxWindow* control(const std::string& column) const { return m_fields.at(column).control; }
    wxString error(const std::string& column) const;
    const std::map<std::string, Field>& fields() const { return m_fields; }

    // Empties every error line.
    void clear_errors();
    // Says `message` beside the field, wrapped at `wrap_width` when that is positive. A field
    // keeps the first thing said about it, so the order of core's checks decides; a column
    // that is no field here (a problem only the summary names) is passed over.
    void show(const std::string& column, const wxString& message, int wrap_width = 0);

  private:
    std::map<std::string, Field> m_fields;
};

// The problems of a refused save, to show beside their fields. With `lines_are_sessions` an
// error's line (1-based) is the session it concerns, as app::save_event reports them.
std::vector<DraftProblem> field_problems(const InputErrors& errors,
                                         bool lines_are_sessions = false);
// A save refused as a whole (an id taken, a locked period): beside the field it names, if it
// names one.
std::vector<DraftProblem> field_problems(const InputError& error);

// Says "Not saved: <why>" in `summary`, wrapped at `wrap_width`.
void show_not_saved(wxStaticText* summary, const InputError& error, int wrap_width);

// What a form says when the database did not take a save: nothing the user typed was wrong,
// so the words must say that what they typed is kept.
struct SaveFailureWords {
    wxString summary;  // below the fields
    wxString message;  // the message box's text; %s is the database's reason
    wxString title;    // the message box's title
};
void show_save_failure(wxWindow* dialog, wxStaticText* summary, const PolkuError& error,
                       const SaveFailureWords& words);

// Makes `window` tall enough for what it holds now: wrapped messages take more lines and the
// buttons below them must stay in sight. Never shrinks it.
void grow_to_fit(wxWindow& window);

}  // namespace polku::gui
