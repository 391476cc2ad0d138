#pragma once
// The main window: the open database and its projects.

#include <wx/frame.h>
#include <wx/infobar.h>
#include <wx/listctrl.h>

#include <memory>
#include <string>

#include "db/database.hpp"

namespace polku::gui {

class MainFrame : public wxFrame {
  public:
    // Opens the database at `locator` (a path or postgresql:// URI). Throws DatabaseError.
    explicit MainFrame(const std::string& locator);

    // Re-reads the project list from the database.
    void reload_projects();
    wxListCtrl* project_list() const { return m_projects; }
    // Offered while the database holds no project.
    wxInfoBar* demo_offer() const { return m_demo_offer; }
    // Fills the database with the OSKU sample (the offer's button).
    void load_demo();

    enum { ID_LOAD_DEMO = wxID_HIGHEST + 1 };

  private:
    enum Column { code, name, start, end, column_count };

    std::unique_ptr<db::Database> m_db;
    wxListCtrl* m_projects = nullptr;
    wxInfoBar* m_demo_offer = nullptr;
};

}  // namespace polku::gui
