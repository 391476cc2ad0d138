#include "gui/event_editor_dialog.hpp"

#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>

#include <algorithm>

#include "app/event_editing_service.hpp"
#include "core/error.hpp"
#include "core/quantity.hpp"
#include "core/time_of_day.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"
#include "reports/vocabulary.hpp"

namespace polku::gui {

namespace {

constexpr DeliveryMode kModes[] = {DeliveryMode::onsite, DeliveryMode::remote,
                                   DeliveryMode::hybrid};

enum SessionColumn { date_column, start_column, end_column, break_column };

const std::vector<std::string> kSessionFields = {"date", "start", "end", "break_minutes"};

// Wide enough for a field and its message beside it; longer messages wrap.
constexpr int kWidth = 960;
constexpr int kEventMessageWidth = 460;
constexpr int kSessionMessageWidth = 340;

// The field's name in messages that are not beside it.
wxString field_name(const std::string& column) {
    if (column == "event_id")
        return _("Event id");
    if (column == "title")
        return _("Title");
    if (column == "kind")
        return _("Kind");
    if (column == "work_package")
        return _("Work package");
    if (column == "course")
        return _("Course");
    if (column == "provider")
        return _("Provider");
    if (column == "mode")
        return _("Mode");
    if (column == "place")
        return _("Place");
    if (column == "cost_eur")
        return _("Cost");
    if (column == "target_group")
        return _("Target group");
    if (column == "date")
        return _("Date");
    if (column == "start")
        return _("Start");
    if (column == "end")
        return _("End");
    if (column == "break_minutes")
        return _("Break minutes");
    return to_wx(column);
}

std::string optional_text(const std::optional<std::string>& text) {
    return text.value_or("");
}

}  // namespace

EventEditorDialog::EventEditorDialog(wxWindow* parent, db::Database& db,
                                     const db::StoredEvent& event, bool is_new,
                                     reports::Language language)
    : RecordEditorDialog(parent, wxString::Format(is_new ? _("New event: %s") : _("Event %s"),
                                                  to_wx(event.event.event_id))),
      m_db(db),
      m_language(language),
      m_stored_id(is_new ? std::string() : event.event.event_id) {
    const auto& e = event.event;
    m_draft.event_id = e.event_id;
    m_draft.project = e.project;
    m_draft.title = e.title;
    m_draft.kind = std::string(name_of(e.kind));
    m_draft.work_package = optional_text(e.work_package);
    m_draft.course = optional_text(e.course);
    m_draft.provider = optional_text(e.provider);
    m_draft.mode = e.mode ? std::string(name_of(*e.mode)) : std::string();
    m_draft.cost_eur =
        e.cost_cents
            ? format_hundredths(*e.cost_cents, language == reports::Language::fi ? ',' : '.')
            : std::string();
    m_draft.place = optional_text(e.place);
    m_draft.target_group = optional_text(e.target_group);
    for (const auto& s : event.sessions) {
        const auto& r = s.session;
        SessionDraft d{date_text(r.date), format_time_of_day(r.start), format_time_of_day(r.end),
                       std::to_string(r.break_minutes), std::nullopt};
        if (!is_new) {
            d.stored = SessionKey{e.event_id, r.date, r.start};
        }
        m_draft.sessions.push_back(d);
        m_marks.push_back(s.marks);
    }
    // A copy is a change until it is saved.
    m_saved = is_new ? EventDraft{} : m_draft;

    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(3, wxSize(8, 4));
    grid->AddGrowableCol(2);
    sizer->Add(
        new wxStaticText(panel, wxID_ANY, wxString::Format(_("Project: %s"), to_wx(e.project))), 0,
        wxALL, 8);
    add_text(panel, grid, "event_id", _("Event &id:"), m_draft.event_id, 160);
    add_text(panel, grid, "title", _("&Title:"), m_draft.title);
    auto* kind = new wxChoice(panel, wxID_ANY);
    for (std::size_t i = 0; i < EnumNames<Kind>::names.size(); ++i) {
        const auto k = static_cast<Kind>(i);
        if (is_event_kind(k)) {
            m_kinds.push_back(k);
            kind->Append(to_wx(reports::label(language, name_of(k))));
        }
    }
    kind->SetSelection(
        static_cast<int>(std::find(m_kinds.begin(), m_kinds.end(), e.kind) - m_kinds.begin()));
    m_fields.add_field(panel, grid, "kind", _("&Kind:"), kind);
    add_text(panel, grid, "work_package", _("&Work package:"), m_draft.work_package);
    add_text(panel, grid, "course", _("C&ourse:"), m_draft.course);
    add_text(panel, grid, "provider", _("&Provider:"), m_draft.provider);
    auto* mode = new wxChoice(panel, wxID_ANY);
    mode->Append(_("(not given)"));
    mode->Append(_("On site"));
    mode->Append(_("Remote"));
    mode->Append(_("Hybrid"));
    mode->SetSelection(e.mode ? static_cast<int>(*e.mode) + 1 : 0);
    m_fields.add_field(panel, grid, "mode", _("&Mode:"), mode);
    add_text(panel, grid, "place", _("Pla&ce:"), m_draft.place);
    add_text(panel, grid, "cost_eur", _("Cost (e&uros):"), m_draft.cost_eur, 120);
    add_text(panel, grid, "target_group", _("Tar&get group:"), m_draft.target_group);
    sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);

