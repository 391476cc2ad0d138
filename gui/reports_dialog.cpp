#include "gui/reports_dialog.hpp"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>

#include <algorithm>
#include <optional>

#include "core/cancellation.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "db/project_repository.hpp"
#include "gui/background_task.hpp"
#include "gui/database_error.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/panel_dialog.hpp"
#include "gui/wx_text.hpp"

namespace polku::gui {

// What a worker's report came to, carried back to the UI thread whole.
struct ReportOutcome {
    std::string written;  // the file, when it was
    std::string refused;  // a person, project or date not found; the file not writable
    std::string database_error;
    bool cancelled = false;
};

namespace {

const wxColour kErrorColour(176, 0, 0);

app::ReportKind kind_of(int report) {
    switch (report) {
        case ReportsDialog::ledger:
            return app::ReportKind::ledger;
        case ReportsDialog::transcript:
            return app::ReportKind::transcript;
        case ReportsDialog::paths_project:
        case ReportsDialog::paths_team:
            return app::ReportKind::paths;
        default:
            return app::ReportKind::monitoring;
    }
}

wxString format_label(std::string_view format) {
    if (format == "pdf") {
        return _("PDF document");
    }
    if (format == "xlsx") {
        return _("Excel workbook (XLSX)");
    }
    if (format == "html") {
        return _("Web page (HTML)");
    }
    if (format == "json") {
        return _("JSON");
    }
    return _("CSV for spreadsheets");
}

std::optional<Date> date_field(const wxTextCtrl* field, const wxString& name) {
    const std::string text = from_wx(field->GetValue());
    if (text.find_first_not_of(' ') == std::string::npos) {
        return std::nullopt;
    }
    if (auto date = parse_date(text)) {
        return date;
    }
    throw InputError(from_wx(wxString::Format(
        _("%s: %s is not a date; write 15.3.2024 or 2024-03-15"), name, field->GetValue())));
}

ReportOutcome run_report(const std::string& locator, const app::ReportFileRequest& request,
                         const std::string& path, std::stop_token stop) {
    ReportOutcome outcome;
    try {
        // A worker has its own connection (SOCI sessions are not shared between threads).
        auto db = db::Database::open(locator);
        app::write_report_file(db, request, path, std::move(stop));
        outcome.written = path;
    } catch (const Cancelled&) {
        outcome.cancelled = true;
    } catch (const DatabaseError& e) {
        outcome.database_error = e.what();
    } catch (const PolkuError& e) {
        outcome.refused = e.what();
    }
    return outcome;
}

}  // namespace

ReportsDialog::ReportsDialog(wxWindow* parent, const std::string& locator,
                             const std::string& project, reports::Language language)
    : wxDialog(parent, wxID_ANY, _("Reports"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_locator(locator),
      m_timer(this) {
    show_error = [this](const wxString& title, const wxString& text) {
        message_box(text, title, wxOK | wxICON_ERROR, this);
    };
    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, wxSize(8, 6));
    grid->AddGrowableCol(1);
    const auto row = [&](const wxString& label, wxWindow* control) {
        auto* text = new wxStaticText(panel, wxID_ANY, label);
        grid->Add(text, 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 0, wxEXPAND);
        return text;
    };
    m_report = new wxChoice(panel, wxID_ANY);
    m_report->Append(_("Monitoring report"));
    m_report->Append(_("Ledger (every counted entry)"));
    m_report->Append(_("Transcript of one person"));
    m_report->Append(_("Competence paths of a project"));
    m_report->Append(_("Competence paths of a supervisor's team"));
    m_report->SetSelection(monitoring);
    row(_("&Report:"), m_report);
    m_project = new wxChoice(panel, wxID_ANY);
    {
        auto db = db::Database::open(locator);
        for (const auto& p : db::ProjectRepository(db).list()) {
            m_projects.push_back(p.code);
            m_project->Append(to_wx(p.code + " " + p.name));
        }
    }
    const auto chosen = std::find(m_projects.begin(), m_projects.end(), project);
    if (!m_projects.empty()) {
        m_project->SetSelection(
            chosen == m_projects.end() ? 0 : static_cast<int>(chosen - m_projects.begin()));
    }
    row(_("&Project:"), m_project);
    m_person = new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(160, -1));
    m_person_label = row(_("&Employee id:"), m_person);
    m_from = new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(160, -1));
    m_from->SetHint(_("the project's start"));
    row(_("&From:"), m_from);
    m_to = new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(160, -1));
    m_to->SetHint(_("the project's end"));
    row(_("&To:"), m_to);
    m_language = new wxChoice(panel, wxID_ANY);
    m_language->Append("suomi");
    m_language->Append("English");
    m_language->SetSelection(language == reports::Language::fi ? 0 : 1);
    row(_("&Language:"), m_language);
    m_format = new wxChoice(panel, wxID_ANY);
    row(_("F&ormat:"), m_format);
    sizer->Add(grid, 0, wxEXPAND | wxALL, 8);

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    m_save = labelled_button(panel, wxID_SAVEAS, _("&Save as..."));
    m_cancel = new wxButton(panel, wxID_ANY, _("Ca&ncel"));
    actions->Add(m_save, 0, wxRIGHT, 6);
    actions->Add(m_cancel, 0, wxRIGHT, 12);
    m_gauge = new wxGauge(panel, wxID_ANY, 100);
    actions->Add(m_gauge, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(actions, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    m_summary = new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(520, -1));
    sizer->Add(m_summary, 0, wxEXPAND | wxALL, 8);
    auto* close = finish_panel_dialog(*this, panel, sizer);
    m_save->SetDefault();

    m_report->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_fields(); });
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_as(); });
    m_cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancel(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        cancel();
        Destroy();
    });
    // The writing tells no fraction done: the gauge shows that it goes on.
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { m_gauge->Pulse(); });
    update_fields();
    m_report->SetFocus();
}

