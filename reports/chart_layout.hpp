#pragma once
// Where a chart's axes, ticks and lines go, in the writer's units (points in PDF, pixels in
// SVG; y grows downwards). PDF and HTML draw the same layout, so they show the same chart.

#include <string>
#include <vector>

#include "reports/document.hpp"

namespace polku::reports {

struct ChartTick {
    double position = 0;  // x for the x axis, y for the y axis
    std::string label;
};

struct ChartPoint {
    double x = 0;
    double y = 0;
};

struct PlottedSeries {
    std::string label;
    ChartSeries::Line line = ChartSeries::Line::solid;
    std::vector<ChartPoint> points;
};

struct ChartLayout {
    double width = 0;
    double height = 0;
    // The plot area inside the axes.
    double left = 0, top = 0, right = 0, bottom = 0;
    std::vector<ChartTick> x_ticks;  // dates: years, quarters or months, as the span allows
    std::vector<ChartTick> y_ticks;  // round numbers of days from 0
    std::vector<PlottedSeries> series;
};

// `left_margin` and `bottom_margin` leave room for the tick labels.
ChartLayout layout_chart(const Chart& chart, double width, double height, Language language,
                         double left_margin = 56, double bottom_margin = 24);

}  // namespace polku::reports