    sizer->Add(new wxStaticText(panel, wxID_ANY, _("Sessio&ns:")), 0, wxLEFT | wxTOP, 8);
    auto* sessions_row = new wxBoxSizer(wxHORIZONTAL);
    m_sessions = new wxListCtrl(panel, wxID_ANY, wxDefaultPosition, wxSize(340, 160),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    m_sessions->InsertColumn(date_column, _("Date"), wxLIST_FORMAT_LEFT, 100);
    m_sessions->InsertColumn(start_column, _("Start"), wxLIST_FORMAT_LEFT, 70);
    m_sessions->InsertColumn(end_column, _("End"), wxLIST_FORMAT_LEFT, 70);
    m_sessions->InsertColumn(break_column, _("Break"), wxLIST_FORMAT_RIGHT, 70);
    sessions_row->Add(m_sessions, 0, wxEXPAND | wxRIGHT, 8);
    auto* session_grid = new wxFlexGridSizer(3, wxSize(8, 4));
    session_grid->AddGrowableCol(2);
    const bool finnish = language == reports::Language::fi;
    add_text(panel, session_grid, "date", _("&Date:"), "", 110)
        ->SetHint(finnish ? "15.3.2024" : "2024-03-15");
    add_text(panel, session_grid, "start", _("&Start:"), "", 70)->SetHint("9:00");
    add_text(panel, session_grid, "end", _("&End:"), "", 70)->SetHint("16:00");
    add_text(panel, session_grid, "break_minutes", _("&Break minutes:"), "", 70);
    auto* session_buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(panel, wxID_ANY, _("&Add session"));
    m_remove = new wxButton(panel, wxID_ANY, _("&Remove session"));
    session_buttons->Add(add, 0, wxRIGHT, 6);
    session_buttons->Add(m_remove, 0);
    auto* session_side = new wxBoxSizer(wxVERTICAL);
    session_side->Add(session_grid, 0, wxEXPAND);
    session_side->Add(session_buttons, 0, wxTOP, 8);
    sessions_row->Add(session_side, 1, wxEXPAND);
    sizer->Add(sessions_row, 1, wxEXPAND | wxALL, 8);

    finish_form(panel, sizer, kWidth);

    for (long i = 0; i < static_cast<long>(m_draft.sessions.size()); ++i) {
        m_sessions->InsertItem(i, wxString());
        show_session_row(i);
    }
    for (const auto& [column, f] : m_fields.fields()) {
        const bool session_field =
            std::find(kSessionFields.begin(), kSessionFields.end(), column) != kSessionFields.end();
        if (auto* text = dynamic_cast<wxTextCtrl*>(f.control)) {
            text->Bind(wxEVT_TEXT, [this, session_field](wxCommandEvent&) {
                session_field ? read_session_fields() : read_event_fields();
            });
        } else {
            f.control->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { read_event_fields(); });
        }
    }
    m_sessions->Bind(wxEVT_LIST_ITEM_SELECTED,
                     [this](wxListEvent& event) { select_session(event.GetIndex()); });
    m_sessions->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_INSERT) {
            add_session();
        } else if (event.GetKeyCode() == WXK_DELETE) {
            remove_session();
        } else {
            event.Skip();
        }
    });
    // Enter on a session goes to its date, where its fields are edited.
    m_sessions->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                     [this](wxListEvent&) { m_fields.control("date")->SetFocus(); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_session(); });
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_session(); });

    select_session(m_draft.sessions.empty() ? -1 : 0);
    check();
    // A copy's id is only a suggestion: the user starts there.
    m_fields.control(is_new ? "event_id" : "title")->SetFocus();
}

