#include "gui/main_frame.hpp"

#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/filefn.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <vector>

#include "app/demo_data.hpp"
#include "app/desktop_backups.hpp"
#include "app/monitoring_service.hpp"
#include "app/report_export.hpp"
#include "app/today.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "db/project_repository.hpp"
#include "gui/activity_entry_dialog.hpp"
#include "gui/attendance_window.hpp"
#include "gui/background_task.hpp"
#include "gui/dashboard_panel.hpp"
#include "gui/event_list_window.hpp"
#include "gui/flagged_entries_dialog.hpp"
#include "gui/import_dialog.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/language_preference.hpp"
#include "gui/paths_window.hpp"
#include "gui/person_list_window.hpp"
#include "gui/preferences_dialog.hpp"
#include "gui/reports_dialog.hpp"
#include "gui/startup_probe.hpp"
#include "gui/translations.hpp"
#include "gui/wx_text.hpp"
#include "reports/monitoring_document.hpp"

namespace polku::gui {

MainFrame::MainFrame(const std::string& locator, reports::Language language)
    : wxFrame(nullptr, wxID_ANY, _("Polku"), wxDefaultPosition, wxSize(1200, 800)),
      m_db(std::make_unique<db::Database>(app::open_for_desktop(locator))),
      m_language(language) {
    auto* file_menu = new wxMenu;
    file_menu->Append(wxID_OPEN, _("&Open database...\tCtrl+O"));
    file_menu->Append(wxID_NEW, _("&New database...\tCtrl+N"));
    auto* recent_menu = new wxMenu;
    file_menu->AppendSubMenu(recent_menu, _("&Recent databases"));
    file_menu->AppendSeparator();
    file_menu->Append(ID_IMPORT, _("&Import...\tCtrl+Shift+I"));
    file_menu->AppendSeparator();
    file_menu->Append(wxID_PREFERENCES, _("Pre&ferences..."));
    file_menu->AppendSeparator();
    file_menu->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    m_recent.UseMenu(recent_menu);
    m_recent.Load(*wxConfigBase::Get());
    auto* report_menu = new wxMenu;
    report_menu->Append(ID_EXPORT, _("&Export monitoring report...\tCtrl+E"));
    report_menu->Append(ID_REPORTS, _("&Reports...\tCtrl+R"));
    report_menu->Append(ID_FLAGGED, _("Entries &outside the project span...\tCtrl+Shift+F"));
    auto* attendance_menu = new wxMenu;
    attendance_menu->Append(ID_ATTENDANCE, _("&Attendance...\tCtrl+T"));
    attendance_menu->Append(ID_ACTIVITIES, _("&Individual activities...\tCtrl+I"));
    auto* lists_menu = new wxMenu;
    lists_menu->Append(ID_EVENTS, _("&Events\tCtrl+Shift+E"));
    lists_menu->Append(ID_PEOPLE, _("&People\tCtrl+Shift+P"));
    lists_menu->Append(ID_PATHS, _("Competence pa&ths\tCtrl+Shift+T"));
    auto* menu_bar = new wxMenuBar;
    menu_bar->Append(file_menu, _("&File"));
    menu_bar->Append(report_menu, _("&Report"));
    menu_bar->Append(attendance_menu, _("&Sessions"));
    menu_bar->Append(lists_menu, _("&Lists"));
    SetMenuBar(menu_bar);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { choose_preferences(); }, wxID_PREFERENCES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { choose_database(false); }, wxID_OPEN);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { choose_database(true); }, wxID_NEW);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            const wxString path = m_recent.GetHistoryFile(e.GetId() - wxID_FILE1);
            try {
                open_database(from_wx(path));
            } catch (const PolkuError& error) {
                m_recent.RemoveFileFromHistory(e.GetId() - wxID_FILE1);
                message_box(to_wx(error.what()), _("The database could not be opened"),
                            wxOK | wxICON_ERROR, this);
            }
        },
        wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { choose_export_file(); }, ID_EXPORT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_attendance(); }, ID_ATTENDANCE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_activities(); }, ID_ACTIVITIES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_events(); }, ID_EVENTS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_people(); }, ID_PEOPLE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_paths(); }, ID_PATHS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_import(); }, ID_IMPORT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_reports(); }, ID_REPORTS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_flagged_entries(); }, ID_FLAGGED);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_location = new wxStaticText(this, wxID_ANY, wxString());
    sizer->Add(m_location, 0, wxALL, 8);
    m_demo_offer = new wxInfoBar(this);
    m_demo_offer->AddButton(ID_LOAD_DEMO, _("Load the demo project"));
    // On the bar itself: its own handler would otherwise take the click and only hide it.
    m_demo_offer->Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { load_demo(); }, ID_LOAD_DEMO);
    sizer->Add(m_demo_offer, 0, wxEXPAND);
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    m_projects = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(330, -1),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    m_projects->InsertColumn(code, _("Code"), wxLIST_FORMAT_LEFT, 70);
    m_projects->InsertColumn(name, _("Project"), wxLIST_FORMAT_LEFT, 250);
    m_projects->InsertColumn(start, _("Start"), wxLIST_FORMAT_LEFT, 90);
    m_projects->InsertColumn(end, _("End"), wxLIST_FORMAT_LEFT, 90);
    m_projects->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        show_project(from_wx(m_projects->GetItemText(e.GetIndex(), code)));
    });
    body->Add(m_projects, 0, wxEXPAND | wxLEFT | wxBOTTOM, 8);
    m_dashboard = new DashboardPanel(this);
    m_dashboard->show_message(_("Choose a project to see its figures."));
    body->Add(m_dashboard, 1, wxEXPAND);
    sizer->Add(body, 1, wxEXPAND);
    SetSizer(sizer);
    CreateStatusBar();
    // Where the window was when it was last closed.
    auto* config = wxConfigBase::Get();
    int x = -1, y = -1, w = 0, h = 0;
    if (config->Read("window/x", &x) && config->Read("window/y", &y) &&
        config->Read("window/width", &w) && config->Read("window/height", &h) && w > 200 &&
        h > 150) {
        SetSize(x, y, w, h);
    }
    show_location();
    reload_projects();
}

