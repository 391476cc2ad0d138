#include "gui/paths_window.hpp"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/textdlg.h>

#include "app/paths_service.hpp"
#include "app/today.hpp"
#include "core/error.hpp"
#include "db/path_repository.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"
#include "reports/cell_text.hpp"

namespace polku::gui {

// One path's team × steps: the first columns name the person and their progress, then one
// column per step. Verdicts are judged once per path shown (a team is at most a few thousand
// people) and kept, so scrolling judges nothing.
class PathsGridTable : public wxGridTableBase {
  public:
    static constexpr int kFixedColumns = 3;  // name, employee id, progress

    void show(const reports::PathsReport* report, const reports::PathResult* path,
              reports::Language language) {
        m_report = report;
        m_path = path;
        m_language = language;
        m_statuses.clear();
        if (path) {
            for (const auto& assignment : path->assignments) {
                m_statuses.push_back(report->judge->judge(path->path.path, assignment));
            }
        }
    }

    const reports::PathResult* path() const { return m_path; }
    const AssignmentStatus& status(int row) const { return m_statuses.at(row); }

    int GetNumberRows() override { return static_cast<int>(m_statuses.size()); }
    int GetNumberCols() override {
        return m_path ? kFixedColumns + static_cast<int>(m_path->path.steps.size()) : 0;
    }

    wxString GetValue(int row, int col) override {
        const AssignmentStatus& s = m_statuses.at(row);
        const auto who = m_report->people.find(s.assignment.person);
        switch (col) {
            case 0:
                return who == m_report->people.end() ? wxString() : to_wx(full_name(who->second));
            case 1:
                return who == m_report->people.end() ? wxString() : to_wx(who->second.employee_id);
            case 2:
                return s.progress.percent_tenths
                           ? to_wx(reports::cell_text(reports::Tenths{*s.progress.percent_tenths},
                                                      m_language)) +
                                 " %"
                           : wxString("–");
            default: {
                const auto step = static_cast<std::size_t>(col - kFixedColumns);
                return to_wx(reports::step_cell_text(s.steps.at(step),
                                                     m_path->path.path.steps.at(step), m_language));
            }
        }
    }
    void SetValue(int, int, const wxString&) override {}  // read-only

    wxString GetColLabelValue(int col) override {
        switch (col) {
            case 0:
                return _("Name");
            case 1:
                return _("Employee ID");
            case 2:
                return _("Progress");
            default: {
                const auto step = static_cast<std::size_t>(col - kFixedColumns);
                const auto& labels = m_path->path.steps.at(step);
                // Number and name on two lines, so the columns can stay narrow.
                wxString text = wxString::Format("%d\n", labels.number) + to_wx(step_name(labels));
                if (!m_path->path.path.steps.at(step).mandatory) {
                    text += "\n" + wxString(_("(optional)"));
                }
                return text;
            }
        }
    }

    // Colour beside the words, never instead of them.
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) override {
        auto* attr = new wxGridCellAttr;
        attr->SetReadOnly();
        if (col < kFixedColumns) {
            return attr;
        }
        switch (m_statuses.at(row).steps.at(static_cast<std::size_t>(col - kFixedColumns)).state) {
            case StepState::done:
                attr->SetBackgroundColour(wxColour(0xd4, 0xed, 0xd4));
                break;
            case StepState::in_progress:
                attr->SetBackgroundColour(wxColour(0xff, 0xf1, 0xc1));
                break;
            case StepState::overdue:
                attr->SetBackgroundColour(wxColour(0xf6, 0xcc, 0xcc));
                attr->SetFont(wxFont(wxFontInfo().Bold()));
                break;
            case StepState::not_started:
                break;
        }
        return attr;
    }

  private:
    const reports::PathsReport* m_report = nullptr;
    const reports::PathResult* m_path = nullptr;
    reports::Language m_language = reports::Language::en;
    std::vector<AssignmentStatus> m_statuses;
};

