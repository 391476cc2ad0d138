#pragma once
// A project's dashboard: the monitoring report's own document on screen (title block,
// rules, the chart, every table), so what the manager sees is what the funder gets.

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/panel.h>

#include <functional>
#include <string>

#include "reports/document.hpp"

namespace polku::gui {

class ChartPanel;

class DashboardPanel : public wxPanel {
  public:
    explicit DashboardPanel(wxWindow* parent);

    // Replaces what is shown. `document` may be dropped afterwards: rows are copied.
    void show(const reports::Document& document);
    // A line of text instead of a document (loading…, or why there is nothing to show).
    void show_message(const wxString& message);
    // A line above the document, in the warning colour, with a button that does something
    // about it (the entries outside the project span, and the list to fix them from).
    void show_notice(const wxString& text, const wxString& action, std::function<void()> on_action);
    // The notice's button, or null when none is shown.
    wxButton* notice_button() const { return m_notice_button; }

    ChartPanel* chart() const { return m_chart; }
    // The table of a section ("targets", "summary"…), or null.
    wxListCtrl* table(const std::string& section_name) const;

  private:
    void clear();

    ChartPanel* m_chart = nullptr;
    wxButton* m_notice_button = nullptr;
    wxNotebook* m_tables = nullptr;
    std::vector<std::pair<std::string, wxListCtrl*>> m_lists;
};

}  // namespace polku::gui
