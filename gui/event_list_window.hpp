#pragma once
// The Events window: every event of the database in a virtual list (50,000 scroll as
// smoothly as 50: only the shown pages are read), narrowed as the user types an event id or
// words of a title, or picks a kind, a date range (a session within it) or a work package.
// Its own database connection (the locator), like the attendance window.

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/frame.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/kinds.hpp"
#include "db/database.hpp"
#include "db/event_list_repository.hpp"
#include "gui/list_models.hpp"
#include "reports/language.hpp"

namespace polku::gui {

class EventEditorDialog;
class HistoryDialog;

class EventListWindow : public wxFrame {
  public:
    // Opens `locator` and lists every event. Throws DatabaseError.
    EventListWindow(wxWindow* parent, const std::string& locator, reports::Language language);
    ~EventListWindow() override;
    // Called after an editor opened from here saved (the main window counts its figures
    // again).
    std::function<void()> on_saved;

    wxTextCtrl* search_field() const { return m_search; }
    wxChoice* kind_choice() const { return m_kind; }
    wxTextCtrl* from_field() const { return m_from; }
    wxTextCtrl* to_field() const { return m_to; }
    wxChoice* work_package_choice() const { return m_work_package; }
    wxDataViewCtrl* list() const { return m_list; }
    EventListModel* model() const { return m_model.get(); }

    // Reads the filter fields and lists what they keep (what a pause in typing does). False,
    // listing nothing new, while a date cannot be read.
    bool apply_filter();
    // Typing waits this long for the next key before the list follows.
    static constexpr int kTypingPauseMs = 250;
    bool filter_pending() const { return m_typing.IsRunning(); }

    // The id of the event the cursor is on; empty when none.
    std::string selected_event() const;
    // Opens the editor on the chosen event (Enter, a double click, Ctrl+E) and lists again
    // after a save.
    void edit_selected();
    // Asks for the copy's first date, then opens the editor on a copy of the chosen event
    // (Ctrl+D); saving the editor adds it.
    void duplicate_selected();
    // The editor of a stored event, or of a copy whose first session is on `first_session`
    // (none: the same dates), not shown. Throw InputError, DatabaseError.
    std::unique_ptr<EventEditorDialog> editor_for(const std::string& event_id);
    std::unique_ptr<EventEditorDialog> copy_editor_for(const std::string& event_id,
                                                       std::optional<Date> first_session);

    // Shows the recorded changes about the chosen event, its sessions and marks (Ctrl+H).
    void show_history();
    // The dialog that opens, not shown. Throws InputError, DatabaseError.
    std::unique_ptr<HistoryDialog> history_for(const std::string& event_id);

    enum { ID_EDIT_EVENT = wxID_HIGHEST + 1, ID_DUPLICATE_EVENT, ID_EVENT_HISTORY };

  private:
    void typed();
    void run_editor(EventEditorDialog& editor);
    std::optional<Date> read_date(wxTextCtrl* field, bool& ok);

    db::Database m_db;
    reports::Language m_language;
    std::vector<Kind> m_kinds;                           // parallel to the kind choice, after "all"
    std::vector<db::WorkPackageChoice> m_work_packages;  // likewise
    wxObjectDataPtr<EventListModel> m_model;
    wxTimer m_typing;

    wxTextCtrl* m_search = nullptr;
    wxChoice* m_kind = nullptr;
    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxChoice* m_work_package = nullptr;
    wxDataViewCtrl* m_list = nullptr;
};

}  // namespace polku::gui