PathsWindow::PathsWindow(wxWindow* parent, const std::string& locator, reports::Language language,
                         Date to)
    : wxFrame(parent, wxID_ANY, _("Competence paths"), wxDefaultPosition, wxSize(1100, 600)),
      m_db(db::Database::open(locator)),
      m_language(language),
      m_to(to) {
    m_supervisor_list = db::PathRepository(m_db).supervisors();

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(new wxStaticText(this, wxID_ANY, _("&Supervisor:")), 0,
             wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    m_supervisors = new wxChoice(this, wxID_ANY);
    for (const auto& [key, person] : m_supervisor_list) {
        m_supervisors->Append(to_wx(full_name(person) + " (" + person.employee_id + ")"));
    }
    top->Add(m_supervisors, 1, wxRIGHT, 12);
    top->Add(new wxStaticText(this, wxID_ANY, _("&Path:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
             4);
    m_paths = new wxChoice(this, wxID_ANY);
    top->Add(m_paths, 1, wxRIGHT, 12);
    m_sign_off = new wxButton(this, wxID_ANY, _("Sign &off step..."));
    m_sign_off->SetToolTip(_("Ctrl+K: the chosen supervisor signs off the selected step"));
    top->Add(m_sign_off, 0);
    sizer->Add(top, 0, wxEXPAND | wxALL, 8);
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    sizer->Add(m_summary, 0, wxLEFT | wxRIGHT, 8);

    m_grid = new wxGrid(this, wxID_ANY);
    m_table = new PathsGridTable;
    m_grid->SetTable(m_table, true, wxGrid::wxGridSelectCells);
    m_grid->HideRowLabels();
    m_grid->SetDefaultColSize(150);
    m_grid->EnableEditing(false);
    sizer->Add(m_grid, 1, wxEXPAND | wxALL, 8);
    m_message = new wxStaticText(this, wxID_ANY, wxString());
    sizer->Add(m_message, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(sizer);

    m_supervisors->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) { load_team(e.GetSelection()); });
    m_paths->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) { choose_path(e.GetSelection()); });
    m_sign_off->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { sign_off_selected(); });
    wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'K', m_sign_off->GetId()}};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { sign_off_selected(); }, m_sign_off->GetId());
    if (m_supervisor_list.empty()) {
        m_summary->SetLabel(
            _("No one has people reporting to them yet: supervisors come from "
              "the supervisor_id column of people.csv."));
    }
}

void PathsWindow::show_table(const reports::PathResult* path) {
    const int old_rows = m_table->GetNumberRows();
    const int old_columns = m_table->GetNumberCols();
    m_table->show(path ? &m_report : nullptr, path, m_language);
    // The grid learns a table's new shape from messages (setting the table again would
    // delete the one it owns).
    // Deleted: (position, count); appended: (count).
    const auto tell = [this](int id, int first, int second, int count) {
        if (count > 0) {
            wxGridTableMessage message(m_table, id, first, second);
            m_grid->ProcessTableMessage(message);
        }
    };
    const int rows = m_table->GetNumberRows();
    const int columns = m_table->GetNumberCols();
    m_grid->BeginBatch();
    tell(wxGRIDTABLE_NOTIFY_ROWS_DELETED, 0, old_rows, old_rows);
    tell(wxGRIDTABLE_NOTIFY_COLS_DELETED, 0, old_columns, old_columns);
    tell(wxGRIDTABLE_NOTIFY_COLS_APPENDED, columns, 0, columns);
    tell(wxGRIDTABLE_NOTIFY_ROWS_APPENDED, rows, 0, rows);
    m_grid->EndBatch();
}

