#include "gui/main_frame.hpp"

#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/date.hpp"
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
}

}  // namespace polku::gui
