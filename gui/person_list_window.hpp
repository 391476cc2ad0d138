#pragma once
// The People window: everyone in the database in a virtual list (100,000 scroll as smoothly
// as 100: only the shown pages are read), narrowed as the user types words of a name or an
// employee id. Enter opens the person editor; the Person menu adds people and shows the
// chosen person's transcript and history. Its own database connection (the locator), like the
// attendance window.

#include <wx/dataview.h>
#include <wx/frame.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <functional>
#include <memory>
#include <string>

#include "db/database.hpp"
#include "gui/list_models.hpp"
#include "reports/language.hpp"

namespace polku::gui {

class HistoryDialog;
class PersonEditorDialog;
class TranscriptDialog;

class PersonListWindow : public wxFrame {
  public:
    // Opens `locator` and lists everyone. Throws DatabaseError.
    PersonListWindow(wxWindow* parent, const std::string& locator,
                     reports::Language language = reports::Language::en);
    ~PersonListWindow() override;
    // Called after an editor opened from here saved (the main window counts its figures
    // again).
    std::function<void()> on_saved;

    wxTextCtrl* search_field() const { return m_search; }
    wxDataViewCtrl* list() const { return m_list; }
    PersonListModel* model() const { return m_model.get(); }

    // Lists whom the typed words keep (what a pause in typing does).
    bool apply_filter();
    // Typing waits this long for the next key before the list follows.
    static constexpr int kTypingPauseMs = 250;
    bool filter_pending() const { return m_typing.IsRunning(); }

    // The employee id of the person the cursor is on; empty when none.
    std::string selected_person() const;
    // Opens the editor on the chosen person (Enter, a double click, Ctrl+E) and lists again
    // after a save.
    void edit_selected();
    // Opens the editor on a new person (Ctrl+N).
    void add_person();
    // Shows the chosen person's transcript (Ctrl+R).
    void show_transcript();
    // Shows the recorded changes about the chosen person (Ctrl+H).
    void show_history();
    // The dialogs those open, not shown. Throw InputError, DatabaseError.
    std::unique_ptr<PersonEditorDialog> editor_for(const std::string& employee_id);
    std::unique_ptr<PersonEditorDialog> new_person_editor();
    std::unique_ptr<TranscriptDialog> transcript_for(const std::string& employee_id);
    std::unique_ptr<HistoryDialog> history_for(const std::string& employee_id);

    enum { ID_EDIT_PERSON = wxID_HIGHEST + 1, ID_NEW_PERSON, ID_TRANSCRIPT, ID_HISTORY };

  private:
    void run_editor(PersonEditorDialog& editor);

    db::Database m_db;
    reports::Language m_language;
    wxObjectDataPtr<PersonListModel> m_model;
    wxTimer m_typing;

    wxTextCtrl* m_search = nullptr;
    wxDataViewCtrl* m_list = nullptr;
};

}  // namespace polku::gui