bool PathsWindow::choose_supervisor(const std::string& employee_id) {
    for (std::size_t i = 0; i < m_supervisor_list.size(); ++i) {
        if (m_supervisor_list[i].second.employee_id == employee_id) {
            m_supervisors->SetSelection(static_cast<int>(i));
            load_team(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void PathsWindow::load_team(int supervisor_index) {
    if (supervisor_index < 0 || supervisor_index >= static_cast<int>(m_supervisor_list.size())) {
        return;
    }
    wxBusyCursor busy;
    show_table(nullptr);
    app::PathsRequest request;
    request.supervisor = m_supervisor_list[supervisor_index].second.employee_id;
    request.to = m_to;
    m_report = app::paths_report(m_db, request);
    m_paths->Clear();
    for (const auto& result : m_report.paths) {
        m_paths->Append(to_wx(result.path.path.name + " (" + result.path.project_code + " " +
                              result.path.path_id + ")"));
    }
    if (m_report.paths.empty()) {
        m_summary->SetLabel(_("No one in this team is on a path."));
        m_grid->ForceRefresh();
        return;
    }
    m_paths->SetSelection(0);
    choose_path(0);
}

void PathsWindow::choose_path(int index) {
    if (index < 0 || index >= static_cast<int>(m_report.paths.size())) {
        return;
    }
    show_table(&m_report.paths[static_cast<std::size_t>(index)]);
    m_grid->BeginBatch();
    m_grid->AutoSizeColumns(false);
    m_grid->SetColLabelSize(wxGRID_AUTOSIZE);
    m_grid->EndBatch();
    m_grid->ForceRefresh();
    std::size_t overdue = 0;
    for (int row = 0; row < m_table->GetNumberRows(); ++row) {
        for (const auto& step : m_table->status(row).steps) {
            overdue += step.state == StepState::overdue ? 1 : 0;
        }
    }
    m_summary->SetLabel(wxString::Format(_("%d people on the path, %d overdue steps, as of %s"),
                                         m_table->GetNumberRows(), static_cast<int>(overdue),
                                         to_wx(reports::cell_text(m_to, m_language))));
    Layout();
}

bool PathsWindow::sign_off(int row, int column, Date date, const std::string& note) {
    const reports::PathResult* path = m_table->path();
    if (!path || row < 0 || row >= m_table->GetNumberRows() ||
        column < PathsGridTable::kFixedColumns || column >= m_table->GetNumberCols()) {
        m_message->SetLabel(_("Choose a step of a person in the grid first."));
        return false;
    }
    const int supervisor = m_supervisors->GetSelection();
    const auto& status = m_table->status(row);
    const auto step = static_cast<std::size_t>(column - PathsGridTable::kFixedColumns);
    SignOff s{status.assignment.person, path->path.path.steps.at(step).key, date,
              m_supervisor_list.at(static_cast<std::size_t>(supervisor)).first, note};
    const auto name = [this](PersonKey key) {
        for (const auto& [k, person] : m_supervisor_list) {
            if (k == key) {
                return full_name(person);
            }
        }
        const auto it = m_report.people.find(key);
        return it == m_report.people.end() ? "person " + std::to_string(key)
                                           : full_name(it->second);
    };
    try {
        app::sign_off_step(m_db, s, name);
    } catch (const PolkuError& e) {
        m_message->SetLabel(to_wx(e.what()));
        return false;
    }
    const int path_index = m_paths->GetSelection();
    load_team(supervisor);
    m_paths->SetSelection(path_index);
    choose_path(path_index);
    m_grid->SetGridCursor(row, column);
    m_message->SetLabel(_("Signed off."));
    return true;
}

void PathsWindow::sign_off_selected() {
    const int row = m_grid->GetGridCursorRow();
    const int column = m_grid->GetGridCursorCol();
    if (column < PathsGridTable::kFixedColumns || row < 0) {
        m_message->SetLabel(_("Choose a step of a person in the grid first."));
        return;
    }
    wxTextEntryDialog dialog(this, _("A note for the record (optional):"), _("Sign off step"));
    label_cancel(dialog);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    sign_off(row, column, app::today(), from_wx(dialog.GetValue()));
}

}  // namespace polku::gui
