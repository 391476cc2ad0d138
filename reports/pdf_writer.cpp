#include "reports/pdf_writer.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numbers>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

#include "core/error.hpp"
#include "core/message.hpp"
#include "reports/atomic_file.hpp"
#include "reports/cell_text.hpp"
#include "reports/chart_layout.hpp"
#include "reports/stop_check.hpp"
#include "reports/translation.hpp"

namespace polku::reports {

namespace {

// ---------------------------------------------------------------------------------------
// Paper. Cairo's PDF units are points, so every length below is in points.

struct Paper {
    double width = 0;
    double height = 0;
    bool operator==(const Paper&) const = default;
};

constexpr Paper portrait{595.276, 841.89};  // A4
constexpr Paper landscape{841.89, 595.276};
constexpr double margin = 40;
// The footer lives in the bottom margin, so the body may run down to the margin.
constexpr double footer_offset = 10;

double content_width(Paper paper) {
    return paper.width - 2 * margin;
}

double content_bottom(Paper paper) {
    return paper.height - margin;
}

// ---------------------------------------------------------------------------------------
// Type and tone.

constexpr const char* font_family = "DejaVu Sans";

struct TextStyle {
    double size = 9;
    bool bold = false;
};

constexpr TextStyle cofunding_style{9, true};
constexpr TextStyle title_style{20, true};
constexpr TextStyle subtitle_style{12, false};
constexpr TextStyle body_style{9, false};
constexpr TextStyle box_title_style{10, true};
constexpr TextStyle heading_style{11, true};
constexpr double table_size = 8;
constexpr double smallest_table_size = 6.5;
constexpr TextStyle small_style{7.5, false};

constexpr double cell_padding = 3;
constexpr double signature_row_height = 28;
constexpr double section_space = 16;

void set_grey(cairo_t* cr, double level) {
    cairo_set_source_rgb(cr, level, level, level);
}

void line(cairo_t* cr, double x0, double y0, double x1, double y1, double width, double grey) {
    cairo_save(cr);
    set_grey(cr, grey);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y0);
    cairo_line_to(cr, x1, y1);
    cairo_stroke(cr);
    cairo_restore(cr);
}

void fill_rect(cairo_t* cr, double x, double y, double w, double h, double grey) {
    cairo_save(cr);
    set_grey(cr, grey);
    cairo_rectangle(cr, x, y, w, h);
    cairo_fill(cr);
    cairo_restore(cr);
}

void frame_rect(cairo_t* cr, double x, double y, double w, double h, double width, double grey) {
    cairo_save(cr);
    set_grey(cr, grey);
    cairo_set_line_width(cr, width);
    cairo_rectangle(cr, x, y, w, h);
    cairo_stroke(cr);
    cairo_restore(cr);
}

// ---------------------------------------------------------------------------------------
// Owning handles for the C libraries.

struct SurfaceRelease {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoRelease {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct GObjectRelease {
    void operator()(gpointer object) const { g_object_unref(object); }
};
struct FontRelease {
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};

using SurfaceHandle = std::unique_ptr<cairo_surface_t, SurfaceRelease>;
using CairoHandle = std::unique_ptr<cairo_t, CairoRelease>;
using ContextHandle = std::unique_ptr<PangoContext, GObjectRelease>;
using FontHandle = std::unique_ptr<PangoFontDescription, FontRelease>;
// Shared: a laid-out heading is drawn again on every page its table continues on.
using Layout = std::shared_ptr<PangoLayout>;

FontHandle font(TextStyle style) {
    FontHandle f(pango_font_description_new());
    pango_font_description_set_family(f.get(), font_family);
    pango_font_description_set_weight(f.get(),
                                      style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_size(f.get(),
                                    static_cast<gint>(std::lround(style.size * PANGO_SCALE)));
    return f;
}

double pango_to_points(int units) {
    return static_cast<double>(units) / PANGO_SCALE;
}

int points_to_pango(double points) {
    return static_cast<int>(std::lround(points * PANGO_SCALE));
}

double height_of(PangoLayout* layout) {
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    return pango_to_points(height);
}

double width_of(PangoLayout* layout) {
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    return pango_to_points(width);
}

void show(cairo_t* cr, PangoLayout* layout, double x, double y) {
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

// ---------------------------------------------------------------------------------------
// Text layout with pango: shaping (ä, ö, å), wrapping and ellipsizing.

enum class Fit {
    natural,    // one line as long as the text
    wrap,       // as many lines as the width needs (up to max_lines when given)
    ellipsize,  // one line, cut with … at the width
};

struct TextBox {
    double width = 0;  // 0 for natural
    Fit fit = Fit::natural;
    PangoAlignment align = PANGO_ALIGN_LEFT;
    int max_lines = 0;  // wrap only; 0 for no limit
};

class Typesetter {
  public:
    explicit Typesetter(cairo_t* cr) : m_context(pango_cairo_create_context(cr)) {
        // Points in, points out: pango's default of 96 dpi would make 9 pt text 12 pt tall.
        pango_cairo_context_set_resolution(m_context.get(), 72);
        // A PDF is scaled by its reader: metrics snapped to a device grid would only skew
        // the spacing.
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(m_context.get(), options);
        cairo_font_options_destroy(options);
        pango_context_set_round_glyph_positions(m_context.get(), FALSE);
    }

    Layout layout(const std::string& text, TextStyle style, TextBox box = {}) const {
        Layout l(pango_layout_new(m_context.get()), GObjectRelease{});
        const auto f = font(style);
        pango_layout_set_font_description(l.get(), f.get());
        if (box.width > 0) {
            pango_layout_set_width(l.get(), points_to_pango(box.width));
            pango_layout_set_alignment(l.get(), box.align);
        }
        if (box.fit == Fit::ellipsize) {
            pango_layout_set_single_paragraph_mode(l.get(), TRUE);
            pango_layout_set_ellipsize(l.get(), PANGO_ELLIPSIZE_END);
        } else if (box.fit == Fit::wrap) {
            pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
            if (box.max_lines > 0) {
                pango_layout_set_ellipsize(l.get(), PANGO_ELLIPSIZE_END);
                pango_layout_set_height(l.get(), -box.max_lines);
            }
        }
        pango_layout_set_text(l.get(), text.c_str(), static_cast<int>(text.size()));
        return l;
    }

    // The height of one line of text in `style`.
    double line_height(TextStyle style) const { return height_of(layout("Åg", style).get()); }

    // A character's width for turning width hints (in characters) into points: the wider
    // of an average letter and a digit, so a column sized for "2 028,00" holds it.
    double char_width(TextStyle style) const {
        const auto f = font(style);
        PangoFontMetrics* metrics = pango_context_get_metrics(m_context.get(), f.get(), nullptr);
        const int widest = std::max(pango_font_metrics_get_approximate_char_width(metrics),
                                    pango_font_metrics_get_approximate_digit_width(metrics));
        pango_font_metrics_unref(metrics);
        return pango_to_points(widest);
    }

  private:
    ContextHandle m_context;
};

// ---------------------------------------------------------------------------------------
// The front matter: blocks measured once, placed by the pagination, drawn once.

struct Block {
    double space_before = 0;
    double height = 0;
    std::function<void(cairo_t* cr, double x, double y)> draw;
};

Block text_block(const Typesetter& type, const std::string& text, TextStyle style, double width,
                 double grey, double space_before) {
    const Layout l = type.layout(text, style, {width, Fit::wrap});
    return {space_before, height_of(l.get()), [l, grey](cairo_t* cr, double x, double y) {
                set_grey(cr, grey);
                show(cr, l.get(), x, y);
            }};
}

// Labels on the left, values on the right; both wrap when long.
class FieldGrid {
  public:
    FieldGrid(const Typesetter& type, const std::vector<Field>& fields, Language language,
              double width) {
        constexpr double gap = 12;
        double widest = 0;
        for (const auto& field : fields) {
            widest = std::max(widest, width_of(type.layout(field.label, body_style).get()));
        }
        m_value_x = std::min(widest, width * 0.45) + gap;
        for (const auto& field : fields) {
            m_labels.push_back(type.layout(field.label, body_style, {m_value_x - gap, Fit::wrap}));
            m_values.push_back(type.layout(cell_text(field.value, language), body_style,
                                           {width - m_value_x, Fit::wrap}));
        }
    }

    double height() const {
        double h = 0;
        for (std::size_t i = 0; i < m_labels.size(); ++i) {
            h += row_height(i);
        }
        return h;
    }

    void draw(cairo_t* cr, double x, double y) const {
        for (std::size_t i = 0; i < m_labels.size(); ++i) {
            set_grey(cr, 0.35);
            show(cr, m_labels[i].get(), x, y);
            set_grey(cr, 0);
            show(cr, m_values[i].get(), x + m_value_x, y);
            y += row_height(i);
        }
    }

  private:
    double row_height(std::size_t i) const {
        constexpr double row_gap = 2.5;
        return std::max(height_of(m_labels[i].get()), height_of(m_values[i].get())) + row_gap;
    }

    double m_value_x = 0;
    std::vector<Layout> m_labels;
    std::vector<Layout> m_values;
};

Block fields_block(const Typesetter& type, const Document& document, double width) {
    auto grid = std::make_shared<FieldGrid>(type, document.header, document.language, width);
    return {10, grid->height(), [grid](cairo_t* cr, double x, double y) { grid->draw(cr, x, y); }};
}

Block rules_block(const Typesetter& type, const Document& document, double width) {
    constexpr double padding = 8;
    constexpr double title_gap = 5;
    const double inner = width - 2 * padding;
    const Layout title = type.layout(document.rules_title, box_title_style, {inner, Fit::wrap});
    const double title_height =
        document.rules_title.empty() ? 0 : height_of(title.get()) + title_gap;
    auto grid = std::make_shared<FieldGrid>(type, document.rules, document.language, inner);
    const double height = 2 * padding + title_height + grid->height();
    return {14, height, [=](cairo_t* cr, double x, double y) {
                fill_rect(cr, x, y, width, height, 0.965);
                frame_rect(cr, x, y, width, height, 0.6, 0.55);
                set_grey(cr, 0);
                show(cr, title.get(), x + padding, y + padding);
                grid->draw(cr, x + padding, y + padding + title_height);
            }};
}

// ---------------------------------------------------------------------------------------
// The chart: the layout chart_layout computes (shared with the HTML writer), drawn in points.

struct LineLook {
    double red, green, blue;
    double width;
    std::vector<double> dashes;  // none for a solid line
};

LineLook line_look(ChartSeries::Line kind) {
    switch (kind) {
        case ChartSeries::Line::dashed:
            return {0.45, 0.45, 0.45, 1.2, {6, 3}};
        case ChartSeries::Line::dotted:
            return {0.85, 0.42, 0.05, 1.4, {0.1, 2.6}};
        case ChartSeries::Line::solid:
            break;
    }
    return {0.05, 0.30, 0.60, 1.6, {}};
}

void stroke_in_look(cairo_t* cr, const LineLook& look) {
    cairo_save(cr);
    cairo_set_source_rgb(cr, look.red, look.green, look.blue);
    cairo_set_line_width(cr, look.width);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_dash(cr, look.dashes.data(), static_cast<int>(look.dashes.size()), 0);
    cairo_stroke(cr);
    cairo_restore(cr);
}

void draw_grid_and_axes(cairo_t* cr, const ChartLayout& l) {
    for (const auto& tick : l.y_ticks) {
        line(cr, l.left, tick.position, l.right, tick.position, 0.5, 0.85);
    }
    for (const auto& tick : l.x_ticks) {
        line(cr, tick.position, l.top, tick.position, l.bottom, 0.5, 0.9);
    }
    line(cr, l.left, l.top, l.left, l.bottom, 0.8, 0);
    line(cr, l.left, l.bottom, l.right, l.bottom, 0.8, 0);
}

void draw_tick_labels(cairo_t* cr, const Typesetter& type, const ChartLayout& l) {
    set_grey(cr, 0.2);
    const double half_line = type.line_height(small_style) / 2;
    for (const auto& tick : l.y_ticks) {
        const Layout label = type.layout(tick.label, small_style);
        show(cr, label.get(), l.left - 4 - width_of(label.get()), tick.position - half_line);
    }
    for (const auto& tick : l.x_ticks) {
        const Layout label = type.layout(tick.label, small_style);
        show(cr, label.get(), tick.position - width_of(label.get()) / 2, l.bottom + 3);
    }
}

// The y axis's name, turned to read upwards along the axis, left of the tick labels.
void draw_y_label(cairo_t* cr, const Typesetter& type, const ChartLayout& l,
                  const std::string& text) {
    const Layout label =
        type.layout(text, small_style, {l.bottom - l.top, Fit::ellipsize, PANGO_ALIGN_CENTER});
    cairo_save(cr);
    cairo_translate(cr, 0, l.bottom);
    cairo_rotate(cr, -std::numbers::pi / 2);
    set_grey(cr, 0.2);
    show(cr, label.get(), 0, 0);
    cairo_restore(cr);
}

void draw_series(cairo_t* cr, const ChartLayout& l) {
    for (const auto& series : l.series) {
        if (series.points.empty()) {
            continue;
        }
        cairo_move_to(cr, series.points.front().x, series.points.front().y);
        for (const auto& p : series.points) {
            cairo_line_to(cr, p.x, p.y);
        }
        stroke_in_look(cr, line_look(series.line));
    }
}

constexpr double legend_sample = 24;

double draw_legend(cairo_t* cr, const Typesetter& type, const ChartLayout& l, double x, double y) {
    const double line_height = type.line_height(small_style);
    for (const auto& series : l.series) {
        cairo_move_to(cr, x, y + line_height / 2);
        cairo_line_to(cr, x + legend_sample, y + line_height / 2);
        stroke_in_look(cr, line_look(series.line));
        const Layout label = type.layout(series.label, small_style);
        set_grey(cr, 0);
        show(cr, label.get(), x + legend_sample + 5, y);
        x += legend_sample + 5 + width_of(label.get()) + 16;
    }
    return line_height;
}

Block chart_block(const Typesetter& type, const Chart& chart, Language language, double width) {
    constexpr double plot_height = 210;
    constexpr double gap = 6;
    const Layout title = type.layout(chart.title, heading_style, {width, Fit::wrap});
    const double title_height = height_of(title.get()) + gap;
    const double legend_height = type.line_height(small_style);
    const auto plot =
        std::make_shared<ChartLayout>(layout_chart(chart, width, plot_height, language));
    const std::string y_label = chart.y_label;
    return {section_space, title_height + plot_height + gap + legend_height,
            [=, &type](cairo_t* cr, double x, double y) {
                set_grey(cr, 0);
                show(cr, title.get(), x, y);
                cairo_save(cr);
                cairo_translate(cr, x, y + title_height);
                draw_grid_and_axes(cr, *plot);
                draw_tick_labels(cr, type, *plot);
                draw_y_label(cr, type, *plot, y_label);
                draw_series(cr, *plot);
                draw_legend(cr, type, *plot, plot->left, plot_height + gap);
                cairo_restore(cr);
            }};
}

std::vector<Block> front_matter(const Typesetter& type, const Document& document) {
    const double width = content_width(portrait);
    std::vector<Block> blocks;
    if (!document.cofunding_line.empty()) {
        blocks.push_back(text_block(type, document.cofunding_line, cofunding_style, width, 0.1, 0));
        blocks.back().height += 6;
    }
    blocks.push_back(text_block(type, document.title, title_style, width, 0, 0));
    if (!document.subtitle.empty()) {
        blocks.push_back(text_block(type, document.subtitle, subtitle_style, width, 0.25, 3));
    }
    if (!document.header.empty()) {
        blocks.push_back(fields_block(type, document, width));
    }
    if (!document.rules.empty()) {
        blocks.push_back(rules_block(type, document, width));
    }
    if (document.chart) {
        blocks.push_back(chart_block(type, *document.chart, document.language, width));
    }
    return blocks;
}

// ---------------------------------------------------------------------------------------
// Tables: one line per row, so a table's pages follow from its row count alone.

struct TableStyles {
    TextStyle text{table_size, false};
    TextStyle bold{table_size, true};  // headings, subtotals and totals
};

struct TableShape {
    Paper paper = portrait;
    TableStyles styles;
    std::vector<double> columns;  // widths
    double heading_row_height = 0;
    double row_height = 0;
    double title_height = 0;  // the section title above the heading row, with its gap

    double width() const { return std::accumulate(columns.begin(), columns.end(), 0.0); }
    double head_height() const { return title_height + heading_row_height; }
};

// The longest word of a heading: the narrowest its column can be without breaking a word.
double longest_word(const std::string& heading, const Typesetter& type, TextStyle style) {
    double widest = 0;
    std::size_t begin = 0;
    while (begin < heading.size()) {
        const std::size_t end = std::min(heading.find(' ', begin), heading.size());
        const Layout word = type.layout(heading.substr(begin, end - begin), style);
        widest = std::max(widest, width_of(word.get()));
        begin = end + 1;
    }
    return widest;
}

// Widths from the hints (in characters) at `style`, wide enough for each heading's words.
std::vector<double> natural_columns(const Section& section, const Typesetter& type,
                                    TableStyles styles) {
    constexpr int default_width = 10;
    const double char_width = type.char_width(styles.text);
    std::vector<double> columns;
    for (std::size_t c = 0; c < section.headings.size(); ++c) {
        const int chars = c < section.widths.size() ? section.widths[c] : default_width;
        const double hinted = std::max(chars, 2) * char_width;
        columns.push_back(std::max(hinted, longest_word(section.headings[c], type, styles.bold)) +
                          2 * cell_padding);
    }
    return columns;
}

// A table too wide for portrait pages, even a tenth narrower, goes on landscape pages (the
// ledger's 13 columns). One still too wide gets smaller type (so dates and figures keep
// fitting their columns), down to a size still readable on paper; what remains is made up
// by narrowing the columns, where text is ellipsized.
TableShape shape_table(const Section& section, const Typesetter& type) {
    TableShape shape;
    shape.columns = natural_columns(section, type, shape.styles);
    const double natural = shape.width();
    if (natural > content_width(portrait) * 1.1) {
        shape.paper = landscape;
    }
    const double room = content_width(shape.paper);
    if (natural > room) {
        const double size = std::max(smallest_table_size, table_size * room / natural);
        shape.styles = {{size, false}, {size, true}};
        shape.columns = natural_columns(section, type, shape.styles);
        const double smaller = shape.width();
        for (auto& column : shape.columns) {
            column *= std::min(1.0, room / smaller);
        }
    }
    shape.row_height =
        section.signature_rows ? signature_row_height : type.line_height(shape.styles.text) + 4;
    return shape;
}

// What one section draws on paper besides its rows: titles and the heading row.
struct SectionLook {
    const Section* section = nullptr;
    std::size_t rows = 0;  // the section's row count, counted once when it does not say
    TableShape shape;
    Layout title;
    Layout continued_title;
    std::vector<Layout> headings;
};

SectionLook look_of(const Section& section, const Typesetter& type, Language language,
                    const std::stop_token& stop) {
    SectionLook look;
    look.section = &section;
    look.rows = row_count_of(section, stop);
    look.shape = shape_table(section, type);
    const double width = content_width(look.shape.paper);
    look.title = type.layout(section.title, heading_style, {width, Fit::ellipsize});
    look.continued_title = type.layout(section.title + " " + tr(language, N_("(continued)")),
                                       heading_style, {width, Fit::ellipsize});
    look.shape.title_height = height_of(look.title.get()) + 5;
    double tallest = 0;
    for (std::size_t c = 0; c < section.headings.size(); ++c) {
        const double inner = look.shape.columns[c] - 2 * cell_padding;
        look.headings.push_back(type.layout(section.headings[c], look.shape.styles.bold,
                                            {inner, Fit::wrap, PANGO_ALIGN_LEFT, 3}));
        tallest = std::max(tallest, height_of(look.headings.back().get()));
    }
    look.shape.heading_row_height =
        std::max(tallest, type.line_height(look.shape.styles.text)) + 2 * cell_padding;
    return look;
}

// ---------------------------------------------------------------------------------------
// Pagination: where every block and every run of table rows goes, decided before anything
// is drawn, so "page 1 of N" knows N.

struct TablePart {
    std::size_t page = 0;
    double top = 0;
    std::size_t first_row = 0;
    std::size_t row_count = 0;
    bool continued = false;
};

struct Placement {
    std::size_t page = 0;
    double top = 0;
};

struct Plan {
    std::vector<Paper> pages;
    std::vector<Placement> blocks;                 // one per front-matter block
    std::vector<std::vector<TablePart>> sections;  // the parts of each section, in order
};

class Paginator {
  public:
    Paginator() { new_page(portrait); }

    void place_block(const Block& block) {
        double space = at_page_top() ? 0 : block.space_before;
        if (room() < space + block.height && !at_page_top()) {
            new_page(paper());
            space = 0;
        }
        m_plan.blocks.push_back({current_page(), m_y + space});
        m_y += space + block.height;
    }

    void place_section(const SectionLook& look) {
        const TableShape& shape = look.shape;
        if (paper() != shape.paper) {
            new_page(shape.paper);
        }
        std::vector<TablePart> parts;
        std::size_t first = 0;
        const std::size_t total = look.rows;
        while (true) {
            double space = at_page_top() ? 0 : section_space;
            // A title and heading row alone at the foot of a page help no one.
            const std::size_t wanted = std::min<std::size_t>(total - first, 3);
            if (room() <
                    space + shape.head_height() + static_cast<double>(wanted) * shape.row_height &&
                !at_page_top()) {
                new_page(shape.paper);
                space = 0;
            }
            const double top = m_y + space;
            const double rows_top = top + shape.head_height();
            const auto fitting = static_cast<std::size_t>(
                std::max(1.0, std::floor((content_bottom(paper()) - rows_top) / shape.row_height)));
            const std::size_t count = std::min(total - first, fitting);
            parts.push_back({current_page(), top, first, count, first > 0});
            m_y = rows_top + static_cast<double>(count) * shape.row_height;
            first += count;
            if (first >= total) {
                break;
            }
            new_page(shape.paper);
        }
        m_plan.sections.push_back(std::move(parts));
    }

    Plan finish() && { return std::move(m_plan); }

  private:
    void new_page(Paper paper) {
        m_plan.pages.push_back(paper);
        m_y = margin;
    }
    Paper paper() const { return m_plan.pages.back(); }
    std::size_t current_page() const { return m_plan.pages.size() - 1; }
    bool at_page_top() const { return m_y == margin; }
    double room() const { return content_bottom(paper()) - m_y; }

    Plan m_plan;
    double m_y = margin;
};

Plan paginate(const std::vector<Block>& blocks, const std::vector<SectionLook>& looks) {
    Paginator paginator;
    for (const auto& block : blocks) {
        paginator.place_block(block);
    }
    for (const auto& look : looks) {
        paginator.place_section(look);
    }
    return std::move(paginator).finish();
}

// ---------------------------------------------------------------------------------------
// Drawing, page by page in the plan's order.

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string page_label(Language language, std::size_t page, std::size_t pages) {
    std::string text = tr(language, N_("Page {page} of {pages}"));
    text = replace_all(std::move(text), "{pages}", std::to_string(pages));
    return replace_all(std::move(text), "{page}", std::to_string(page));
}

// Moves through the pages: closing one draws its footer, opening one sets its size.
class Pages {
  public:
    Pages(cairo_surface_t* surface, cairo_t* cr, const Typesetter& type, const Plan& plan,
          const Document& document)
        : m_surface(surface),
          m_cr(cr),
          m_type(type),
          m_plan(plan),
          m_language(document.language),
          m_subtitle(document.subtitle) {}

    void go_to(std::size_t page) {
        while (m_page < page) {
            draw_footer();
            cairo_show_page(m_cr);
            ++m_page;
            // Must come before anything is drawn on the new page.
            cairo_pdf_surface_set_size(m_surface, m_plan.pages[m_page].width,
                                       m_plan.pages[m_page].height);
        }
    }

    // Draws the remaining pages' footers; cairo emits the last page when it finishes.
    void finish() {
        go_to(m_plan.pages.size() - 1);
        draw_footer();
    }

  private:
    void draw_footer() {
        const Paper paper = m_plan.pages[m_page];
        const double width = content_width(paper);
        const double y = paper.height - margin + footer_offset;
        line(m_cr, margin, y - 3, margin + width, y - 3, 0.4, 0.6);
        const Layout number =
            m_type.layout(page_label(m_language, m_page + 1, m_plan.pages.size()), small_style,
                          {width, Fit::ellipsize, PANGO_ALIGN_RIGHT});
        const Layout subtitle =
            m_type.layout(m_subtitle, small_style, {width * 0.7, Fit::ellipsize});
        set_grey(m_cr, 0.3);
        show(m_cr, subtitle.get(), margin, y);
        show(m_cr, number.get(), margin, y);
    }

    cairo_surface_t* m_surface;
    cairo_t* m_cr;
    const Typesetter& m_type;
    const Plan& m_plan;
    Language m_language;
    std::string m_subtitle;
    std::size_t m_page = 0;
};

// Cell text laid out once per column and look: ledger columns repeat (kinds, times,
// statuses, one person over many rows), and drawing a layout again skips the shaping,
// which is most of the work on a long table.
class CellLayouts {
  public:
    CellLayouts(const Typesetter& type, const TableShape& shape) : m_type(type), m_shape(shape) {
        m_columns.resize(shape.columns.size());
    }

    PangoLayout* get(std::size_t column, const std::string& text, bool bold, bool right) {
        // A bounded memory: a column of names or dates would otherwise keep every one.
        constexpr std::size_t most_kept = 256;
        auto& kept = m_columns[column];
        const std::string key = std::string(1, static_cast<char>('0' + 2 * bold + right)) + text;
        if (const auto found = kept.find(key); found != kept.end()) {
            return found->second.get();
        }
        if (kept.size() >= most_kept) {
            kept.clear();
        }
        const TextBox box{m_shape.columns[column] - 2 * cell_padding, Fit::ellipsize,
                          right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT};
        const TextStyle style = bold ? m_shape.styles.bold : m_shape.styles.text;
        return kept.emplace(key, m_type.layout(text, style, box)).first->second.get();
    }

  private:
    const Typesetter& m_type;
    const TableShape& m_shape;
    std::vector<std::unordered_map<std::string, Layout>> m_columns;
};

// Draws one section's rows as for_each_row gives them, one laid-out line per cell.
class TablePainter {
  public:
    TablePainter(cairo_t* cr, const Typesetter& type, const SectionLook& look, Language language)
        : m_cr(cr),
          m_look(look),
          m_language(language),
          m_text_offset((look.shape.row_height - type.line_height(look.shape.styles.text)) / 2),
          m_cells(type, look.shape) {}

    // Numeric columns have their headings on the right, over their figures.
    void align_headings_with(const std::vector<Cell>& first_row) {
        for (std::size_t c = 0; c < m_look.headings.size() && c < first_row.size(); ++c) {
            if (is_numeric(first_row[c])) {
                pango_layout_set_alignment(m_look.headings[c].get(), PANGO_ALIGN_RIGHT);
            }
        }
    }

    void draw_head(const TablePart& part) {
        const double x = margin;
        const Layout& title = part.continued ? m_look.continued_title : m_look.title;
        set_grey(m_cr, 0);
        show(m_cr, title.get(), x, part.top);
        const double y = part.top + m_look.shape.title_height;
        const double height = m_look.shape.heading_row_height;
        fill_rect(m_cr, x, y, m_look.shape.width(), height, 0.86);
        double cell_x = x;
        for (std::size_t c = 0; c < m_look.headings.size(); ++c) {
            if (m_look.section->signature_rows) {
                frame_rect(m_cr, cell_x, y, m_look.shape.columns[c], height, 0.5, 0.35);
            }
            set_grey(m_cr, 0);
            show(m_cr, m_look.headings[c].get(), cell_x + cell_padding, y + cell_padding);
            cell_x += m_look.shape.columns[c];
        }
        line(m_cr, x, y + height, x + m_look.shape.width(), y + height, 0.8, 0.3);
    }

    void draw_row(const std::vector<Cell>& cells, RowStyle style, double y) {
        const double x = margin;
        draw_row_background(style, x, y);
        double cell_x = x;
        for (std::size_t c = 0; c < m_look.shape.columns.size(); ++c) {
            if (m_look.section->signature_rows) {
                frame_rect(m_cr, cell_x, y, m_look.shape.columns[c], m_look.shape.row_height, 0.5,
                           0.35);
            }
            if (c < cells.size()) {
                draw_cell(c, cells[c], style, cell_x, y);
            }
            cell_x += m_look.shape.columns[c];
        }
    }

  private:
    void draw_row_background(RowStyle style, double x, double y) {
        const double width = m_look.shape.width();
        const double height = m_look.shape.row_height;
        if (style == RowStyle::subtotal) {
            fill_rect(m_cr, x, y, width, height, 0.94);
        }
        if (style == RowStyle::total) {
            line(m_cr, x, y, x + width, y, 0.9, 0);
        } else if (!m_look.section->signature_rows) {
            line(m_cr, x, y + height, x + width, y + height, 0.3, 0.82);
        }
    }

    void draw_cell(std::size_t column, const Cell& cell, RowStyle style, double x, double y) {
        const std::string text = cell_text(cell, m_language);
        if (text.empty()) {
            return;
        }
        PangoLayout* layout =
            m_cells.get(column, text, style != RowStyle::normal, is_numeric(cell));
        set_grey(m_cr, 0);
        show(m_cr, layout, x + cell_padding, y + m_text_offset);
    }

    cairo_t* m_cr;
    const SectionLook& m_look;
    Language m_language;
    double m_text_offset;
    CellLayouts m_cells;
};

// A section drew other rows than it was laid out for. A section that says its row count has
// a bug; one counted by going through its rows (the ledger, read from the database twice)
// saw the data change in between: someone saved meanwhile, and writing again will do.
[[noreturn]] void rows_changed(const Section& section, const char* more_or_fewer) {
    if (!section.row_count) {
        throw InputError(
            translate(N_("the rows changed while the PDF was written (someone saved meanwhile); "
                         "nothing was written: write it again")));
    }
    throw std::logic_error("section " + section.name + " gave " + more_or_fewer +
                           " rows than its row_count");
}

// Streams the section's rows once, turning pages where the plan says its parts begin.
void draw_section(Pages& pages, cairo_t* cr, const Typesetter& type, const SectionLook& look,
                  const std::vector<TablePart>& parts, Language language,
                  const std::stop_token& stop) {
    TablePainter painter(cr, type, look, language);
    std::size_t row = 0;
    std::size_t part = 0;
    const auto open_part = [&](std::size_t index) {
        pages.go_to(parts[index].page);
        painter.draw_head(parts[index]);
    };
    look.section->for_each_row([&](const std::vector<Cell>& cells, RowStyle style) {
        throw_if_stopped(stop);
        if (row == 0) {
            painter.align_headings_with(cells);
            open_part(0);
        }
        while (part < parts.size() && row >= parts[part].first_row + parts[part].row_count) {
            ++part;
            if (part < parts.size()) {
                open_part(part);
            }
        }
        if (part == parts.size()) {
            rows_changed(*look.section, "more");
        }
        const TablePart& p = parts[part];
        const double y = p.top + look.shape.head_height() +
                         static_cast<double>(row - p.first_row) * look.shape.row_height;
        painter.draw_row(cells, style, y);
        ++row;
    });
    if (row == 0) {
        open_part(0);  // an empty table still shows its headings
    }
    if (row != look.rows) {
        rows_changed(*look.section, "fewer");
    }
}

[[noreturn]] void fail(const std::string& path, cairo_status_t status) {
    throw InputError(path + ": cannot write the PDF: " + cairo_status_to_string(status),
                     Place{path, 0, {}});
}

void check(const std::string& path, cairo_status_t status) {
    if (status != CAIRO_STATUS_SUCCESS) {
        fail(path, status);
    }
}

void draw_document(cairo_surface_t* surface, cairo_t* cr, const Document& document,
                   const std::stop_token& stop) {
    const Typesetter type(cr);
    const auto blocks = front_matter(type, document);
    std::vector<SectionLook> looks;
    for (const auto& section : document.sections) {
        looks.push_back(look_of(section, type, document.language, stop));
    }
    const Plan plan = paginate(blocks, looks);

    Pages pages(surface, cr, type, plan, document);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        pages.go_to(plan.blocks[b].page);
        blocks[b].draw(cr, margin, plan.blocks[b].top);
    }
    for (std::size_t s = 0; s < looks.size(); ++s) {
        throw_if_stopped(stop);
        draw_section(pages, cr, type, looks[s], plan.sections[s], document.language, stop);
    }
    throw_if_stopped(stop);
    pages.finish();
}

}  // namespace

void write_pdf(const Document& document, const std::string& path, std::stop_token stop) {
    throw_if_stopped(stop);
    AtomicFile file(path);
    SurfaceHandle surface(
        cairo_pdf_surface_create(file.temp_path().c_str(), portrait.width, portrait.height));
    check(path, cairo_surface_status(surface.get()));
    const std::string title =
        document.subtitle.empty() ? document.title : document.title + " – " + document.subtitle;
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Polku");
    {
        CairoHandle cr(cairo_create(surface.get()));
        draw_document(surface.get(), cr.get(), document, stop);
        check(path, cairo_status(cr.get()));
    }
    cairo_surface_finish(surface.get());
    check(path, cairo_surface_status(surface.get()));
    surface.reset();
    throw_if_stopped(stop);
    file.commit();
}

}  // namespace polku::reports
