#include "gui/main_frame.hpp"

#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "app/demo_data.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "db/project_repository.hpp"
#include "gui/wx_text.hpp"

namespace polku::gui {

MainFrame::MainFrame(const std::string& locator)
    : wxFrame(nullptr, wxID_ANY, _("Polku"), wxDefaultPosition, wxSize(900, 600)),
      m_db(std::make_unique<db::Database>(db::Database::open(locator))) {
    auto* file_menu = new wxMenu;
    file_menu->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* menu_bar = new wxMenuBar;
    menu_bar->Append(file_menu, _("&File"));
    SetMenuBar(menu_bar);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const wxString where =
        m_db->backend() == db::Backend::sqlite ? to_wx(m_db->locator()) : _("PostgreSQL server");
    sizer->Add(new wxStaticText(this, wxID_ANY, wxString::Format(_("Database: %s"), where)), 0,
               wxALL, 8);
    m_demo_offer = new wxInfoBar(this);
    m_demo_offer->AddButton(ID_LOAD_DEMO, _("Load the demo project"));
    // On the bar itself: its own handler would otherwise take the click and only hide it.
    m_demo_offer->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { load_demo(); }, ID_LOAD_DEMO);
    sizer->Add(m_demo_offer, 0, wxEXPAND);
    m_projects = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    m_projects->InsertColumn(code, _("Code"), wxLIST_FORMAT_LEFT, 100);
    m_projects->InsertColumn(name, _("Project"), wxLIST_FORMAT_LEFT, 450);
    m_projects->InsertColumn(start, _("Start"), wxLIST_FORMAT_LEFT, 110);
    m_projects->InsertColumn(end, _("End"), wxLIST_FORMAT_LEFT, 110);
    sizer->Add(m_projects, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(sizer);
    CreateStatusBar();
    reload_projects();
}

void MainFrame::reload_projects() {
    const auto projects = db::ProjectRepository(*m_db).list();
    m_projects->DeleteAllItems();
    const auto date_text = [](const std::optional<Date>& d) {
        return d ? to_wx(format_fi_date(*d)) : wxString();
    };
    for (const auto& p : projects) {
        const long row = m_projects->InsertItem(m_projects->GetItemCount(), to_wx(p.code));
        m_projects->SetItem(row, name, to_wx(p.name));
        m_projects->SetItem(row, start, date_text(p.start));
        m_projects->SetItem(row, end, date_text(p.extended_end ? p.extended_end : p.end));
    }
    SetStatusText(wxString::Format(wxPLURAL("%zu project", "%zu projects", projects.size()),
                                   projects.size()));
    if (projects.empty()) {
        m_demo_offer->ShowMessage(
            _("The database is empty. Import your project's files with "
              "polku-cli, or look around in a sample: OSKU, an ESF project of "
              "Oulunkaari 2009-2012."),
            wxICON_INFORMATION);
    } else if (m_demo_offer->IsShown()) {
        m_demo_offer->Dismiss();
    }
}

void MainFrame::load_demo() {
    try {
        wxBusyCursor busy;
        app::load_demo(*m_db);
    } catch (const PolkuError& e) {
        wxMessageBox(to_wx(e.what()), _("The demo could not be loaded"), wxOK | wxICON_ERROR, this);
    }
    reload_projects();
}

}  // namespace polku::gui
