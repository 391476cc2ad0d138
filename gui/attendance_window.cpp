#include "gui/attendance_window.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "app/attendance_service.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "core/time_of_day.hpp"
#include "gui/attendance_sheet.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"

namespace polku::gui {

namespace {

constexpr std::size_t kRecentSessions = 200;
constexpr std::size_t kWalkInMatches = 8;

wxString session_label(const SessionSummary& s) {
    return to_wx(format_fi_date(s.key.date) + "  " + format_time_of_day(s.key.start) + "\u2013" +
                 format_time_of_day(s.end) + "  " + s.key.event_id + "  " + s.event_title);
}

wxString source_text(ParticipantSource source) {
    switch (source) {
        case ParticipantSource::target_group:
            return _("Expected: the event's target group");
        case ParticipantSource::previous_session:
            return _("Expected: the previous session's participants");
        case ParticipantSource::marked:
            return _("Expected: those already marked");
        case ParticipantSource::none:
            return _("Nobody is expected yet: add walk-ins with +");
    }
    return wxString();
}

// A PolkuError's message for the user: every line of InputErrors ("E2: 400 minutes…").
wxString error_text(const PolkuError& e) {
    if (const auto* many = dynamic_cast<const InputErrors*>(&e)) {
        wxString text;
        for (const auto& error : many->errors()) {
            text += (text.empty() ? "" : "; ") + to_wx(error.to_string());
        }
        return text;
    }
    return to_wx(e.what());
}

}  // namespace

AttendanceWindow::AttendanceWindow(wxWindow* parent, const std::string& locator,
                                   const std::string& project_code)
    : wxFrame(parent, wxID_ANY, wxString::Format(_("Attendance: %s"), to_wx(project_code)),
              wxDefaultPosition, wxSize(820, 680),
              wxDEFAULT_FRAME_STYLE | (parent ? wxFRAME_FLOAT_ON_PARENT : 0)),
      m_db(db::Database::open(locator)),
      m_project(project_code) {
    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticText(panel, wxID_ANY, _("&Session:")), 0,
             wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_sessions = new wxChoice(panel, wxID_ANY);
    top->Add(m_sessions, 1);
    sizer->Add(top, 0, wxEXPAND | wxALL, 8);
    m_summary = new wxStaticText(panel, wxID_ANY, wxString());
    sizer->Add(m_summary, 0, wxLEFT | wxRIGHT, 8);

    m_sheet = new AttendanceSheet(panel);
    sizer->Add(m_sheet, 1, wxEXPAND | wxALL, 8);

    m_walk_in = new wxPanel(panel);
    auto* walk = new wxBoxSizer(wxVERTICAL);
    auto* find_row = new wxBoxSizer(wxHORIZONTAL);
    find_row->Add(new wxStaticText(m_walk_in, wxID_ANY, _("Walk-in, find by name or employee id:")),
                  0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_find = new wxTextCtrl(m_walk_in, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                            wxTE_PROCESS_ENTER);
    find_row->Add(m_find, 1);
    walk->Add(find_row, 0, wxEXPAND | wxBOTTOM, 4);
    m_matches = new wxListBox(m_walk_in, wxID_ANY, wxDefaultPosition, wxSize(-1, 110));
    walk->Add(m_matches, 0, wxEXPAND | wxBOTTOM, 4);
    auto* new_row = new wxBoxSizer(wxHORIZONTAL);
    new_row->Add(new wxStaticText(m_walk_in, wxID_ANY, _("Or a new person: employee id")), 0,
                 wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    m_new_id = new wxTextCtrl(m_walk_in, wxID_ANY, wxString(), wxDefaultPosition, wxSize(90, -1),
                              wxTE_PROCESS_ENTER);
    new_row->Add(m_new_id, 0, wxRIGHT, 6);
    new_row->Add(new wxStaticText(m_walk_in, wxID_ANY, _("first name")), 0,
                 wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    m_new_first = new wxTextCtrl(m_walk_in, wxID_ANY, wxString(), wxDefaultPosition,
                                 wxSize(110, -1), wxTE_PROCESS_ENTER);
    new_row->Add(m_new_first, 0, wxRIGHT, 6);
    new_row->Add(new wxStaticText(m_walk_in, wxID_ANY, _("last name")), 0,
                 wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    m_new_last = new wxTextCtrl(m_walk_in, wxID_ANY, wxString(), wxDefaultPosition, wxSize(130, -1),
                                wxTE_PROCESS_ENTER);
    new_row->Add(m_new_last, 0, wxRIGHT, 6);
    m_new_add = new wxButton(m_walk_in, wxID_ANY, _("&Add new person"));
    new_row->Add(m_new_add);
    walk->Add(new_row, 0, wxEXPAND);
    m_new_problem = new wxStaticText(m_walk_in, wxID_ANY, wxString());
    m_new_problem->SetForegroundColour(wxColour(170, 0, 0));
    walk->Add(m_new_problem, 0, wxTOP, 2);
    m_walk_in->SetSizer(walk);
    sizer->Add(m_walk_in, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    m_walk_in->Hide();

    m_message = new wxStaticText(panel, wxID_ANY, wxString());
    sizer->Add(m_message, 0, wxLEFT | wxRIGHT, 8);
    auto* keys = new wxStaticText(
        panel, wxID_ANY,
        _("Type letters to find a name; arrows move. Space present, A absent, E excused, P and "
          "minutes partial,\n* all present, Del unmark, + walk-in, Enter or Ctrl+S save."));
    keys->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    sizer->Add(keys, 0, wxALL, 8);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* save_button = labelled_button(panel, wxID_SAVE, _("&Save"));
    buttons->Add(save_button, 0, wxRIGHT, 8);
    buttons->Add(labelled_button(panel, wxID_CLOSE, _("&Close")));
    sizer->Add(buttons, 0, wxALIGN_RIGHT | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    panel->SetSizer(sizer);

    m_sheet->on_action = [this](SheetAction action) {
        if (action == SheetAction::save) {
            save();
        } else if (action == SheetAction::walk_in) {
            open_walk_in();
        } else {
            show_summary();
        }
    };
    m_sessions->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) { open_session(e.GetSelection()); });
    save_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_CLOSE_WINDOW, &AttendanceWindow::on_close, this);
    // Ctrl+S wherever the focus is (the sheet takes it itself, minutes being typed included).
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        if (e.GetModifiers() == wxMOD_CONTROL && e.GetKeyCode() == 'S') {
            m_sheet->press(KeyPress{SheetKey::save, 0, {}});
        } else {
            e.Skip();
        }
    });

    m_find->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update_matches(); });
    m_find->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { add_chosen_walk_in(); });
    m_find->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        const int count = static_cast<int>(m_matches->GetCount());
        const int at = m_matches->GetSelection();
        if (e.GetKeyCode() == WXK_DOWN && count > 0) {
            m_matches->SetSelection(std::min(at + 1, count - 1));
        } else if (e.GetKeyCode() == WXK_UP && count > 0) {
            m_matches->SetSelection(std::max(at - 1, 0));
        } else if (e.GetKeyCode() == WXK_ESCAPE) {
            close_walk_in();
        } else {
            e.Skip();
        }
    });
    m_matches->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { add_chosen_walk_in(); });
    for (auto* field : {m_new_id, m_new_first, m_new_last}) {
        field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
            const auto problem = check_new_person();
            m_new_problem->SetLabel(problem);
            m_new_add->Enable(problem.empty());
        });
        field->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { add_new_person(); });
    }
    m_new_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_new_person(); });
    m_new_add->Disable();

    m_session_list = app::recent_sessions(m_db, m_project, kRecentSessions);
    for (const auto& s : m_session_list) {
        m_sessions->Append(session_label(s));
    }
    CreateStatusBar();
    if (m_session_list.empty()) {
        show_message(_("The project has no sessions: import its events and sessions first."), true);
    } else {
        open_session(0, false);
    }
    m_sheet->SetFocus();
}

