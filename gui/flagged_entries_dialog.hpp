#pragma once
// The entries a project's reports flag and do not count, because they are dated outside the
// project span: one row per session (event and date) or activity, and from a session's row
// the event editor, where the session's date can be put right (Enter or double-click).
// Reached from the dashboard's notice and Report › Entries outside the project span.

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include <string>
#include <vector>

#include "core/flagged_entries.hpp"
#include "reports/language.hpp"

namespace polku::db {
class Database;
}

namespace polku::gui {

class FlaggedEntriesDialog : public wxDialog {
  public:
    FlaggedEntriesDialog(wxWindow* parent, db::Database& db, std::string project_code,
                         reports::Language language);

    // Reads the rows again (after an edit). Throws nothing: a failure is said in the dialog.
    void reload();
    // Opens the event editor of the selected session's event; false when the row is an
    // activity or nothing is selected.
    bool open_selected_event();
    // True once an event was saved from here: the caller's figures are out of date.
    bool changed_anything() const { return m_changed; }

    wxListCtrl* list() const { return m_list; }
    wxButton* open_button() const { return m_open; }
    const std::vector<FlaggedRow>& rows() const { return m_rows; }

  private:
    void update_open_button();

    db::Database& m_db;
    std::string m_project;
    reports::Language m_language;
    std::vector<FlaggedRow> m_rows;
    wxStaticText* m_intro = nullptr;
    wxListCtrl* m_list = nullptr;
    wxButton* m_open = nullptr;
    bool m_changed = false;
};

}  // namespace polku::gui
