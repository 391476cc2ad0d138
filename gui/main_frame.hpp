#pragma once
// The main window: the open database, its projects, and the dashboard of the one chosen.

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/infobar.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "db/database.hpp"
#include "reports/language.hpp"
#include "reports/monitoring_report.hpp"

namespace polku::gui {

class DashboardPanel;

class MainFrame : public wxFrame {
  public:
    // Opens the database at `locator` (a path or postgresql:// URI). Throws DatabaseError.
    explicit MainFrame(const std::string& locator,
                       reports::Language language = reports::Language::en);

    // Re-reads the project list from the database.
    void reload_projects();
    wxListCtrl* project_list() const { return m_projects; }
    // Offered while the database holds no project.
    wxInfoBar* demo_offer() const { return m_demo_offer; }
    // Fills the database with the OSKU sample (the offer's button).
    void load_demo();

    // Switches to another database (a path or postgresql:// URI), creating an SQLite file
    // that does not exist yet; remembered among the recent files. Throws DatabaseError and
    // keeps the open database when the other cannot be opened.
    void open_database(const std::string& locator);
    const std::string& locator() const { return m_db->locator(); }

    // Selects the first project, which shows its dashboard (on start).
    void select_first_project();
    // Selects the project with this code (the first when there is none), showing its
    // dashboard.
    void select_project(const std::string& project);
    // The chosen project's code; empty when none is chosen.
    std::string selected_project() const;
    // Counts the chosen project's figures again (after a window opened from here saved).
    void count_again();
    // Counts the project's figures on a worker thread, then shows its dashboard.
    void show_project(const std::string& code);
    DashboardPanel* dashboard() const { return m_dashboard; }
    // Writes the shown project's monitoring report to `path` on a worker thread; the format
    // follows the extension (.pdf, .xlsx, .html, .json).
    void export_report(const std::string& path);

    // Opens the attendance window on the chosen project's sessions (Ctrl+T).
    void open_attendance();

    // Opens the quick entry of individual activities on the chosen project (Ctrl+I).
    void open_activities();

    // Opens the import of a CSV file: checked first, then imported (Ctrl+Shift+I). The
    // project list and the dashboard are read again after an import.
    void open_import();
    // Opens the reports dialog on the chosen project (Ctrl+R).
    void open_reports();
    // Lists the shown project's entries outside its span, from which their events are opened
    // and put right (Ctrl+Shift+F); the figures are counted again after a change.
    void open_flagged_entries();

    // Opens the list of every event of the database (Ctrl+Shift+E).
    void open_events();
    // Opens the list of everyone in the database (Ctrl+Shift+P).
    void open_people();
    // Opens again the lists (Events, People, Competence paths) that were open when the
    // window was last closed: the last view, kept in the settings.
    void restore_last_view();
    // The supervisor's team grid of competence paths (Ctrl+Shift+T).
    void open_paths();

    // Shows the desktop in `language` now (Preferences' OK): the other windows close first,
    // each asking about what is unsaved in it, and the main window is built again in the
    // new language on the same database, project and lists; this one is destroyed. Returns
    // the new main window, or nullptr when a window was kept open, work is under way on a
    // worker, or the database cannot be opened again (the language is then used from the
    // next start, as the status bar says).
    MainFrame* switch_language(reports::Language language);

    enum {
        ID_LOAD_DEMO = wxID_HIGHEST + 1,
        ID_EXPORT,
        ID_ATTENDANCE,
        ID_EVENTS,
        ID_PEOPLE,
        ID_PATHS,
        ID_ACTIVITIES,
        ID_IMPORT,
        ID_REPORTS,
        ID_FLAGGED
    };

  private:
    enum Column { code, name, start, end, column_count };
    void choose_export_file();
    void choose_database(bool create);
    void choose_preferences();
    void on_close(wxCloseEvent& event);
    // The window's place and open lists, for the next start (or the next language).
    void save_window_state();
    // Closes every other window, newest first, each asking about what is unsaved in it.
    // False when one was kept open.
    bool close_other_windows();
    void show_location();

    std::unique_ptr<db::Database> m_db;
    reports::Language m_language;
    wxListCtrl* m_projects = nullptr;
    wxInfoBar* m_demo_offer = nullptr;
    wxStaticText* m_location = nullptr;
    wxFileHistory m_recent;
    DashboardPanel* m_dashboard = nullptr;
    std::optional<reports::MonitoringReport> m_report;  // the dashboard's
    std::uint64_t m_counts_started = 0;                 // the latest count's number
};

}  // namespace polku::gui
