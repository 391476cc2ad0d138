#pragma once
// A project's dashboard: the monitoring report's own document on screen (title block,
// rules, the chart, every table), so what the manager sees is what the funder gets.

#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/panel.h>

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

    ChartPanel* chart() const { return m_chart; }
    // The table of a section ("targets", "summary"…), or null.
    wxListCtrl* table(const std::string& section_name) const;

  private:
    void clear();

    ChartPanel* m_chart = nullptr;
    wxNotebook* m_tables = nullptr;
    std::vector<std::pair<std::string, wxListCtrl*>> m_lists;
};

}  // namespace polku::gui
