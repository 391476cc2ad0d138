#include "reports/chart_layout.hpp"

#include <algorithm>
#include <cstdint>

#include "reports/cell_text.hpp"

namespace polku::reports {

namespace {

// A round step (1, 2 or 5 × 10^k whole days, in hundredths) giving at most about 6 ticks.
std::int64_t y_step(std::int64_t max_hundredths) {
    std::int64_t step = 100;
    while (true) {
        for (std::int64_t m : {1, 2, 5}) {
            if (max_hundredths / (step * m) <= 5) {
                return step * m;
            }
        }
        step *= 10;
    }
}

std::string month_label(std::chrono::year_month ym, Language language) {
    const int y = static_cast<int>(ym.year());
    const unsigned m = static_cast<unsigned>(ym.month());
    if (language == Language::fi) {
        return std::to_string(m) + "/" + std::to_string(y);
    }
    return std::to_string(y) + "-" + (m < 10 ? "0" : "") + std::to_string(m);
}

}  // namespace

ChartLayout layout_chart(const Chart& chart, double width, double height, Language language,
                         double left_margin, double bottom_margin) {
    ChartLayout l;
    l.width = width;
    l.height = height;
    l.left = left_margin;
    l.top = 8;
    l.right = width - 12;
    l.bottom = height - bottom_margin;

    std::int64_t max_value = 100;
    for (const auto& s : chart.series) {
        for (const auto& p : s.points) {
            max_value = std::max(max_value, p.hundredths);
        }
    }
    const std::int64_t step = y_step(max_value);
    const std::int64_t top_value = (max_value + step - 1) / step * step;

    const int span_days = std::max(1, days_between(chart.from, chart.to));
    const auto x_of = [&](Date d) {
        const double t = static_cast<double>(days_between(chart.from, d)) / span_days;
        return l.left + std::clamp(t, 0.0, 1.0) * (l.right - l.left);
    };
    const auto y_of = [&](std::int64_t hundredths) {
        return l.bottom - static_cast<double>(hundredths) / static_cast<double>(top_value) *
                              (l.bottom - l.top);
    };

    for (std::int64_t v = 0; v <= top_value; v += step) {
        l.y_ticks.push_back({y_of(v), cell_text(Cell{v / 100}, language)});
    }

    // Ticks on month starts, every 1, 3, 6 or 12 months: at most about 8 of them.
    const int months = span_days / 30 + 1;
    int every = 1;
    for (int candidate : {1, 3, 6, 12, 24, 60}) {
        every = candidate;
        if (months / candidate <= 8) {
            break;
        }
    }
    auto ym = std::chrono::year_month(chart.from.year(), chart.from.month());
    if (chart.from.day() != std::chrono::day{1}) {
        ym += std::chrono::months{1};
    }
    while ((static_cast<unsigned>(ym.month()) - 1) % static_cast<unsigned>(every) != 0 &&
           every <= 12) {
        ym += std::chrono::months{1};
    }
    for (; Date(ym / 1) <= chart.to; ym += std::chrono::months{every}) {
        l.x_ticks.push_back({x_of(Date(ym / 1)), every >= 12
                                                     ? std::to_string(static_cast<int>(ym.year()))
                                                     : month_label(ym, language)});
    }

    for (const auto& s : chart.series) {
        PlottedSeries p{s.label, s.line, {}};
        for (const auto& point : s.points) {
            p.points.push_back({x_of(point.date), y_of(point.hundredths)});
        }
        l.series.push_back(std::move(p));
    }
    return l;
}

}  // namespace polku::reports
