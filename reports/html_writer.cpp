#include "reports/html_writer.hpp"

#include <charconv>
#include <numeric>
#include <string_view>

#include "reports/cell_text.hpp"
#include "reports/chart_layout.hpp"
#include "reports/stop_check.hpp"

namespace polku::reports {

namespace {

// The chart's own units: the SVG scales to the page through its viewBox, so these only set
// the proportions and how large the 11-unit text is next to the lines.
constexpr double chart_width = 480;
constexpr double chart_height = 270;

// A portrait A4 page holds about nine columns of 8.5-point figures with their padding; a
// table with more (the ledger's 13) is printed on a landscape page. The width hints would
// mislead here: they are the longest text of a column, and text wraps.
constexpr std::size_t portrait_columns = 9;

// Everything the page needs, inline: a report is mailed and archived as one file. The print
// rules keep headings repeating on every page and rows whole; the screen rules keep it
// readable from a phone (tables scroll sideways on their own, not the page).
constexpr std::string_view stylesheet = R"(
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; padding: 1rem clamp(0.75rem, 3vw, 2rem); max-width: 64rem;
  font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif;
  font-size: clamp(0.9375rem, 0.875rem + 0.25vw, 1.0625rem); line-height: 1.45;
  color: #1a1a1a; background: #fff;
}
h1 { font-size: clamp(1.4rem, 1.1rem + 1.6vw, 2rem); line-height: 1.2; margin: 0 0 0.25rem; }
h2 { font-size: clamp(1.1rem, 1rem + 0.6vw, 1.35rem); margin: 1.75rem 0 0.5rem; }
.subtitle { font-size: 1.1em; margin: 0 0 0.25rem; }
.cofunding { font-weight: 600; margin: 0 0 0.5rem; }
dl.fields {
  display: grid; grid-template-columns: fit-content(50%) 1fr; gap: 0.15rem 1rem;
  margin: 0.75rem 0;
}
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
.rules { border: 1px solid #555; border-radius: 4px; padding: 0.5rem 1rem; margin: 1rem 0; }
.rules h2 { margin: 0.25rem 0 0.5rem; font-size: 1.05rem; }
figure.chart { margin: 1.5rem 0; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.25rem; }
svg.plot { display: block; width: 100%; max-width: 45rem; height: auto; }
svg.plot text { font-family: inherit; font-size: 11px; fill: #333; }
ul.legend { list-style: none; margin: 0.25rem 0 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: 0.25rem 1.5rem; }
ul.legend li { display: flex; align-items: center; gap: 0.5rem; }
svg.swatch { width: 2.25rem; height: 0.625rem; flex: none; }
.table-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0 0 1rem; }
table { border-collapse: collapse; font-size: 0.875em; }
section.wide table { min-width: 60rem; }
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: top;
  text-align: left; }
th { vertical-align: bottom; border-bottom: 2px solid #555; background: #f4f4f4; }
th.num { text-align: right; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.subtotal td { background: #f2f2f2; font-weight: 600; }
tr.total td { border-top: 3px double #333; border-bottom: none; font-weight: 700; }
table.signatures { width: 100%; }
table.signatures th, table.signatures td { border: 1px solid #333; }
table.signatures td { height: 3rem; vertical-align: middle; }
@media (max-width: 36rem) {
  dl.fields { grid-template-columns: 1fr; gap: 0; }
  dl.fields dd { margin-bottom: 0.4rem; }
}
@page { size: A4; margin: 15mm 12mm 18mm; }
@page wide { size: A4 landscape; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h1 { font-size: 16pt; }
  h2 { font-size: 12pt; break-after: avoid; page-break-after: avoid; }
  .table-scroll { overflow: visible; }
  table, section.wide table { font-size: 8.5pt; min-width: 0; }
  thead { display: table-header-group; }
  tr, .rules, figure.chart, dl.fields { break-inside: avoid; page-break-inside: avoid; }
  section.wide { page: wide; }
  svg.plot { max-width: 17cm; }
  th, tr.subtotal td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table.signatures td { height: 12mm; }
}
)";

// The five characters that mean something in markup, escaped, so every label and name reads
// as text to HTML and XML parsers alike. Control characters other than tab and line breaks
// are dropped: XML forbids them, and they are never meant to be seen.
void append_escaped(std::string& out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                    out += c;
                }
        }
    }
}

// An element holding text: <tag class="…">text</tag>.
void append_element(std::string& out, std::string_view tag, std::string_view text,
                    std::string_view css_class = {}) {
    out += '<';
    out += tag;
    if (!css_class.empty()) {
        out += " class=\"";
        out += css_class;
        out += '"';
    }
    out += '>';
    append_escaped(out, text);
    out += "</";
    out += tag;
    out += ">\n";
}

// A coordinate with one decimal, whatever the process locale: SVG wants a full stop.
void append_number(std::string& out, double value) {
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
    out.append(buffer, result.ptr);
}

// attribute="value" with a leading space, for coordinates.
void append_coordinate(std::string& out, std::string_view attribute, double value) {
    out += ' ';
    out += attribute;
    out += "=\"";
    append_number(out, value);
    out += '"';
}

const char* language_code(Language language) {
    return language == Language::fi ? "fi" : "en";
}

// Enough for the markup around the rows and rows of typical width, so a long ledger grows
// the buffer a few times at most rather than doubling through every size.
std::size_t estimated_size(const Document& document) {
    std::size_t size = 16384 + stylesheet.size();
    for (const auto& section : document.sections) {
        size += section.row_count.value_or(0) * (section.headings.size() * 20 + 16);
    }
    return size;
}

void write_head(std::string& out, const Document& document) {
    out += "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"";
    out += language_code(document.language);
    out += "\">\n<head>\n<meta charset=\"utf-8\"/>\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    std::string title = document.title;
    if (!document.subtitle.empty()) {
        title += " \u2013 " + document.subtitle;
    }
    append_element(out, "title", title);
    out += "<style>";
    out += stylesheet;
    out += "</style>\n</head>\n";
}

// Label and value pairs: the title block and the rules box.
void write_fields(std::string& out, const std::vector<Field>& fields, Language language) {
    if (fields.empty()) {
        return;
    }
    out += "<dl class=\"fields\">\n";
    for (const auto& field : fields) {
        append_element(out, "dt", field.label);
        append_element(out, "dd", cell_text(field.value, language));
    }
    out += "</dl>\n";
}

void write_title_block(std::string& out, const Document& document) {
    out += "<header>\n";
    append_element(out, "h1", document.title);
    if (!document.subtitle.empty()) {
        append_element(out, "p", document.subtitle, "subtitle");
    }
    if (!document.cofunding_line.empty()) {
        append_element(out, "p", document.cofunding_line, "cofunding");
    }
    write_fields(out, document.header, document.language);
    out += "</header>\n";
}

void write_rules(std::string& out, const Document& document) {
    if (document.rules_title.empty() && document.rules.empty()) {
        return;
    }
    out += "<section class=\"rules\">\n";
    append_element(out, "h2", document.rules_title);
    write_fields(out, document.rules, document.language);
    out += "</section>\n";
}

// Dash patterns tell the lines apart on a black-and-white printout; colours help on screen.
struct LineLook {
    const char* colour;
    const char* dashes;  // empty for a solid line
};

LineLook line_look(ChartSeries::Line line) {
    switch (line) {
        case ChartSeries::Line::dashed:
            return {"#555555", "7 4"};
        case ChartSeries::Line::dotted:
            return {"#b34700", "1.5 3.5"};
        case ChartSeries::Line::solid:
            break;
    }
    return {"#1f4e79", ""};
}

void append_stroke(std::string& out, ChartSeries::Line line, double width) {
    const LineLook look = line_look(line);
    out += " fill=\"none\" stroke=\"";
    out += look.colour;
    out += "\" stroke-width=\"";
    append_number(out, width);
    out += "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";
    if (*look.dashes != '\0') {
        out += " stroke-dasharray=\"";
        out += look.dashes;
        out += '"';
    }
}

void append_line(std::string& out, double x1, double y1, double x2, double y2,
                 std::string_view stroke) {
    out += "<line";
    append_coordinate(out, "x1", x1);
    append_coordinate(out, "y1", y1);
    append_coordinate(out, "x2", x2);
    append_coordinate(out, "y2", y2);
    out += " stroke=\"";
    out += stroke;
    out += "\" stroke-width=\"1\"/>\n";
}

// <text x y [text-anchor] [transform]>label</text>
void append_text(std::string& out, double x, double y, std::string_view anchor,
                 std::string_view label, std::string_view transform = {}) {
    out += "<text";
    append_coordinate(out, "x", x);
    append_coordinate(out, "y", y);
    out += " text-anchor=\"";
    out += anchor;
    out += '"';
    if (!transform.empty()) {
        out += " transform=\"";
        out += transform;
        out += '"';
    }
    out += '>';
    append_escaped(out, label);
    out += "</text>\n";
}

// Grid lines and labels at the y ticks, marks and labels at the x ticks, then the axes on top.
void write_axes(std::string& out, const ChartLayout& layout, const Chart& chart) {
    for (const auto& tick : layout.y_ticks) {
        append_line(out, layout.left, tick.position, layout.right, tick.position, "#dddddd");
        append_text(out, layout.left - 6, tick.position + 4, "end", tick.label);
    }
    for (const auto& tick : layout.x_ticks) {
        append_line(out, tick.position, layout.bottom, tick.position, layout.bottom + 4, "#333333");
        append_text(out, tick.position, layout.bottom + 16, "middle", tick.label);
    }
    append_line(out, layout.left, layout.top, layout.left, layout.bottom, "#333333");
    append_line(out, layout.left, layout.bottom, layout.right, layout.bottom, "#333333");
    // The y label runs up the left edge, outside the tick labels. Moved, then turned: the
    // simplest transform, which every SVG renderer draws.
    const double middle = (layout.top + layout.bottom) / 2;
    std::string turn = "translate(11 ";
    append_number(turn, middle);
    turn += ") rotate(-90)";
    append_text(out, 0, 0, "middle", chart.y_label, turn);
}

void write_series(std::string& out, const PlottedSeries& series) {
    out += "<polyline points=\"";
    bool first = true;
    for (const auto& point : series.points) {
        if (!first) {
            out += ' ';
        }
        first = false;
        append_number(out, point.x);
        out += ',';
        append_number(out, point.y);
    }
    out += '"';
    append_stroke(out, series.line, 2);
    out += "/>\n";
}

// The legend is HTML under the plot, not SVG text: it wraps on a narrow screen and keeps
// the page's font size however small the plot is drawn.
void write_legend(std::string& out, const ChartLayout& layout) {
    out += "<ul class=\"legend\">\n";
    for (const auto& series : layout.series) {
        out +=
            "<li><svg class=\"swatch\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 36 "
            "10\" aria-hidden=\"true\"><line x1=\"2\" y1=\"5\" x2=\"34\" y2=\"5\"";
        append_stroke(out, series.line, 2);
        out += "/></svg>";
        append_element(out, "span", series.label);
        out += "</li>\n";
    }
    out += "</ul>\n";
}

void write_chart(std::string& out, const Chart& chart, Language language) {
    const ChartLayout layout = layout_chart(chart, chart_width, chart_height, language);
    out += "<figure class=\"chart\">\n";
    append_element(out, "figcaption", chart.title);
    out += "<svg class=\"plot\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ";
    append_number(out, layout.width);
    out += ' ';
    append_number(out, layout.height);
    out += "\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"";
    append_escaped(out, chart.title);
    out += "\">\n";
    write_axes(out, layout, chart);
    for (const auto& series : layout.series) {
        write_series(out, series);
    }
    out += "</svg>\n";
    write_legend(out, layout);
    out += "</figure>\n";
}

// Column widths as shares of the table, from the section's hints in characters. Only a
// sign-in sheet needs them: its signature column is empty yet must be wide; elsewhere the
// browser sizes the columns from what they hold.
void write_columns(std::string& out, const Section& section) {
    const int total = std::accumulate(section.widths.begin(), section.widths.end(), 0);
    if (total <= 0 || section.widths.size() != section.headings.size()) {
        return;
    }
    out += "<colgroup>";
    for (const int width : section.widths) {
        out += "<col style=\"width: ";
        append_number(out, 100.0 * width / total);
        out += "%\"/>";
    }
    out += "</colgroup>\n";
}

// Numeric columns have their headings on the right, over their figures, as in the PDF: the
// first row says which columns are numeric (none when the section is empty).
void write_table_head(std::string& out, const Section& section,
                      const std::vector<Cell>* first_row) {
    out += "<thead><tr>";
    for (std::size_t c = 0; c < section.headings.size(); ++c) {
        const bool numeric = first_row && c < first_row->size() && is_numeric((*first_row)[c]);
        out += numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">";
        append_escaped(out, section.headings[c]);
        out += "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
}

const char* row_class(RowStyle style) {
    switch (style) {
        case RowStyle::subtotal:
            return " class=\"subtotal\"";
        case RowStyle::total:
            return " class=\"total\"";
        case RowStyle::normal:
            break;
    }
    return "";
}

void write_row(std::string& out, const std::vector<Cell>& cells, RowStyle style,
               Language language) {
    out += "<tr";
    out += row_class(style);
    out += '>';
    for (const auto& cell : cells) {
        out += is_numeric(cell) ? "<td class=\"num\">" : "<td>";
        append_escaped(out, cell_text(cell, language));
        out += "</td>";
    }
    out += "</tr>\n";
}

void write_section(std::string& out, const Section& section, Language language,
                   const std::stop_token& stop) {
    out += "<section class=\"report-section";
    if (section.headings.size() > portrait_columns) {
        out += " wide";
    }
    out += "\" data-section=\"";
    append_escaped(out, section.name);
    out += "\">\n";
    append_element(out, "h2", section.title);
    out += "<div class=\"table-scroll\">\n<table";
    if (section.signature_rows) {
        out += " class=\"signatures\"";
    }
    out += ">\n";
    if (section.signature_rows) {
        write_columns(out, section);
    }
    // Each row goes straight into the page as the section makes it: a ledger of a million
    // rows is never held as cells. The head waits for the first row to align its headings.
    bool head_written = false;
    if (section.for_each_row) {
        section.for_each_row([&](const std::vector<Cell>& cells, RowStyle style) {
            throw_if_stopped(stop);
            if (!head_written) {
                write_table_head(out, section, &cells);
                head_written = true;
            }
            write_row(out, cells, style, language);
        });
    }
    if (!head_written) {
        write_table_head(out, section, nullptr);
    }
    out += "</tbody>\n</table>\n</div>\n</section>\n";
}

}  // namespace

std::string write_html(const Document& document, std::stop_token stop) {
    throw_if_stopped(stop);
    std::string out;
    out.reserve(estimated_size(document));
    write_head(out, document);
    out += "<body>\n";
    write_title_block(out, document);
    write_rules(out, document);
    if (document.chart) {
        write_chart(out, *document.chart, document.language);
    }
    for (const auto& section : document.sections) {
        throw_if_stopped(stop);
        write_section(out, section, document.language, stop);
    }
    throw_if_stopped(stop);
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace polku::reports