void MainFrame::show_location() {
    const wxString where =
        m_db->backend() == db::Backend::sqlite ? to_wx(m_db->locator()) : _("PostgreSQL server");
    m_location->SetLabel(wxString::Format(_("Database: %s"), where));
}

void MainFrame::open_database(const std::string& locator) {
    auto other = std::make_unique<db::Database>(app::open_for_desktop(locator));
    m_db = std::move(other);
    m_report.reset();
    show_location();
    m_dashboard->show_message(_("Choose a project to see its figures."));
    reload_projects();
    select_first_project();
    if (m_db->backend() == db::Backend::sqlite) {
        m_recent.AddFileToHistory(to_wx(locator));
    }
}

void MainFrame::choose_database(bool create) {
    wxFileDialog dialog(this, create ? _("New database") : _("Open database"), wxEmptyString,
                        create ? wxString("polku.sqlite") : wxString(),
                        _("Polku databases (*.sqlite)|*.sqlite|All files (*)|*"),
                        create ? wxFD_SAVE : wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    // A new database never replaces a file: that file is someone's data.
    if (create && wxFileExists(dialog.GetPath())) {
        message_box(wxString::Format(_("%s already exists. Open it with File > Open database, "
                                       "or choose another name."),
                                     dialog.GetPath()),
                    _("New database"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    try {
        open_database(from_wx(dialog.GetPath()));
    } catch (const PolkuError& error) {
        message_box(to_wx(error.what()), _("The database could not be opened"), wxOK | wxICON_ERROR,
                    this);
    }
}

void MainFrame::on_close(wxCloseEvent& event) {
    save_window_state();  // the lists open now, before they close
    // Quitting closes the other windows first, each asking about what is unsaved in it.
    if (event.CanVeto() && !close_other_windows()) {
        event.Veto();
        return;
    }
    // A copy on the way out (the last ten are kept): a failed copy is said, and the window
    // still closes, since the database itself is whole.
    try {
        app::backup_on_exit(m_db->locator());
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("The exit backup was not made"), wxOK | wxICON_WARNING,
                    this);
    }
    event.Skip();
}

void MainFrame::save_window_state() {
    auto* config = wxConfigBase::Get();
    if (!IsMaximized() && !IsIconized()) {
        const wxRect r = GetRect();
        config->Write("window/x", r.x);
        config->Write("window/y", r.y);
        config->Write("window/width", r.width);
        config->Write("window/height", r.height);
    }
    m_recent.Save(*config);
    wxString open_lists;
    for (const auto* child : GetChildren()) {
        const char* name = dynamic_cast<const EventListWindow*>(child)    ? "events,"
                           : dynamic_cast<const PersonListWindow*>(child) ? "people,"
                           : dynamic_cast<const PathsWindow*>(child)      ? "paths,"
                                                                          : "";
        if (!open_lists.Contains(name)) {
            open_lists += name;
        }
    }
    config->Write("window/open_lists", open_lists);
    config->Flush();
}

void MainFrame::choose_preferences() {
    PreferencesDialog dialog(this);
    if (dialog.ShowModal() == wxID_OK && language_at_start() != m_language) {
        switch_language(language_at_start());
    }
}

bool MainFrame::close_other_windows() {
    // Newest first: an editor closes before the list it was opened from.
    std::vector<wxTopLevelWindow*> others;
    for (auto* window : wxTopLevelWindows) {
        if (window != this && !window->IsBeingDeleted()) {
            others.insert(others.begin(), static_cast<wxTopLevelWindow*>(window));
        }
    }
    for (auto* window : others) {
        if (!window->Close()) {
            return false;
        }
    }
    return true;
}

MainFrame* MainFrame::switch_language(reports::Language language) {
    // Closing would cancel an import or a report, and a worker may be reading the catalogue
    // that is about to be replaced: the work is left to finish, or to be cancelled.
    if (running_tasks() > 0) {
        SetStatusText(
            _("Work is under way (figures, an import or a report): the new language "
              "is used from the next start."));
        return nullptr;
    }
    save_window_state();
    // Each window asks about what is unsaved in it; one kept open keeps this language.
    if (!close_other_windows()) {
        SetStatusText(_("A window was kept open: the new language is used from the next start."));
        return nullptr;
    }
    install_translations(language);
    MainFrame* frame = nullptr;
    try {
        frame = new MainFrame(m_db->locator(), language);
    } catch (const PolkuError& e) {
        // This window stays, in its own language, on the database it has open.
        install_translations(m_language);
        message_box(to_wx(e.what()), _("The database could not be opened"), wxOK | wxICON_ERROR,
                    this);
        return nullptr;
    }
    frame->Show();
    frame->select_project(selected_project());
    frame->restore_last_view();
    wxTheApp->SetTopWindow(frame);
    // Not Close(): that is leaving the program, with its exit backup.
    Destroy();
    return frame;
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
        message_box(to_wx(e.what()), _("The demo could not be loaded"), wxOK | wxICON_ERROR, this);
    }
    reload_projects();
    select_first_project();
}

void MainFrame::select_first_project() {
    select_project({});
}

void MainFrame::select_project(const std::string& project) {
    const long found = project.empty() ? -1 : m_projects->FindItem(-1, to_wx(project));
    const long row = found >= 0 ? found : 0;
    if (row < m_projects->GetItemCount()) {
        m_projects->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
}

void MainFrame::count_again() {
    if (const std::string project = selected_project(); !project.empty()) {
        show_project(project);
    }
}

std::string MainFrame::selected_project() const {
    const long row = m_projects->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row < 0 ? std::string() : from_wx(m_projects->GetItemText(row, code));
}

void MainFrame::show_project(const std::string& project) {
    m_dashboard->show_message(_("Counting the figures..."));
    SetStatusText(_("Counting the figures..."));
    const std::string locator = m_db->locator();
    // Counts started one after another (a save, then another) may finish in another order:
    // only the latest is shown.
    const std::uint64_t count = ++m_counts_started;
    run_in_background<reports::MonitoringReport>(
        this,
        [locator, project] {
            // A worker has its own connection (SOCI sessions are not shared between threads).
            auto db = db::Database::open(locator);
            return app::monitoring_report(db, app::ReportRequest{project, {}, {}});
        },
        [this, count](reports::MonitoringReport report) {
            if (count != m_counts_started) {
                return;
            }
            m_report = std::move(report);
            m_dashboard->show(reports::monitoring_document(*m_report, m_language));
            SetStatusText(to_wx(m_report->project.code + " " + m_report->project.name));
            if (const auto flagged = m_report->figures.flagged_outside_span; flagged > 0) {
                m_dashboard->show_notice(
                    wxString::Format(_("Entries dated outside the project span, kept but not "
                                       "counted: %lld"),
                                     static_cast<long long>(flagged)),
                    _("&Show them to fix..."), [this] { open_flagged_entries(); });
            }
            probe_figures_shown();
        },
        [this, count](const std::string& error) {
            if (count != m_counts_started) {
                return;
            }
            m_dashboard->show_message(to_wx(error));
            SetStatusText(_("The figures could not be counted"));
        });
}

void MainFrame::open_flagged_entries() {
    if (!m_report) {
        message_box(_("Choose a project first."), _("Entries outside the project span"),
                    wxOK | wxICON_INFORMATION, this);
        return;
    }
    const std::string project = m_report->project.code;
    FlaggedEntriesDialog dialog(this, *m_db, project, m_language);
    dialog.ShowModal();
    if (dialog.changed_anything()) {
        show_project(project);
    }
}

void MainFrame::choose_export_file() {
    if (!m_report) {
        message_box(_("Choose a project first."), _("Export"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    wxFileDialog dialog(this, _("Export the monitoring report"), wxEmptyString,
                        to_wx(m_report->project.code + ".pdf"),
                        _("PDF (*.pdf)|*.pdf|Excel workbook (*.xlsx)|*.xlsx|Web page "
                          "(*.html)|*.html|JSON (*.json)|*.json"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) {
        export_report(from_wx(dialog.GetPath()));
    }
}

void MainFrame::export_report(const std::string& path) {
    if (!m_report) {
        return;
    }
    SetStatusText(_("Writing the report..."));
    const auto language = m_language;
    run_in_background<std::string>(
        this,
        [report = *m_report, path, language] {
            app::export_monitoring(report, path, language);
            return path;
        },
        [this](const std::string& written) {
            SetStatusText(wxString::Format(_("Wrote %s"), to_wx(written)));
        },
        [this](const std::string& error) {
            SetStatusText(_("The report was not written"));
            message_box(to_wx(error), _("The report was not written"), wxOK | wxICON_ERROR, this);
        });
}

void MainFrame::open_attendance() {
    const long row = m_projects->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0) {
        message_box(_("Choose a project first."), _("Attendance"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    try {
        auto* window = new AttendanceWindow(this, m_db->locator(),
                                            from_wx(m_projects->GetItemText(row, code)));
        window->on_saved = [this] { count_again(); };
        window->Show();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("Attendance"), wxOK | wxICON_ERROR, this);
    }
}

void MainFrame::open_activities() {
    const std::string project = selected_project();
    try {
        wxBusyCursor busy;
        auto* dialog =
            new ActivityEntryDialog(this, m_db->locator(), project, m_language, app::today());
        dialog->on_saved = [this] { count_again(); };
        dialog->Show();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("Individual activities"), wxOK | wxICON_ERROR, this);
    }
}

void MainFrame::open_events() {
    try {
        wxBusyCursor busy;
        auto* window = new EventListWindow(this, m_db->locator(), m_language);
        window->on_saved = [this] { count_again(); };
        window->Show();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("Events"), wxOK | wxICON_ERROR, this);
    }
}

void MainFrame::open_import() {
    auto* dialog = new ImportDialog(this, m_db->locator(), [this] {
        // What the import changed: the project list, and the shown project's figures
        // (selecting it counts them again: the list's selection handler).
        const std::string shown = selected_project();
        reload_projects();
        select_project(shown);
    });
    dialog->Show();
}

void MainFrame::open_reports() {
    const std::string project = selected_project();
    try {
        (new ReportsDialog(this, m_db->locator(), project, m_language))->Show();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("Reports"), wxOK | wxICON_ERROR, this);
    }
}

void MainFrame::open_paths() {
    try {
        wxBusyCursor busy;
        (new PathsWindow(this, m_db->locator(), m_language, app::today()))->Show();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("Competence paths"), wxOK | wxICON_ERROR, this);
    }
}

void MainFrame::open_people() {
    try {
        wxBusyCursor busy;
        auto* window = new PersonListWindow(this, m_db->locator(), m_language);
        window->on_saved = [this] { count_again(); };
        window->Show();
    } catch (const PolkuError& e) {
        message_box(to_wx(e.what()), _("People"), wxOK | wxICON_ERROR, this);
    }
}

void MainFrame::restore_last_view() {
    const wxString open_lists = wxConfigBase::Get()->Read("window/open_lists", wxString());
    if (open_lists.Contains("events,")) {
        open_events();
    }
    if (open_lists.Contains("people,")) {
        open_people();
    }
    if (open_lists.Contains("paths,")) {
        open_paths();
    }
}

}  // namespace polku::gui
