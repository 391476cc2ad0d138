#pragma once
// The supervisor's team view (issue: "Paths"): the supervisor picks themself, then one of the
// paths their team is on, and sees everyone below them × the path's steps, each cell in words
// and colour (done, in progress, overdue, not started); a step is signed off from the grid.
// Its own database connection, as the attendance window has.

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/stattext.h>

#include <string>
#include <vector>

#include "core/path_labels.hpp"
#include "db/database.hpp"
#include "reports/language.hpp"
#include "reports/paths_report.hpp"

namespace polku::gui {

class PathsGridTable;

class PathsWindow : public wxFrame {
  public:
    // Opens `locator` and lists the supervisors (everyone someone reports to); the grid is
    // judged as of `to`. Throws DatabaseError.
    PathsWindow(wxWindow* parent, const std::string& locator, reports::Language language, Date to);

    wxChoice* supervisor_choice() const { return m_supervisors; }
    wxChoice* path_choice() const { return m_paths; }
    wxGrid* grid() const { return m_grid; }
    wxString message() const { return m_message->GetLabel(); }

    // Shows the team of the supervisor with this employee id; false when no such supervisor.
    bool choose_supervisor(const std::string& employee_id);
    // Shows the path at `index` of the path choice.
    void choose_path(int index);
    // The chosen supervisor signs off the step of the grid cell (row, column) on `date`.
    // False, with the reason shown under the grid, when refused.
    bool sign_off(int row, int column, Date date, const std::string& note);

  private:
    void load_team(int supervisor_index);
    void show_table(const reports::PathResult* path);
    void sign_off_selected();

    db::Database m_db;
    reports::Language m_language;
    Date m_to;
    std::vector<std::pair<PersonKey, NamedPerson>> m_supervisor_list;
    reports::PathsReport m_report;

    wxChoice* m_supervisors = nullptr;
    wxChoice* m_paths = nullptr;
    wxGrid* m_grid = nullptr;
    PathsGridTable* m_table = nullptr;  // owned by the grid
    wxButton* m_sign_off = nullptr;
    wxStaticText* m_summary = nullptr;
    wxStaticText* m_message = nullptr;
};

}  // namespace polku::gui
