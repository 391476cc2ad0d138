#include "gui/flagged_entries_dialog.hpp"

#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "app/event_editing_service.hpp"
#include "app/flagged_entries_service.hpp"
#include "core/error.hpp"
#include "core/transcript.hpp"
#include "gui/event_editor_dialog.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"
#include "reports/cell_text.hpp"
#include "reports/vocabulary.hpp"

namespace polku::gui {

namespace {

enum Column { date, kind, event, what, person, entries, hours };

}  // namespace

FlaggedEntriesDialog::FlaggedEntriesDialog(wxWindow* parent, db::Database& db,
                                           std::string project_code, reports::Language language)
    : wxDialog(parent, wxID_ANY, _("Entries outside the project span"), wxDefaultPosition,
               wxSize(900, 480), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_db(db),
      m_project(std::move(project_code)),
      m_language(language) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_intro = new wxStaticText(this, wxID_ANY, wxString());
    sizer->Add(m_intro, 0, wxALL | wxEXPAND, 10);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    m_list->InsertColumn(date, _("Date"), wxLIST_FORMAT_LEFT, 95);
    m_list->InsertColumn(kind, _("Kind"), wxLIST_FORMAT_LEFT, 120);
    m_list->InsertColumn(event, _("Event"), wxLIST_FORMAT_LEFT, 90);
    m_list->InsertColumn(what, _("Title or description"), wxLIST_FORMAT_LEFT, 250);
    m_list->InsertColumn(person, _("Person"), wxLIST_FORMAT_LEFT, 170);
    m_list->InsertColumn(entries, _("Entries"), wxLIST_FORMAT_RIGHT, 70);
    m_list->InsertColumn(hours, _("Hours"), wxLIST_FORMAT_RIGHT, 70);
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_open_button(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { open_selected_event(); });
    sizer->Add(m_list, 1, wxLEFT | wxRIGHT | wxEXPAND, 10);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_open = new wxButton(this, wxID_ANY, _("&Open the event"));
    m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_selected_event(); });
    buttons->Add(m_open, 0, wxRIGHT, 8);
    buttons->AddStretchSpacer();
    buttons->Add(labelled_button(this, wxID_CANCEL, _("&Close")));
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 10);
    SetSizer(sizer);
    SetEscapeId(wxID_CANCEL);
    reload();
    m_list->SetFocus();
}

void FlaggedEntriesDialog::reload() {
    m_list->DeleteAllItems();
    try {
        m_rows = app::flagged_entries(m_db, m_project);
    } catch (const PolkuError& e) {
        m_rows.clear();
        m_intro->SetLabel(
            wxString::Format(_("The entries could not be read: %s"), to_wx(e.what())));
        update_open_button();
        return;
    }
    std::int64_t total = 0;
    for (const auto& row : m_rows) {
        const long at = m_list->InsertItem(m_list->GetItemCount(),
                                           to_wx(reports::cell_text(row.date, m_language)));
        m_list->SetItem(at, kind, to_wx(reports::label(m_language, name_of(row.kind))));
        m_list->SetItem(at, event, to_wx(row.event_id));
        m_list->SetItem(at, what, to_wx(row.what));
        m_list->SetItem(at, person,
                        row.employee_id.empty() ? wxString()
                                                : to_wx(row.person + " (" + row.employee_id + ")"));
        m_list->SetItem(at, entries,
                        to_wx(reports::cell_text(std::int64_t{row.entries}, m_language)));
        m_list->SetItem(at, hours,
                        to_wx(reports::cell_text(reports::Hundredths{hours_hundredths(row.minutes)},
                                                 m_language)));
        total += row.entries;
    }
    m_intro->SetLabel(
        m_rows.empty()
            ? _("No entry of this project lies outside its span: every entry is counted.")
            : wxString::Format(_("Entries dated outside the project span: %lld. The reports "
                                 "keep them and count none of them. Open an event to put a "
                                 "session's date right; an activity's date is corrected by "
                                 "importing activities.csv again."),
                               static_cast<long long>(total)));
    m_intro->Wrap(860);
    if (!m_rows.empty()) {
        m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    update_open_button();
}

bool FlaggedEntriesDialog::open_selected_event() {
    const long selected = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected < 0 || static_cast<std::size_t>(selected) >= m_rows.size() ||
        m_rows[static_cast<std::size_t>(selected)].event_id.empty()) {
        return false;
    }
    const std::string event_id = m_rows[static_cast<std::size_t>(selected)].event_id;
    try {
        EventEditorDialog editor(this, m_db, app::read_event(m_db, event_id), false, m_language);
        if (editor.ShowModal() == wxID_OK) {
            m_changed = true;
            reload();
        }
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The event could not be opened"), wxOK | wxICON_ERROR, this);
        return false;
    }
    return true;
}

void FlaggedEntriesDialog::update_open_button() {
    const long selected = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    m_open->Enable(selected >= 0 && static_cast<std::size_t>(selected) < m_rows.size() &&
                   !m_rows[static_cast<std::size_t>(selected)].event_id.empty());
}

}  // namespace polku::gui