wxTextCtrl* EventEditorDialog::add_text(wxWindow* parent, wxSizer* grid, const std::string& column,
                                        const wxString& label, const std::string& value,
                                        int width) {
    auto* text =
        new wxTextCtrl(parent, wxID_ANY, to_wx(value), wxDefaultPosition, wxSize(width, -1));
    m_fields.add_field(parent, grid, column, label, text);
    return text;
}

std::string EventEditorDialog::date_text(Date date) const {
    return m_language == reports::Language::fi ? format_fi_date(date) : format_iso_date(date);
}

void EventEditorDialog::read_event_fields() {
    if (m_filling) {
        return;
    }
    const auto text = [this](const char* column) {
        return from_wx(static_cast<wxTextCtrl*>(m_fields.control(column))->GetValue());
    };
    m_draft.event_id = text("event_id");
    m_draft.title = text("title");
    m_draft.work_package = text("work_package");
    m_draft.course = text("course");
    m_draft.provider = text("provider");
    m_draft.place = text("place");
    m_draft.cost_eur = text("cost_eur");
    m_draft.target_group = text("target_group");
    const int kind = static_cast<wxChoice*>(m_fields.control("kind"))->GetSelection();
    m_draft.kind = kind >= 0 ? std::string(name_of(m_kinds[static_cast<std::size_t>(kind)])) : "";
    const int mode = static_cast<wxChoice*>(m_fields.control("mode"))->GetSelection();
    m_draft.mode = mode > 0 ? std::string(name_of(kModes[mode - 1])) : "";
    check();
}

void EventEditorDialog::read_session_fields() {
    if (m_filling || m_selected < 0) {
        return;
    }
    const auto text = [this](const char* column) {
        return from_wx(static_cast<wxTextCtrl*>(m_fields.control(column))->GetValue());
    };
    auto& s = m_draft.sessions[static_cast<std::size_t>(m_selected)];
    s.date = text("date");
    s.start = text("start");
    s.end = text("end");
    s.break_minutes = text("break_minutes");
    show_session_row(m_selected);
    check();
}

void EventEditorDialog::show_session_row(long row) {
    const auto& s = m_draft.sessions[static_cast<std::size_t>(row)];
    m_sessions->SetItem(row, date_column, to_wx(s.date));
    m_sessions->SetItem(row, start_column, to_wx(s.start));
    m_sessions->SetItem(row, end_column, to_wx(s.end));
    m_sessions->SetItem(row, break_column, to_wx(s.break_minutes));
}

void EventEditorDialog::show_session_fields() {
    m_filling = true;
    const bool any = m_selected >= 0;
    const SessionDraft empty;
    const auto& s = any ? m_draft.sessions[static_cast<std::size_t>(m_selected)] : empty;
    const std::string values[] = {s.date, s.start, s.end, s.break_minutes};
    for (std::size_t i = 0; i < kSessionFields.size(); ++i) {
        auto* text = static_cast<wxTextCtrl*>(m_fields.control(kSessionFields[i]));
        text->ChangeValue(to_wx(values[i]));
        text->Enable(any);
    }
    m_remove->Enable(any);
    m_filling = false;
}

