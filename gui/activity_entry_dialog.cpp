#include "gui/activity_entry_dialog.hpp"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>

#include <algorithm>

#include "app/activity_entry_service.hpp"
#include "app/attendance_service.hpp"
#include "core/error.hpp"
#include "db/project_repository.hpp"
#include "gui/attendance_sheet_state.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"
#include "reports/vocabulary.hpp"

namespace polku::gui {

namespace {

constexpr Kind kKinds[] = {Kind::self_study, Kind::coaching, Kind::other};
constexpr std::size_t kMatches = 8;
const wxColour kErrorColour(176, 0, 0);

}  // namespace

ActivityEntryDialog::ActivityEntryDialog(wxWindow* parent, const std::string& locator,
                                         const std::string& project_code,
                                         reports::Language language, Date today)
    : wxDialog(parent, wxID_ANY, _("Individual activities"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_db(db::Database::open(locator)),
      m_language(language) {
    m_people = app::all_people(m_db);
    confirm = [this](const wxString& question) {
        return message_box(question, GetTitle(), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) ==
               wxYES;
    };

    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(3, wxSize(8, 4));
    grid->AddGrowableCol(2);
    const auto text = [&](int width) {
        return new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(width, -1),
                              wxTE_PROCESS_ENTER);
    };
    m_find = text(300);
    m_find->SetHint(_("A few letters of the name or employee id"));
    m_fields.add_field(panel, grid, "employee_id", _("&Person:"), m_find);
    m_matches = new wxListBox(panel, wxID_ANY, wxDefaultPosition, wxSize(300, 120));
    grid->AddSpacer(0);
    grid->Add(m_matches, 0);
    grid->AddSpacer(0);
    m_project = new wxChoice(panel, wxID_ANY);
    for (const auto& p : db::ProjectRepository(m_db).list()) {
        m_projects.push_back(p.code);
        m_project->Append(to_wx(p.code + " " + p.name));
    }
    const auto chosen = std::find(m_projects.begin(), m_projects.end(), project_code);
    m_project->SetSelection(m_projects.empty() ? wxNOT_FOUND
                            : chosen == m_projects.end()
                                ? 0
                                : static_cast<int>(chosen - m_projects.begin()));
    m_fields.add_field(panel, grid, "project", _("P&roject:"), m_project);
    const bool finnish = language == reports::Language::fi;
    m_date = text(120);
    m_date->ChangeValue(to_wx(finnish ? format_fi_date(today) : format_iso_date(today)));
    m_fields.add_field(panel, grid, "date", _("&Date:"), m_date);
    m_kind = new wxChoice(panel, wxID_ANY);
    for (const auto kind : kKinds) {
        m_kind->Append(to_wx(reports::label(language, name_of(kind))));
    }
    m_kind->SetSelection(0);
    m_fields.add_field(panel, grid, "kind", _("&Kind:"), m_kind);
    m_hours = text(80);
    m_hours->SetHint(finnish ? "1,5" : "1.5");
    m_fields.add_field(panel, grid, "hours", _("&Hours:"), m_hours);
    m_description = text(300);
    m_fields.add_field(panel, grid, "description", _("D&escription:"), m_description);
    sizer->Add(grid, 0, wxEXPAND | wxALL, 8);

    m_status = new wxStaticText(panel, wxID_ANY, wxString());
    sizer->Add(m_status, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    sizer->Add(new wxStaticText(panel, wxID_ANY, _("Saved in this window:")), 0,
               wxLEFT | wxRIGHT | wxTOP, 8);
    m_saved = new wxListBox(panel, wxID_ANY, wxDefaultPosition, wxSize(-1, 110));
    sizer->Add(m_saved, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    auto* save_button = labelled_button(panel, wxID_OK, _("&Save (Enter)"));
    auto* close = labelled_button(panel, wxID_CANCEL, _("Close"));
    buttons->Add(save_button, 0, wxRIGHT, 6);
    buttons->Add(close, 0);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 8);
    panel->SetSizer(sizer);
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(panel, 1, wxEXPAND);
    SetSizerAndFit(outer);
    SetSize(wxSize(std::max(GetSize().x, 760), GetSize().y));
    save_button->SetDefault();

    for (auto* field : {m_find, m_date, m_hours, m_description}) {
        field->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { save(); });
        field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check(); });
    }
    m_find->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        update_matches();
        e.Skip();
    });
    // Up and Down choose among the matches without leaving the name.
    m_find->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        const int count = static_cast<int>(m_matches->GetCount());
        const int at = m_matches->GetSelection();
        if (e.GetKeyCode() == WXK_DOWN && count > 0) {
            m_matches->SetSelection(std::min(at + 1, count - 1));
        } else if (e.GetKeyCode() == WXK_UP && count > 0) {
            m_matches->SetSelection(std::max(at - 1, 0));
        } else {
            e.Skip();
        }
    });
    m_matches->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { check(); });
    m_project->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { check(); });
    m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { check(); });
    save_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { close_asking(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (event.CanVeto() && !close_asking()) {
            event.Veto();
        }
    });
    update_matches();
    m_find->SetFocus();
}

