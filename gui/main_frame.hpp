#pragma once
// The main window: the open database and its projects.

#include <wx/frame.h>
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

  private:
    enum Column { code, name, start, end, column_count };

    std::unique_ptr<db::Database> m_db;
    wxListCtrl* m_projects = nullptr;
};

}  // namespace polku::gui
