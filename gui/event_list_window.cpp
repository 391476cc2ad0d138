#include "gui/event_list_window.hpp"

#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "app/audit_service.hpp"
#include "app/event_editing_service.hpp"
#include "app/list_service.hpp"
#include "core/error.hpp"
#include "gui/event_editor_dialog.hpp"
#include "gui/history_dialog.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"
#include "reports/vocabulary.hpp"

namespace polku::gui {

namespace {

wxStaticText* label(wxWindow* parent, const wxString& text) {
    return new wxStaticText(parent, wxID_ANY, text);
}

}  // namespace

EventListWindow::EventListWindow(wxWindow* parent, const std::string& locator,
                                 reports::Language language)
    : wxFrame(parent, wxID_ANY, _("Events"), wxDefaultPosition, wxSize(1100, 700)),
      m_db(db::Database::open(locator)),
      m_language(language),
      m_model(new EventListModel(
          [this](const std::vector<long long>& keys) { return app::event_rows(m_db, keys); },
          language)),
      m_typing(this) {
    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* first = new wxBoxSizer(wxHORIZONTAL);
    first->Add(label(panel, _("&Find:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_search = new wxTextCtrl(panel, wxID_ANY);
    m_search->SetHint(_("Event id or words of the title"));
    first->Add(m_search, 1, wxRIGHT, 12);
    first->Add(label(panel, _("&Kind:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_kind = new wxChoice(panel, wxID_ANY);
    m_kind->Append(_("All kinds"));
    for (std::size_t i = 0; i < EnumNames<Kind>::names.size(); ++i) {
        const auto kind = static_cast<Kind>(i);
        if (is_event_kind(kind)) {
            m_kinds.push_back(kind);
            m_kind->Append(to_wx(reports::label(language, name_of(kind))));
        }
    }
    m_kind->SetSelection(0);
    first->Add(m_kind, 0);
    sizer->Add(first, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);

    auto* second = new wxBoxSizer(wxHORIZONTAL);
    second->Add(label(panel, _("A session &from:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_from = new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(110, -1));
    // Dates as the list shows them; either form is read.
    const bool finnish = language == reports::Language::fi;
    m_from->SetHint(finnish ? "1.1.2024" : "2024-01-01");
    second->Add(m_from, 0, wxRIGHT, 6);
    second->Add(label(panel, _("&to:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_to = new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(110, -1));
    m_to->SetHint(finnish ? "31.12.2024" : "2024-12-31");
    second->Add(m_to, 0, wxRIGHT, 12);
    second->Add(label(panel, _("&Work package:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_work_package = new wxChoice(panel, wxID_ANY);
    m_work_package->Append(_("All work packages"));
    m_work_packages = app::work_packages(m_db);
    for (const auto& w : m_work_packages) {
        m_work_package->Append(to_wx(w.project_code + ": " + w.name));
    }
    m_work_package->SetSelection(0);
    second->Add(m_work_package, 1);
    sizer->Add(second, 0, wxEXPAND | wxALL, 8);

    m_list = new wxDataViewCtrl(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_SINGLE | wxDV_ROW_LINES);
    m_list->AssociateModel(m_model.get());
    const auto column = [this](const wxString& title, EventListModel::Column c, int width,
                               wxAlignment align = wxALIGN_LEFT) {
        m_list->AppendTextColumn(title, c, wxDATAVIEW_CELL_INERT, width, align,
                                 wxDATAVIEW_COL_RESIZABLE);
    };
    column(_("Event id"), EventListModel::event_id, 100);
    column(_("Title"), EventListModel::title, 300);
    column(_("Kind"), EventListModel::kind, 130);
    column(_("Project"), EventListModel::project, 80);
    column(_("First session"), EventListModel::first_session, 115);
    column(_("Last session"), EventListModel::last_session, 115);
    column(_("Sessions"), EventListModel::sessions, 80, wxALIGN_RIGHT);
    column(_("Participants"), EventListModel::participants, 95, wxALIGN_RIGHT);
    sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    panel->SetSizer(sizer);
    CreateStatusBar();

    m_model->on_error = [this](const std::string& error) {
        CallAfter([this, error] {
            SetStatusText(wxString::Format(_("The events could not be read: %s"), to_wx(error)));
        });
    };
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typed(); });
    m_from->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typed(); });
    m_to->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typed(); });
    m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filter(); });
    m_work_package->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply_filter(); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { apply_filter(); });

    auto* event_menu = new wxMenu;
    event_menu->Append(ID_EDIT_EVENT, _("&Edit event...\tCtrl+E"));
    event_menu->Append(ID_DUPLICATE_EVENT, _("&Duplicate event...\tCtrl+D"));
    event_menu->Append(ID_EVENT_HISTORY, _("&History\tCtrl+H"));
    auto* menu_bar = new wxMenuBar;
    menu_bar->Append(event_menu, _("E&vent"));
    SetMenuBar(menu_bar);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { edit_selected(); }, ID_EDIT_EVENT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { duplicate_selected(); }, ID_DUPLICATE_EVENT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_history(); }, ID_EVENT_HISTORY);
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { edit_selected(); });

    apply_filter();
    m_search->SetFocus();
}

EventListWindow::~EventListWindow() {
    m_typing.Stop();
    m_model->detach();  // the list may still ask while it goes; the database goes first
}

void EventListWindow::typed() {
    m_typing.StartOnce(kTypingPauseMs);
}

std::optional<Date> EventListWindow::read_date(wxTextCtrl* field, bool& ok) {
    const std::string text = from_wx(field->GetValue().Strip(wxString::both));
    std::optional<Date> date;
    if (!text.empty()) {
        date = parse_date(text);
        if (!date) {
            ok = false;
        }
    }
    field->SetBackgroundColour(text.empty() || date ? wxNullColour : wxColour(255, 205, 205));
    field->Refresh();
    return date;
}

bool EventListWindow::apply_filter() {
    m_typing.Stop();
    db::EventListFilter filter;
    filter.text = from_wx(m_search->GetValue());
    if (const int k = m_kind->GetSelection(); k > 0) {
        filter.kind = m_kinds[static_cast<std::size_t>(k - 1)];
    }
    if (const int w = m_work_package->GetSelection(); w > 0) {
        filter.work_package = m_work_packages[static_cast<std::size_t>(w - 1)].key;
    }
    bool dates_ok = true;
    filter.from = read_date(m_from, dates_ok);
    filter.to = read_date(m_to, dates_ok);
    if (!dates_ok) {
        SetStatusText(_("Type a date as 15.3.2024 (or 2024-03-15)."));
        return false;
    }
    try {
        m_model->show(app::event_keys(m_db, filter));
        without_type_ahead(m_list);
        SetStatusText(wxString::Format(wxPLURAL("%zu event", "%zu events", m_model->size()),
                                       m_model->size()));
        return true;
    } catch (const PolkuError& e) {
        SetStatusText(wxString::Format(_("The events could not be read: %s"), to_wx(e.what())));
        return false;
    }
}

std::string EventListWindow::selected_event() const {
    const auto item = m_list->GetSelection();
    if (!item.IsOk()) {
        return {};
    }
    return from_wx(m_model->text(m_model->GetRow(item), EventListModel::event_id));
}

std::unique_ptr<EventEditorDialog> EventListWindow::editor_for(const std::string& event_id) {
    return std::make_unique<EventEditorDialog>(this, m_db, app::read_event(m_db, event_id), false,
                                               m_language);
}

std::unique_ptr<EventEditorDialog> EventListWindow::copy_editor_for(
    const std::string& event_id, std::optional<Date> first_session) {
    return std::make_unique<EventEditorDialog>(
        this, m_db, app::event_copy(m_db, event_id, first_session), true, m_language);
}

void EventListWindow::run_editor(EventEditorDialog& editor) {
    if (editor.ShowModal() == wxID_OK) {
        apply_filter();
        if (on_saved) {
            on_saved();
        }
    }
}

void EventListWindow::edit_selected() {
    const std::string event_id = selected_event();
    if (event_id.empty()) {
        SetStatusText(_("Choose an event first."));
        return;
    }
    try {
        run_editor(*editor_for(event_id));
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The event could not be opened"), wxOK | wxICON_ERROR, this);
    }
}

void EventListWindow::duplicate_selected() {
    const std::string event_id = selected_event();
    if (event_id.empty()) {
        SetStatusText(_("Choose an event first."));
        return;
    }
    try {
        const auto stored = app::read_event(m_db, event_id);
        wxString first;
        if (!stored.sessions.empty()) {
            const Date date = stored.sessions.front().session.date;
            first = to_wx(m_language == reports::Language::fi ? format_fi_date(date)
                                                              : format_iso_date(date));
        }
        std::optional<Date> first_session;
        while (true) {
            wxTextEntryDialog ask(this,
                                  _("The copy's first session is on (the other sessions keep "
                                    "their distance from it; leave as is for the same dates):"),
                                  _("Duplicate event"), first);
            label_cancel(ask);
            if (ask.ShowModal() != wxID_OK) {
                return;
            }
            const std::string typed = from_wx(ask.GetValue().Strip(wxString::both));
            if (typed.empty()) {
                break;
            }
            first_session = parse_date(typed);
            if (first_session) {
                break;
            }
            message_box(_("Type a date as 15.3.2024 (or 2024-03-15)."), _("Duplicate event"),
                        wxOK | wxICON_INFORMATION, this);
            first = to_wx(typed);
        }
        run_editor(*copy_editor_for(event_id, first_session));
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The event could not be copied"), wxOK | wxICON_ERROR, this);
    }
}

std::unique_ptr<HistoryDialog> EventListWindow::history_for(const std::string& event_id) {
    return std::make_unique<HistoryDialog>(this, wxString::Format(_("event %s"), to_wx(event_id)),
                                           app::event_history(m_db, event_id), m_language);
}

void EventListWindow::show_history() {
    const std::string event_id = selected_event();
    if (event_id.empty()) {
        SetStatusText(_("Choose an event first."));
        return;
    }
    try {
        history_for(event_id)->ShowModal();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The history could not be read"), wxOK | wxICON_ERROR, this);
    }
}

}  // namespace polku::gui