ReportsDialog::~ReportsDialog() {
    m_stop.request_stop();
    m_timer.Stop();
}

void ReportsDialog::choose_report(Report report) {
    m_report->SetSelection(report);
    update_fields();
}

bool ReportsDialog::choose_format(const std::string& format) {
    const auto at = std::find(m_formats.begin(), m_formats.end(), format);
    if (at == m_formats.end()) {
        return false;
    }
    m_format->SetSelection(static_cast<int>(at - m_formats.begin()));
    return true;
}

void ReportsDialog::update_fields() {
    const int report = m_report->GetSelection();
    const std::string format = m_format->GetSelection() >= 0
                                   ? m_formats[static_cast<std::size_t>(m_format->GetSelection())]
                                   : std::string("pdf");
    m_formats.clear();
    m_format->Clear();
    for (const auto f : app::report_formats(kind_of(report))) {
        m_formats.emplace_back(f);
        m_format->Append(format_label(f));
    }
    if (!choose_format(format)) {
        m_format->SetSelection(0);
    }
    m_person_label->SetLabel(report == paths_team ? _("S&upervisor's employee id:")
                                                  : _("&Employee id:"));
    update_controls();
    Layout();
}

void ReportsDialog::update_controls() {
    const int report = m_report->GetSelection();
    const bool by_person = report == transcript || report == paths_team;
    m_report->Enable(!m_busy);
    m_project->Enable(!m_busy && !by_person);
    m_person->Enable(!m_busy && by_person);
    m_from->Enable(!m_busy && report != paths_project && report != paths_team);
    m_to->Enable(!m_busy);
    m_language->Enable(!m_busy);
    m_format->Enable(!m_busy);
    m_save->Enable(!m_busy);
    m_cancel->Enable(m_busy);
}

