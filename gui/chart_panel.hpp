#pragma once
// The cumulative person-training-day chart on screen: the same layout (reports/
// chart_layout) the PDF and HTML reports draw, painted with wxGraphicsContext.

#include <wx/panel.h>

#include <optional>

#include "reports/document.hpp"

namespace polku::gui {

class ChartPanel : public wxPanel {
  public:
    explicit ChartPanel(wxWindow* parent);

    void show(const std::optional<reports::Chart>& chart, reports::Language language);
    const std::optional<reports::Chart>& chart() const { return m_chart; }

  private:
    void on_paint(wxPaintEvent&);

    std::optional<reports::Chart> m_chart;
    reports::Language m_language = reports::Language::en;
};

}  // namespace polku::gui