void EventEditorDialog::select_session(long row) {
    m_selected = row;
    if (row >= 0 &&
        !(m_sessions->GetItemState(row, wxLIST_STATE_SELECTED) & wxLIST_STATE_SELECTED)) {
        m_sessions->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    show_session_fields();
    check();
}

void EventEditorDialog::add_session() {
    SessionDraft fresh;
    if (m_selected >= 0) {
        fresh.date = m_draft.sessions[static_cast<std::size_t>(m_selected)].date;
    }
    fresh.break_minutes = "0";
    const long row = m_selected + 1;
    m_draft.sessions.insert(m_draft.sessions.begin() + row, fresh);
    m_marks.insert(m_marks.begin() + row, 0);
    m_sessions->InsertItem(row, wxString());
    show_session_row(row);
    select_session(row);
    m_fields.control(fresh.date.empty() ? "date" : "start")->SetFocus();
}

void EventEditorDialog::remove_session() {
    if (m_selected < 0) {
        return;
    }
    const auto at = static_cast<std::size_t>(m_selected);
    if (m_marks[at] > 0 &&
        !confirm(wxString::Format(
            wxPLURAL("The session of %s has %lld attendance mark. Removing the session deletes "
                     "it when you save. Remove the session?",
                     "The session of %s has %lld attendance marks. Removing the session deletes "
                     "them when you save. Remove the session?",
                     m_marks[at]),
            to_wx(m_draft.sessions[at].date), m_marks[at]))) {
        return;
    }
    m_draft.sessions.erase(m_draft.sessions.begin() + m_selected);
    m_marks.erase(m_marks.begin() + m_selected);
    m_sessions->DeleteItem(m_selected);
    const long count = static_cast<long>(m_draft.sessions.size());
    select_session(std::min(m_selected, count - 1));
    m_sessions->SetFocus();
}

void EventEditorDialog::check() {
    show_problems(check_event_draft(m_draft).problems);
}

void EventEditorDialog::show_problems(const std::vector<DraftProblem>& problems) {
    m_fields.clear_errors();
    for (long i = 0; i < m_sessions->GetItemCount(); ++i) {
        m_sessions->SetItemTextColour(i, wxNullColour);
    }
    wxString first;
    for (const auto& p : problems) {
        const bool beside = !p.session || static_cast<long>(*p.session) == m_selected;
        if (beside) {
            const bool session_field = std::find(kSessionFields.begin(), kSessionFields.end(),
                                                 p.field) != kSessionFields.end();
            m_fields.show(p.field, to_wx(p.message),
                          session_field ? kSessionMessageWidth : kEventMessageWidth);
        }
        if (p.session) {
            m_sessions->SetItemTextColour(static_cast<long>(*p.session), wxColour(176, 0, 0));
        }
        if (first.empty()) {
            first = p.session
                        ? wxString::Format(_("Session %zu, %s: %s"), *p.session + 1,
                                           field_name(p.field), to_wx(p.message))
                        : wxString::Format(_("%s: %s"), field_name(p.field), to_wx(p.message));
        }
    }
    m_summary->SetLabel(first.empty() ? wxString()
                                      : wxString::Format(_("Not saved yet: %s"), first));
    m_summary->Wrap(kWidth - 40);
    m_save->Enable(problems.empty());
    grow_to_fit(*this);
}

bool EventEditorDialog::save() {
    const auto checked = check_event_draft(m_draft);
    if (!checked.ok()) {
        show_problems(checked.problems);
        return false;
    }
    // A session's errors carry its line: they are marked on that session.
    if (!write_or_show([this] { app::save_event(m_db, m_stored_id, m_draft); }, true,
                       {_("Not saved: the database did not take the changes."),
                        _("The event was not saved: %s\n\nEverything you typed is "
                          "still in the editor. Check the connection to the "
                          "database and save again."),
                        _("The event was not saved")})) {
        return false;
    }
    m_stored_id = m_draft.event_id;
    for (std::size_t i = 0; i < m_draft.sessions.size(); ++i) {
        m_draft.sessions[i].stored =
            SessionKey{m_draft.event_id, checked.sessions[i].date, checked.sessions[i].start};
    }
    m_saved = m_draft;
    saved();
    return true;
}

wxString EventEditorDialog::unsaved_question() const {
    return _("The event has changes that are not saved. Close and lose them?");
}

}  // namespace polku::gui