void AttendanceWindow::open_session(int index, bool ask) {
    if (index < 0 || static_cast<std::size_t>(index) >= m_session_list.size()) {
        return;
    }
    if (ask && m_sheet->state().dirty() && index != m_current) {
        const int answer =
            message_box(_("The marks of this session are not saved. Save them first?"),
                        _("Attendance"), wxYES_NO | wxCANCEL | wxICON_QUESTION, this);
        if (answer == wxCANCEL || (answer == wxYES && !save())) {
            m_sessions->SetSelection(m_current);
            return;
        }
    }
    try {
        const auto data = app::attendance_sheet(m_db, m_session_list[index].key);
        m_sheet->load(
            AttendanceSheetState(data.session.length(), sheet_rows(data.people, data.marks)));
        m_session_list[index] = data.session;
        m_source = data.source;
        m_current = index;
        m_sessions->SetSelection(index);
        show_message(wxString(), false);
        show_summary();
    } catch (const PolkuError& e) {
        m_sessions->SetSelection(m_current);
        message_box(error_text(e), _("The session could not be opened"), wxOK | wxICON_ERROR, this);
    }
}

void AttendanceWindow::show_summary() {
    if (m_current < 0) {
        return;
    }
    const auto& state = m_sheet->state();
    const auto& session = m_session_list[static_cast<std::size_t>(m_current)];
    m_summary->SetLabel(wxString::Format(
        _("%s, %d minutes. %s. Marked %zu of %zu."), to_wx(session.event_title),
        state.session_length(), source_text(m_source), state.marked_count(), state.rows().size()));
    wxString status;
    if (state.minutes_typed()) {
        status = wxString::Format(_("Partial: %s minutes (Enter takes them)"),
                                  to_wx(*state.minutes_typed()));
    } else if (!state.finding().empty()) {
        std::string typed;
        for (const char32_t c : state.finding()) {
            typed += wxString(wxUniChar(static_cast<wxUint32>(c))).utf8_string();
        }
        status = state.finding_failed() ? wxString::Format(_("Find: %s (no match)"), to_wx(typed))
                                        : wxString::Format(_("Find: %s"), to_wx(typed));
    }
    SetStatusText(status);
    if (const auto row = state.cursor(); row < state.rows().size()) {
        if (const auto problem = state.problem(row); problem != MarkProblem::none) {
            show_message(wxString::Format(_("%s: %s"), to_wx(state.rows()[row].person.name),
                                          problem_text(problem, *state.rows()[row].mark,
                                                       state.session_length())),
                         true);
        }
    }
    m_sheet->GetParent()->Layout();
}

