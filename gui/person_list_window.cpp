#include "gui/person_list_window.hpp"

#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "app/audit_service.hpp"
#include "app/list_service.hpp"
#include "app/person_editing_service.hpp"
#include "app/today.hpp"
#include "app/transcript_service.hpp"
#include "core/error.hpp"
#include "gui/history_dialog.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/person_editor_dialog.hpp"
#include "gui/transcript_dialog.hpp"
#include "gui/wx_text.hpp"

namespace polku::gui {

PersonListWindow::PersonListWindow(wxWindow* parent, const std::string& locator,
                                   reports::Language language)
    : wxFrame(parent, wxID_ANY, _("People"), wxDefaultPosition, wxSize(1040, 700)),
      m_db(db::Database::open(locator)),
      m_language(language),
      m_model(new PersonListModel(
          [this](const std::vector<long long>& keys) { return app::person_rows(m_db, keys); })),
      m_typing(this) {
    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticText(panel, wxID_ANY, _("&Find:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
             6);
    m_search = new wxTextCtrl(panel, wxID_ANY);
    m_search->SetHint(_("Name or employee id"));
    top->Add(m_search, 1);
    sizer->Add(top, 0, wxEXPAND | wxALL, 8);

    m_list = new wxDataViewCtrl(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxDV_SINGLE | wxDV_ROW_LINES);
    m_list->AssociateModel(m_model.get());
    const auto column = [this](const wxString& title, PersonListModel::Column c, int width) {
        m_list->AppendTextColumn(title, c, wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT,
                                 wxDATAVIEW_COL_RESIZABLE);
    };
    column(_("Employee id"), PersonListModel::employee_id, 110);
    column(_("Last name"), PersonListModel::last_name, 140);
    column(_("First name"), PersonListModel::first_name, 120);
    column(_("Organisation"), PersonListModel::organisation, 250);
    column(_("Unit"), PersonListModel::unit, 130);
    column(_("Supervisor"), PersonListModel::supervisor, 200);
    sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    panel->SetSizer(sizer);
    CreateStatusBar();

    m_model->on_error = [this](const std::string& error) {
        CallAfter([this, error] {
            SetStatusText(wxString::Format(_("The people could not be read: %s"), to_wx(error)));
        });
    };
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_typing.StartOnce(kTypingPauseMs); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { apply_filter(); });

    auto* person_menu = new wxMenu;
    person_menu->Append(ID_EDIT_PERSON, _("&Edit person...\tCtrl+E"));
    person_menu->Append(ID_NEW_PERSON, _("&New person...\tCtrl+N"));
    person_menu->AppendSeparator();
    person_menu->Append(ID_TRANSCRIPT, _("&Transcript\tCtrl+R"));
    person_menu->Append(ID_HISTORY, _("&History\tCtrl+H"));
    auto* menu_bar = new wxMenuBar;
    menu_bar->Append(person_menu, _("&Person"));
    SetMenuBar(menu_bar);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { edit_selected(); }, ID_EDIT_PERSON);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { add_person(); }, ID_NEW_PERSON);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_transcript(); }, ID_TRANSCRIPT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_history(); }, ID_HISTORY);
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { edit_selected(); });

    apply_filter();
    m_search->SetFocus();
}

PersonListWindow::~PersonListWindow() {
    m_typing.Stop();
    m_model->detach();  // the list may still ask while it goes; the database goes first
}

bool PersonListWindow::apply_filter() {
    m_typing.Stop();
    try {
        m_model->show(app::person_keys(m_db, db::PersonListFilter{from_wx(m_search->GetValue())}));
        without_type_ahead(m_list);
        SetStatusText(wxString::Format(wxPLURAL("%zu person", "%zu people", m_model->size()),
                                       m_model->size()));
        return true;
    } catch (const PolkuError& e) {
        SetStatusText(wxString::Format(_("The people could not be read: %s"), to_wx(e.what())));
        return false;
    }
}

std::string PersonListWindow::selected_person() const {
    const auto item = m_list->GetSelection();
    if (!item.IsOk()) {
        return {};
    }
    return from_wx(m_model->text(m_model->GetRow(item), PersonListModel::employee_id));
}

std::unique_ptr<PersonEditorDialog> PersonListWindow::editor_for(const std::string& employee_id) {
    return std::make_unique<PersonEditorDialog>(
        this, m_db, app::read_person(m_db, employee_id), false, app::target_group_choices(m_db),
        RowContext{static_cast<int>(app::today().year())}, m_language);
}

std::unique_ptr<PersonEditorDialog> PersonListWindow::new_person_editor() {
    return std::make_unique<PersonEditorDialog>(
        this, m_db, PersonRecord{}, true, app::target_group_choices(m_db),
        RowContext{static_cast<int>(app::today().year())}, m_language);
}

std::unique_ptr<TranscriptDialog> PersonListWindow::transcript_for(const std::string& employee_id) {
    return std::make_unique<TranscriptDialog>(
        this, app::transcript(m_db, app::TranscriptRequest{employee_id, {}, {}}), m_language);
}

std::unique_ptr<HistoryDialog> PersonListWindow::history_for(const std::string& employee_id) {
    return std::make_unique<HistoryDialog>(this,
                                           wxString::Format(_("person %s"), to_wx(employee_id)),
                                           app::person_history(m_db, employee_id), m_language);
}

void PersonListWindow::run_editor(PersonEditorDialog& editor) {
    if (editor.ShowModal() == wxID_OK) {
        apply_filter();
        if (on_saved) {
            on_saved();
        }
    }
}

void PersonListWindow::edit_selected() {
    const std::string employee_id = selected_person();
    if (employee_id.empty()) {
        SetStatusText(_("Choose a person first."));
        return;
    }
    try {
        run_editor(*editor_for(employee_id));
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The person could not be opened"), wxOK | wxICON_ERROR,
                    this);
    }
}

void PersonListWindow::add_person() {
    try {
        run_editor(*new_person_editor());
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The person could not be opened"), wxOK | wxICON_ERROR,
                    this);
    }
}

void PersonListWindow::show_transcript() {
    const std::string employee_id = selected_person();
    if (employee_id.empty()) {
        SetStatusText(_("Choose a person first."));
        return;
    }
    try {
        wxBusyCursor busy;
        transcript_for(employee_id)->ShowModal();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The transcript could not be made"), wxOK | wxICON_ERROR,
                    this);
    }
}

void PersonListWindow::show_history() {
    const std::string employee_id = selected_person();
    if (employee_id.empty()) {
        SetStatusText(_("Choose a person first."));
        return;
    }
    try {
        history_for(employee_id)->ShowModal();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The history could not be read"), wxOK | wxICON_ERROR, this);
    }
}

}  // namespace polku::gui
