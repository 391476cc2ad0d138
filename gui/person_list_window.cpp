#include "gui/person_list_window.hpp"

#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/list_service.hpp"
#include "core/error.hpp"
#include "gui/wx_text.hpp"

namespace polku::gui {

PersonListWindow::PersonListWindow(wxWindow* parent, const std::string& locator)
    : wxFrame(parent, wxID_ANY, _("People"), wxDefaultPosition, wxSize(1040, 700)),
      m_db(db::Database::open(locator)),
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

}  // namespace polku::gui