void AttendanceWindow::show_message(const wxString& text, bool problem) {
    m_message->SetForegroundColour(problem ? wxColour(170, 0, 0)
                                           : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    m_message->SetLabel(text);
}

bool AttendanceWindow::save() {
    if (m_current < 0) {
        return false;
    }
    auto& state = m_sheet->state();
    const auto problems = state.problems();
    if (!problems.empty()) {
        const auto [row, problem] = problems.front();
        const auto& r = state.rows()[row];
        state.move_to(row);
        m_sheet->refresh();
        show_message(wxString::Format(_("Not saved. %s: %s"), to_wx(r.person.name),
                                      problem_text(problem, *r.mark, state.session_length())),
                     true);
        return false;
    }
    try {
        wxBusyCursor busy;
        app::save_sheet(m_db, m_session_list[static_cast<std::size_t>(m_current)].key,
                        state.edits(), state.new_people());
        const bool added_people = !state.new_people().empty();
        state.saved();
        if (added_people) {
            m_people_read = false;
        }
        show_message(wxString::Format(
                         wxPLURAL("Saved: %zu mark.", "Saved: %zu marks.", state.marked_count()),
                         state.marked_count()),
                     false);
        show_summary();
        if (on_saved) {
            on_saved();
        }
        return true;
    } catch (const ConflictError&) {
        reread_after_conflict();
    } catch (const InputError& e) {
        show_message(wxString::Format(_("Not saved. %s"), error_text(e)), true);
    } catch (const PolkuError& e) {
        // The database failed: say so in a dialog; the marks stay on the sheet to save again.
        show_message(_("Not saved: the database failed. The marks are still here."), true);
        message_box(error_text(e), _("The marks were not saved"), wxOK | wxICON_ERROR, this);
    }
    return false;
}

void AttendanceWindow::reread_after_conflict() {
    // Someone else saved marks of this session since it was read: read it again, keep this
    // user's other changes, and say whose marks to check before saving again.
    try {
        const auto& key = m_session_list[static_cast<std::size_t>(m_current)].key;
        const auto data = app::attendance_sheet(m_db, key);
        const auto clashed = m_sheet->state().reread(sheet_rows(data.people, data.marks));
        m_sheet->refresh();
        show_summary();
        wxString names;
        for (const auto& name : clashed) {
            names += (names.empty() ? wxString() : wxString(", ")) + to_wx(name);
        }
        show_message(
            clashed.empty()
                ? wxString(_("Not saved: someone else saved marks of this session meanwhile. "
                             "The sheet now shows theirs with your changes; save again."))
                : wxString::Format(_("Not saved: someone else changed the same marks "
                                     "meanwhile. Their marks are shown for %s; check them, "
                                     "then save again."),
                                   names),
            true);
    } catch (const PolkuError& e) {
        message_box(error_text(e), _("The session could not be read again"), wxOK | wxICON_ERROR,
                    this);
    }
}

void AttendanceWindow::open_walk_in() {
    if (!m_people_read) {
        try {
            m_people = app::all_people(m_db);
            m_people_read = true;
        } catch (const PolkuError& e) {
            message_box(error_text(e), _("The people could not be read"), wxOK | wxICON_ERROR,
                        this);
            return;
        }
    }
    m_find->ChangeValue(wxString());
    update_matches();
    m_walk_in->Show();
    m_sheet->GetParent()->Layout();
    m_find->SetFocus();
}

void AttendanceWindow::close_walk_in() {
    m_walk_in->Hide();
    m_sheet->GetParent()->Layout();
    m_sheet->SetFocus();
}

void AttendanceWindow::update_matches() {
    m_shown_matches = matching_people(m_people, from_wx(m_find->GetValue()), kWalkInMatches);
    m_matches->Clear();
    for (const auto& p : m_shown_matches) {
        m_matches->Append(to_wx(p.name + "  " + p.employee_id +
                                (p.unit.empty() ? std::string() : "  " + p.unit)));
    }
    if (!m_shown_matches.empty()) {
        m_matches->SetSelection(0);
    }
}

bool AttendanceWindow::add_chosen_walk_in() {
    if (m_shown_matches.empty()) {
        return false;
    }
    const int at = std::max(m_matches->GetSelection(), 0);
    m_sheet->state().add_walk_in(m_shown_matches[static_cast<std::size_t>(at)]);
    m_sheet->refresh();
    close_walk_in();
    show_summary();
    return true;
}

wxString AttendanceWindow::check_new_person() const {
    const NewPerson person{from_wx(m_new_id->GetValue()), from_wx(m_new_first->GetValue()),
                           from_wx(m_new_last->GetValue())};
    switch (new_person_problem(person)) {
        case NewPersonProblem::none:
            break;
        case NewPersonProblem::employee_id_missing:
            return _("Type the new person's employee id.");
        case NewPersonProblem::employee_id_has_space:
            return _("An employee id is one word, without spaces.");
        case NewPersonProblem::first_name_missing:
            return _("Type the first name.");
        case NewPersonProblem::last_name_missing:
            return _("Type the last name.");
    }
    const std::string id(trim(person.employee_id));
    for (const auto& p : m_people) {
        if (p.employee_id == id) {
            return wxString::Format(_("%s is already %s: find them above."), to_wx(id),
                                    to_wx(p.name));
        }
    }
    for (const auto& row : m_sheet->state().rows()) {
        if (row.person.employee_id == id) {
            return wxString::Format(_("%s is already on the sheet."), to_wx(id));
        }
    }
    return wxString();
}

bool AttendanceWindow::add_new_person() {
    const auto problem = check_new_person();
    if (!problem.empty()) {
        m_new_problem->SetLabel(problem);
        return false;
    }
    m_sheet->state().add_new_person({from_wx(m_new_id->GetValue()),
                                     from_wx(m_new_first->GetValue()),
                                     from_wx(m_new_last->GetValue())});
    m_sheet->refresh();
    for (auto* field : {m_new_id, m_new_first, m_new_last}) {
        field->ChangeValue(wxString());
    }
    m_new_problem->SetLabel(wxString());
    m_new_add->Disable();
    close_walk_in();
    show_message(_("The new person is created when the sheet is saved."), false);
    show_summary();
    return true;
}

void AttendanceWindow::on_close(wxCloseEvent& event) {
    if (event.CanVeto() && m_sheet->state().dirty()) {
        const int answer = message_box(_("Save the marks before closing?"), _("Attendance"),
                                       wxYES_NO | wxCANCEL | wxICON_QUESTION, this);
        if (answer == wxCANCEL || (answer == wxYES && !save())) {
            event.Veto();
            return;
        }
    }
    Destroy();
}

}  // namespace polku::gui