void ActivityEntryDialog::update_matches() {
    m_shown = matching_people(m_people, from_wx(m_find->GetValue()), kMatches);
    if (from_wx(m_find->GetValue()).empty()) {
        m_shown.clear();  // nobody is chosen before a letter is typed
    }
    m_matches->Clear();
    for (const auto& p : m_shown) {
        m_matches->Append(to_wx(p.name + "  " + p.employee_id +
                                (p.unit.empty() ? std::string() : "  " + p.unit)));
    }
    if (!m_shown.empty()) {
        m_matches->SetSelection(0);
    }
}

ActivityDraft ActivityEntryDialog::draft() const {
    ActivityDraft d;
    if (const int at = m_matches->GetSelection(); at >= 0 && !m_shown.empty()) {
        d.employee_id = m_shown[static_cast<std::size_t>(at)].employee_id;
    }
    if (const int p = m_project->GetSelection(); p >= 0) {
        d.project = m_projects[static_cast<std::size_t>(p)];
    }
    d.date = from_wx(m_date->GetValue());
    d.kind = std::string(name_of(kKinds[std::max(m_kind->GetSelection(), 0)]));
    d.hours = from_wx(m_hours->GetValue());
    d.description = from_wx(m_description->GetValue());
    return d;
}

bool ActivityEntryDialog::typed_something() const {
    return !m_find->IsEmpty() || !m_hours->IsEmpty() || !m_description->IsEmpty();
}

void ActivityEntryDialog::check() {
    auto problems = check_activity_draft(draft()).problems;
    // Before anything is typed for the next entry the form is not wrong, only empty.
    if (!typed_something()) {
        problems.clear();
    }
    // The hours are typed last: no complaint until something is there.
    std::erase_if(problems, [this](const DraftProblem& p) {
        return (p.field == "hours" && m_hours->IsEmpty()) ||
               (p.field == "employee_id" && m_find->IsEmpty());
    });
    show_problems(problems);
}

void ActivityEntryDialog::show_problems(const std::vector<DraftProblem>& problems) {
    m_fields.clear_errors();
    for (const auto& p : problems) {
        m_fields.show(p.field, p.field == "employee_id"
                                   ? _("nobody matches; type a name or an employee id")
                                   : to_wx(p.message));
    }
    Layout();
}

bool ActivityEntryDialog::save() {
    const auto d = draft();
    const auto checked = check_activity_draft(d);
    if (!checked.ok()) {
        show_problems(checked.problems);
        m_status->SetForegroundColour(kErrorColour);
        m_status->SetLabel(_("Not saved: fix the fields marked in red."));
        return false;
    }
    try {
        app::log_activity(m_db, d);
    } catch (const InputErrors& e) {
        show_problems(field_problems(e));
        return false;
    } catch (const InputError& e) {
        m_status->SetForegroundColour(kErrorColour);
        show_not_saved(m_status, e, 720);
        Layout();
        return false;
    } catch (const PolkuError& e) {
        m_status->SetForegroundColour(kErrorColour);
        show_save_failure(this, m_status, e,
                          {_("Not saved: the database did not take the entry."),
                           _("The activity was not saved: %s\n\nWhat you typed is "
                             "still in the form. Check the connection to the "
                             "database and press Enter again."),
                           _("The activity was not saved")});
        return false;
    }
    const auto& a = checked.activity;
    const std::string date =
        m_language == reports::Language::fi ? format_fi_date(a.date) : format_iso_date(a.date);
    const auto person = m_shown[static_cast<std::size_t>(m_matches->GetSelection())];
    const wxString line = wxString::Format(
        _("%s (%s), %s, %s, %d min"), to_wx(person.name), to_wx(person.employee_id), to_wx(date),
        to_wx(reports::label(m_language, name_of(a.kind))), a.minutes);
    m_saved->Insert(line, 0);
    m_status->SetForegroundColour(wxNullColour);
    m_status->SetLabel(wxString::Format(_("Saved: %s"), line));
    if (on_saved) {
        on_saved();
    }
    // The next person's entry: the project, date and kind stay.
    m_find->ChangeValue(wxString());
    m_hours->ChangeValue(wxString());
    m_description->ChangeValue(wxString());
    update_matches();
    check();
    m_find->SetFocus();
    return true;
}

bool ActivityEntryDialog::close_asking() {
    if (typed_something() &&
        !confirm(_("What you typed for this entry is not saved. Close and lose it?"))) {
        return false;
    }
    if (IsModal()) {
        EndModal(wxID_CANCEL);
    } else {
        Destroy();
    }
    return true;
}

}  // namespace polku::gui
