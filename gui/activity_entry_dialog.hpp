#pragma once
// Quick entry of individual activities (self-study, coaching): find the person by a few
// letters of the name or the employee id, type the hours, Enter saves and clears the form for
// the next person while the project, date and kind stay. Each field is checked with core's
// rules as it is typed. Its own database connection (the locator), like the other windows.

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>
#include <string>
#include <vector>

#include "core/activity_draft.hpp"
#include "core/signin_sheet.hpp"
#include "db/database.hpp"
#include "gui/field_error_form.hpp"
#include "reports/language.hpp"

namespace polku::gui {

class ActivityEntryDialog : public wxDialog {
  public:
    // Opens `locator` on `project_code` (empty: the first project), dated `today`. Throws
    // DatabaseError.
    ActivityEntryDialog(wxWindow* parent, const std::string& locator,
                        const std::string& project_code, reports::Language language, Date today);

    // Saves the form as one activity when nothing is wrong, then empties the person, hours
    // and description for the next one. False, with the reason beside the field, when not.
    bool save();
    // Called after each save (the main window counts its figures again).
    std::function<void()> on_saved;
    // Closes, asking first when something typed is not saved.
    bool close_asking();
    std::function<bool(const wxString& question)> confirm;

    wxTextCtrl* person_field() const { return m_find; }
    wxListBox* person_matches() const { return m_matches; }
    wxTextCtrl* hours_field() const { return m_hours; }
    wxTextCtrl* date_field() const { return m_date; }
    wxTextCtrl* description_field() const { return m_description; }
    wxChoice* kind_choice() const { return m_kind; }
    wxListBox* saved_list() const { return m_saved; }
    wxString field_error(const std::string& column) const { return m_fields.error(column); }
    wxString status() const { return m_status->GetLabel(); }

  private:
    void update_matches();
    ActivityDraft draft() const;
    void check();
    void show_problems(const std::vector<DraftProblem>& problems);
    bool typed_something() const;

    db::Database m_db;
    reports::Language m_language;
    std::vector<SigninParticipant> m_people;
    std::vector<SigninParticipant> m_shown;  // parallel to m_matches
    std::vector<std::string> m_projects;     // parallel to m_project
    FieldErrorForm m_fields;

    wxTextCtrl* m_find = nullptr;
    wxListBox* m_matches = nullptr;
    wxChoice* m_project = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxChoice* m_kind = nullptr;
    wxTextCtrl* m_hours = nullptr;
    wxTextCtrl* m_description = nullptr;
    wxStaticText* m_status = nullptr;
    wxListBox* m_saved = nullptr;
};

}  // namespace polku::gui
