#pragma once
// Taking attendance: pick one of the project's recent sessions, mark its people on the
// sheet from the keyboard, add walk-ins, save. Its own database connection (the locator),
// so it may outlive nothing and share nothing with the main window.

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/attendance_marks.hpp"
#include "core/signin_sheet.hpp"
#include "db/database.hpp"

namespace polku::gui {

class AttendanceSheet;

class AttendanceWindow : public wxFrame {
  public:
    // Opens `locator` and lists the recent sessions of `project_code`, opening the latest.
    // Throws DatabaseError.
    AttendanceWindow(wxWindow* parent, const std::string& locator, const std::string& project_code);

    AttendanceSheet* sheet() const { return m_sheet; }
    wxChoice* session_choice() const { return m_sessions; }
    const std::vector<SessionSummary>& sessions() const { return m_session_list; }
    // The line under the sheet: why a save was refused, or that it was saved.
    wxString message() const { return m_message->GetLabel(); }

    // Shows the sheet of the session at `index` of the choice, as stored. Asks first when
    // marks are not saved (unless `ask` is false).
    void open_session(int index, bool ask = true);
    // Checks and saves the sheet (what Save, Enter and Ctrl+S do). False when refused or
    // failed; the marks stay on the sheet either way.
    bool save();
    // Called after each save (the main window counts its figures again).
    std::function<void()> on_saved;

    // The inline walk-in finder (+ or Insert on the sheet).
    void open_walk_in();
    void close_walk_in();
    wxTextCtrl* walk_in_find() const { return m_find; }
    wxListBox* walk_in_matches() const { return m_matches; }
    // Adds the chosen match (or the first) to the sheet as present.
    bool add_chosen_walk_in();
    // The new person form under the finder.
    wxTextCtrl* new_employee_id() const { return m_new_id; }
    wxTextCtrl* new_first_name() const { return m_new_first; }
    wxTextCtrl* new_last_name() const { return m_new_last; }
    wxString new_person_problem_text() const { return m_new_problem->GetLabel(); }
    bool add_new_person();

  private:
    void show_summary();
    void reread_after_conflict();
    void show_message(const wxString& text, bool problem);
    void update_matches();
    // Why the new person form cannot be added yet (empty when it can).
    wxString check_new_person() const;
    void on_close(wxCloseEvent& event);

    db::Database m_db;
    std::string m_project;
    std::vector<SessionSummary> m_session_list;
    int m_current = -1;
    ParticipantSource m_source = ParticipantSource::none;
    std::vector<SigninParticipant> m_people;  // everyone, for walk-ins; read when first needed
    bool m_people_read = false;
    std::vector<SigninParticipant> m_shown_matches;

    wxChoice* m_sessions = nullptr;
    wxStaticText* m_summary = nullptr;
    AttendanceSheet* m_sheet = nullptr;
    wxStaticText* m_message = nullptr;
    wxPanel* m_walk_in = nullptr;
    wxTextCtrl* m_find = nullptr;
    wxListBox* m_matches = nullptr;
    wxTextCtrl* m_new_id = nullptr;
    wxTextCtrl* m_new_first = nullptr;
    wxTextCtrl* m_new_last = nullptr;
    wxButton* m_new_add = nullptr;
    wxStaticText* m_new_problem = nullptr;
};

}  // namespace polku::gui
