#pragma once
// Report › Reports: one of the reports `polku-cli report` writes — monitoring, ledger, a
// person's transcript, the competence paths of a project or a supervisor's team — for a
// project and period, in Finnish or English, as PDF, XLSX, HTML, JSON (or CSV for the
// one-table reports), to a file chosen in a save dialog. Written on a worker with its own
// database connection, with a gauge and Cancel; a cancelled report leaves no file.

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "app/report_export.hpp"
#include "reports/language.hpp"

namespace polku::gui {

struct ReportOutcome;

class ReportsDialog : public wxDialog {
  public:
    // The report choice's entries, in order.
    enum Report { monitoring, ledger, transcript, paths_project, paths_team, report_count };

    // Reads the projects of `locator` (`project` chosen first). Throws DatabaseError.
    ReportsDialog(wxWindow* parent, const std::string& locator, const std::string& project,
                  reports::Language language);
    ~ReportsDialog() override;

    void choose_report(Report report);
    // Chooses a format by its name ("pdf"); false when the chosen report has not that format.
    bool choose_format(const std::string& format);
    // The request the fields say. Throws InputError for a date that is not one.
    app::ReportFileRequest request() const;
    // The save dialog's suggestion: S10873-monitoring.pdf, E100-transcript.xlsx, …
    wxString default_file_name() const;
    // Asks where to save, then writes there.
    void save_as();
    // Writes the report to `path` on a worker.
    void write_to(const std::string& path);
    // Stops the writing: no file is left.
    void cancel();
    bool busy() const { return m_busy; }

    // Called with a title and a text when the database fails; a message box by default.
    std::function<void(const wxString& title, const wxString& text)> show_error;

    wxChoice* report_choice() const { return m_report; }
    wxChoice* project_choice() const { return m_project; }
    wxTextCtrl* person_field() const { return m_person; }
    wxTextCtrl* from_field() const { return m_from; }
    wxTextCtrl* to_field() const { return m_to; }
    wxChoice* language_choice() const { return m_language; }
    wxChoice* format_choice() const { return m_format; }
    wxButton* save_button() const { return m_save; }
    wxButton* cancel_button() const { return m_cancel; }
    wxString summary() const { return m_summary->GetLabel(); }

  private:
    void update_fields();
    void update_controls();
    void finish(ReportOutcome outcome);
    void say(const wxString& text, bool problem);

    std::string m_locator;
    std::vector<std::string> m_projects;  // parallel to m_project
    std::vector<std::string> m_formats;   // parallel to m_format
    bool m_busy = false;
    std::stop_source m_stop;
    wxTimer m_timer;

    wxChoice* m_report = nullptr;
    wxChoice* m_project = nullptr;
    wxStaticText* m_person_label = nullptr;
    wxTextCtrl* m_person = nullptr;
    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxChoice* m_language = nullptr;
    wxChoice* m_format = nullptr;
    wxButton* m_save = nullptr;
    wxButton* m_cancel = nullptr;
    wxGauge* m_gauge = nullptr;
    wxStaticText* m_summary = nullptr;
};

}  // namespace polku::gui