app::ReportFileRequest ReportsDialog::request() const {
    app::ReportFileRequest r;
    const int report = m_report->GetSelection();
    r.kind = kind_of(report);
    const bool by_person = report == transcript || report == paths_team;
    if (!by_person && m_project->GetSelection() >= 0) {
        r.project = m_projects[static_cast<std::size_t>(m_project->GetSelection())];
    }
    const std::string person = from_wx(m_person->GetValue().Strip(wxString::both));
    if (report == transcript) {
        r.person = person;
    } else if (report == paths_team) {
        r.supervisor = person;
    }
    if (report != paths_project && report != paths_team) {
        r.from = date_field(m_from, _("From"));
    }
    r.to = date_field(m_to, _("To"));
    r.format = m_formats[static_cast<std::size_t>(std::max(m_format->GetSelection(), 0))];
    r.language = m_language->GetSelection() == 0 ? reports::Language::fi : reports::Language::en;
    return r;
}

wxString ReportsDialog::default_file_name() const {
    const int report = m_report->GetSelection();
    const bool by_person = report == transcript || report == paths_team;
    const int project = m_project->GetSelection();
    std::string who = by_person      ? from_wx(m_person->GetValue().Strip(wxString::both))
                      : project >= 0 ? m_projects[static_cast<std::size_t>(project)]
                                     : std::string();
    // A name a file system takes: an employee id may hold a slash.
    std::replace_if(
        who.begin(), who.end(), [](char c) { return c == '/' || c == '\\'; }, '-');
    static const char* const kNames[] = {"monitoring", "ledger", "transcript", "paths",
                                         "team-paths"};
    const std::string format =
        m_formats[static_cast<std::size_t>(std::max(m_format->GetSelection(), 0))];
    return to_wx((who.empty() ? std::string() : who + "-") + kNames[report] + "." + format);
}

void ReportsDialog::save_as() {
    try {
        request();
    } catch (const PolkuError& e) {
        say(to_wx(e.what()), true);
        return;
    }
    const wxString name = default_file_name();
    const wxString extension = name.AfterLast('.');
    wxFileDialog dialog(
        this, _("Save the report"), wxEmptyString, name,
        wxString::Format(_("%s files (*.%s)|*.%s"), extension.Upper(), extension, extension),
        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) {
        wxString path = dialog.GetPath();
        if (!path.Lower().EndsWith("." + extension)) {
            path += "." + extension;
        }
        write_to(from_wx(path));
    }
}

void ReportsDialog::write_to(const std::string& path) {
    if (m_busy) {
        return;
    }
    app::ReportFileRequest r;
    try {
        r = request();
    } catch (const PolkuError& e) {
        say(to_wx(e.what()), true);
        return;
    }
    m_busy = true;
    m_stop = std::stop_source();
    m_gauge->SetValue(0);
    m_timer.Start(100);
    say(_("Writing the report..."), false);
    update_controls();
    m_cancel->SetFocus();
    run_in_background<ReportOutcome>(
        this,
        [locator = m_locator, r, path, stop = m_stop.get_token()] {
            return run_report(locator, r, path, stop);
        },
        [this](ReportOutcome outcome) { finish(std::move(outcome)); },
        [this](const std::string& error) {
            ReportOutcome outcome;
            outcome.refused = error;
            finish(std::move(outcome));
        });
}

void ReportsDialog::cancel() {
    if (m_busy) {
        m_stop.request_stop();
        say(_("Cancelling..."), false);
    }
}

void ReportsDialog::finish(ReportOutcome outcome) {
    m_busy = false;
    m_timer.Stop();
    m_gauge->SetValue(outcome.written.empty() ? 0 : 100);
    if (outcome.cancelled) {
        say(_("Cancelled: no file was written."), false);
    } else if (!outcome.database_error.empty()) {
        say(_("The database did not answer: no file was written."), true);
        show_error(_("The report was not written"), database_error_text(outcome.database_error));
    } else if (!outcome.refused.empty()) {
        say(wxString::Format(_("The report was not written: %s"), to_wx(outcome.refused)), true);
    } else {
        say(wxString::Format(_("Wrote %s"), to_wx(outcome.written)), false);
    }
    update_controls();
    m_save->SetFocus();
}

void ReportsDialog::say(const wxString& text, bool problem) {
    m_summary->SetForegroundColour(problem ? kErrorColour : wxNullColour);
    m_summary->SetLabel(text);
    m_summary->Wrap(GetClientSize().x - 20);
    Layout();
}

}  // namespace polku::gui
