#pragma once
// The event editor: an event's fields and its sessions, each field checked as it is typed
// with core's rules (check_event_draft, the import's rules) and what is wrong said in red
// beside it. Save is refused with the reason while anything is wrong; closing with unsaved
// changes asks; a refused or failed save keeps everything typed. Saves through
// app::save_event.

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>
#include <string>
#include <vector>

#include "core/event_draft.hpp"
#include "db/event_repository.hpp"
#include "gui/field_error_form.hpp"
#include "gui/record_editor_dialog.hpp"
#include "reports/language.hpp"

namespace polku::db {
class Database;
}

namespace polku::gui {

class EventEditorDialog : public RecordEditorDialog {
  public:
    // Edits `event` as stored; with `is_new` the event is not stored yet (a copy) and saving
    // adds it.
    EventEditorDialog(wxWindow* parent, db::Database& db, const db::StoredEvent& event, bool is_new,
                      reports::Language language);

    // Saves when nothing is wrong. False, with the reason beside the fields and below them,
    // when something is wrong or the database refused; nothing typed is lost. Ends a modal
    // dialog with wxID_OK on success.
    bool save() override;
    // Something differs from what was read or last saved.
    bool changed() const override { return m_draft != m_saved; }

    // A new session after the selected one (same date, empty times), selected.
    void add_session();
    // Removes the selected session, asking first when it has attendance marks.
    void remove_session();
    void select_session(long row);

    // For tests: the control and the error text of a field, by its column name in
    // events.csv / sessions.csv (session fields are the selected session's).
    wxWindow* field(const std::string& column) const { return m_fields.control(column); }
    wxString field_error(const std::string& column) const { return m_fields.error(column); }
    wxListCtrl* session_list() const { return m_sessions; }

  private:
    wxString unsaved_question() const override;
    wxTextCtrl* add_text(wxWindow* parent, wxSizer* grid, const std::string& column,
                         const wxString& label, const std::string& value, int width = 320);
    void read_event_fields();
    void read_session_fields();
    void show_session_row(long row);
    void show_session_fields();
    void check();
    void show_problems(const std::vector<DraftProblem>& problems) override;
    std::string date_text(Date date) const;

    db::Database& m_db;
    reports::Language m_language;
    std::string m_stored_id;  // empty while the event is not stored
    EventDraft m_draft;
    EventDraft m_saved;
    std::vector<long long> m_marks;  // parallel to m_draft.sessions
    std::vector<Kind> m_kinds;       // parallel to the kind choice
    long m_selected = -1;
    bool m_filling = false;  // controls are being filled, not typed in

    FieldErrorForm m_fields;
    wxListCtrl* m_sessions = nullptr;
    wxButton* m_remove = nullptr;
};

}  // namespace polku::gui
