#include "gui/chart_panel.hpp"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include <array>
#include <memory>
#include <vector>

#include "gui/wx_text.hpp"
#include "reports/chart_layout.hpp"

namespace polku::gui {

namespace {

constexpr int kLegendHeight = 22;

const std::array<wxColour, 3> kSeriesColours{wxColour(110, 110, 110), wxColour(0, 76, 153),
                                             wxColour(200, 90, 0)};

wxPenStyle pen_style(reports::ChartSeries::Line line) {
    switch (line) {
        case reports::ChartSeries::Line::dashed:
            return wxPENSTYLE_SHORT_DASH;
        case reports::ChartSeries::Line::dotted:
            return wxPENSTYLE_DOT;
        case reports::ChartSeries::Line::solid:
            break;
    }
    return wxPENSTYLE_SOLID;
}

}  // namespace

ChartPanel::ChartPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(wxSize(360, 220));
    Bind(wxEVT_PAINT, &ChartPanel::on_paint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        Refresh();
        e.Skip();
    });
}

void ChartPanel::show(const std::optional<reports::Chart>& chart, reports::Language language) {
    m_chart = chart;
    m_language = language;
    Refresh();
}

void ChartPanel::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    if (!m_chart) {
        return;
    }
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) {
        return;
    }
    const wxSize size = GetClientSize();
    const auto layout =
        reports::layout_chart(*m_chart, size.x, std::max(size.y - kLegendHeight, 80), m_language);
    const wxFont font = GetFont();
    gc->SetFont(font, wxColour(60, 60, 60));

    gc->SetPen(wxPen(wxColour(225, 225, 225)));
    for (const auto& tick : layout.y_ticks) {
        gc->StrokeLine(layout.left, tick.position, layout.right, tick.position);
        double w = 0, h = 0;
        gc->GetTextExtent(to_wx(tick.label), &w, &h);
        gc->DrawText(to_wx(tick.label), layout.left - w - 4, tick.position - h / 2);
    }
    for (const auto& tick : layout.x_ticks) {
        double w = 0, h = 0;
        gc->GetTextExtent(to_wx(tick.label), &w, &h);
        gc->DrawText(to_wx(tick.label), tick.position - w / 2, layout.bottom + 4);
    }
    gc->SetPen(wxPen(wxColour(120, 120, 120)));
    gc->StrokeLine(layout.left, layout.bottom, layout.right, layout.bottom);
    gc->StrokeLine(layout.left, layout.top, layout.left, layout.bottom);

    double legend_x = layout.left;
    const double legend_y = size.y - kLegendHeight + 4;
    for (std::size_t s = 0; s < layout.series.size(); ++s) {
        const auto& series = layout.series[s];
        wxPen pen(kSeriesColours[s % kSeriesColours.size()], 2, pen_style(series.line));
        gc->SetPen(pen);
        std::vector<wxPoint2DDouble> points;
        for (const auto& p : series.points) {
            points.emplace_back(p.x, p.y);
        }
        if (points.size() >= 2) {
            gc->StrokeLines(points.size(), points.data());
        }
        gc->StrokeLine(legend_x, legend_y + 7, legend_x + 24, legend_y + 7);
        double w = 0, h = 0;
        gc->GetTextExtent(to_wx(series.label), &w, &h);
        gc->DrawText(to_wx(series.label), legend_x + 30, legend_y);
        legend_x += 30 + w + 24;
    }
}

}  // namespace polku::gui
