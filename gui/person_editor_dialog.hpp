#pragma once
// The person editor: a person's fields, their ESF start data, supervisor and target groups,
// each field checked as it is typed with core's rules (check_person_draft, the people.csv
// import's) and what is wrong said in red beside it. Save stays disabled while anything is
// wrong; a refused save (a supervisor cycle, a locked period, an id taken) says why beside
// the field; closing with unsaved changes asks. Saves through app::save_person.

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/person_draft.hpp"
#include "gui/field_error_form.hpp"
#include "gui/record_editor_dialog.hpp"
#include "reports/language.hpp"

namespace polku::db {
class Database;
}

namespace polku::gui {

class PersonEditorDialog : public RecordEditorDialog {
  public:
    // Edits `person` as stored; with `is_new` the person is not stored yet and saving adds
    // them. `groups` are the target groups a person may join (app::target_group_choices).
    PersonEditorDialog(wxWindow* parent, db::Database& db, const PersonRecord& person, bool is_new,
                       const std::vector<GroupRef>& groups, RowContext context,
                       reports::Language language);

    // Saves when nothing is wrong. False, with the reason beside the field and below the
    // fields, when something is wrong or the database refused; nothing typed is lost. Ends a
    // modal dialog with wxID_OK on success.
    bool save() override;
    // Something differs from what was read or last saved.
    bool changed() const override { return m_draft != m_saved; }

    // For tests: the control and the error text of a field, by its column name in people.csv.
    wxWindow* field(const std::string& column) const { return m_fields.control(column); }
    wxString field_error(const std::string& column) const { return m_fields.error(column); }
    wxListBox* supervisor_matches() const { return m_matches; }
    // Picks the supervisor at `row` of the matches (what Enter or a double click does).
    void choose_supervisor(int row);
    // Checks or clears the target group `project`:`group` as a click in the list does.
    void set_group(const GroupRef& group, bool member);

  private:
    wxString unsaved_question() const override;
    wxTextCtrl* add_text(wxWindow* parent, wxSizer* grid, const std::string& column,
                         const wxString& label, const std::string& value, int width = 300);
    wxChoice* add_choice(wxWindow* parent, wxSizer* grid, const std::string& column,
                         const wxString& label, const std::vector<std::string>& names,
                         const std::vector<wxString>& labels, const std::string& value);
    void read_fields();
    void update_matches();
    void check();
    void show_problems(const std::vector<DraftProblem>& problems) override;

    db::Database& m_db;
    RowContext m_context;
    std::string m_stored_id;  // empty while the person is not stored
    PersonDraft m_draft;
    PersonDraft m_saved;
    std::vector<GroupRef> m_groups;                             // parallel to the check list
    std::map<std::string, std::vector<std::string>> m_choices;  // a choice's names, by column
    std::vector<std::string> m_match_ids;                       // parallel to m_matches
    std::string m_supervisor_problem;  // the typed supervisor is no one's employee id
    bool m_filling = false;            // controls are being filled, not typed in

    FieldErrorForm m_fields;
    wxListBox* m_matches = nullptr;
};

}  // namespace polku::gui
