#include "reports/xlsx_writer.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "reports/atomic_file.hpp"
#include "reports/cell_text.hpp"
#include "reports/stop_check.hpp"
#include "reports/translation.hpp"

namespace polku::reports {

namespace {

template <class... Fs>
struct Overloaded : Fs... {
    using Fs::operator()...;
};

constexpr std::size_t max_sheet_name_chars = LXW_SHEETNAME_MAX;
constexpr double column_padding = 2;    // characters beside the widest text
constexpr int widest_title_value = 60;  // characters; a longer value runs on past its cell
constexpr double chart_scale = 1.5;     // libxlsxwriter's default chart is 480 × 288 pixels
constexpr double signature_row_points = 30;

// Characters, not bytes: ä is one.
std::size_t utf8_length(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// The first `chars` characters of `text`, never cutting a character in two.
std::string utf8_prefix(std::string_view text, std::size_t chars) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool starts_character = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        if (starts_character && seen++ == chars) {
            return std::string(text.substr(0, i));
        }
    }
    return std::string(text);
}

const char* date_pattern(Language language) {
    return language == Language::fi ? "d.m.yyyy" : "yyyy-mm-dd";
}

lxw_datetime excel_date(Date date) {
    return {static_cast<int>(date.year()),
            static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day())),
            0,
            0,
            0.0};
}

// The one place figures become floating point: a number cell holds a double.
double cell_value(std::int64_t scaled, std::int64_t per_unit) {
    return static_cast<double>(scaled) / static_cast<double>(per_unit);
}

// The formats of a row's cells: one set for normal rows, one bold for subtotals and totals.
struct CellFormats {
    lxw_format* text;
    lxw_format* integer;
    lxw_format* hundredths;
    lxw_format* tenths;
    lxw_format* ten_thousandths;
    lxw_format* date;
};

// Made once per workbook: libxlsxwriter keeps every format until the workbook is closed.
struct Formats {
    CellFormats normal;
    CellFormats bold;
    lxw_format* heading;
    lxw_format* title;

    const CellFormats& of(RowStyle style) const {
        return style == RowStyle::normal ? normal : bold;
    }
};

class Workbook;

// A worksheet written from the top down: in constant-memory mode a row is on disk, and can
// no longer change, once a later row is written.
class Sheet {
  public:
    Sheet(const Workbook& book, lxw_worksheet* sheet, std::string name)
        : m_book(&book), m_sheet(sheet), m_name(std::move(name)) {}

    lxw_worksheet* handle() const { return m_sheet; }
    const std::string& name() const { return m_name; }
    lxw_row_t next_row() const { return m_next; }

    void skip_row() { ++m_next; }
    void write_texts(const std::vector<std::string>& texts, lxw_format* format);
    void write_cells(const std::vector<Cell>& cells, const CellFormats& formats);
    void set_row_height(double points);
    void set_widths(const std::vector<int>& widths);
    // Throws InputError naming the file, the sheet and the row.
    void check(lxw_error error) const;

  private:
    const Workbook* m_book;
    lxw_worksheet* m_sheet;
    std::string m_name;
    lxw_row_t m_next = 0;
};

// libxlsxwriter's workbook, written to `file`; errors name `shown_path`, the file the user
// asked for (the workbook goes to AtomicFile's temporary file beside it).
class Workbook {
  public:
    Workbook(const std::string& file, std::string shown_path) : m_path(std::move(shown_path)) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;  // a million-row ledger streams through
        m_book = workbook_new_opt(file.c_str(), &options);
        if (!m_book) {
            fail("start the workbook", "out of memory");
        }
    }
    ~Workbook() {
        if (m_book) {
            discard(m_book);
        }
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    Sheet add_sheet(const std::string& name) {
        const std::string doing = "add the sheet '" + name + "'";
        check(workbook_validate_sheet_name(m_book, name.c_str()), doing);
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, name.c_str());
        if (!sheet) {
            fail(doing, "out of memory");
        }
        return Sheet(*this, sheet, name);
    }

    lxw_format* add_format(const char* number_pattern, bool bold) {
        // A format with no properties is the default one. libxlsxwriter caches the style
        // index only of a format that is new, so a duplicate of the default would be hashed
        // again for every cell it is used on (a fifth of a million-row ledger's time).
        if (!number_pattern && !bold) {
            return nullptr;
        }
        lxw_format* format = workbook_add_format(m_book);
        if (!format) {
            fail("add a cell format", "out of memory");
        }
        if (number_pattern) {
            format_set_num_format(format, number_pattern);
        }
        if (bold) {
            format_set_bold(format);
        }
        return format;
    }

    lxw_chart* add_chart(std::uint8_t type) {
        lxw_chart* chart = workbook_add_chart(m_book, type);
        if (!chart) {
            fail("add the chart", "out of memory");
        }
        return chart;
    }

    // Packs the workbook into its file.
    void close() { check(workbook_close(std::exchange(m_book, nullptr)), "save the workbook"); }

    void check(lxw_error error, const std::string& doing) const {
        if (error != LXW_NO_ERROR) {
            fail(doing, lxw_strerror(error));
        }
    }

    [[noreturn]] void fail(const std::string& doing, const std::string& reason) const {
        throw InputError(m_path + ": cannot " + doing + ": " + reason, Place{m_path, 0, {}});
    }

  private:
    // A workbook not written (stopped, or an error): libxlsxwriter has no call that discards
    // one. workbook_close would pack all the rows so far into the file only to have it removed
    // (seconds for a million-row ledger), and lxw_workbook_free frees the rest but leaves each
    // sheet's temporary file of rows (constant-memory mode: an unlinked tmpfile()) open, its
    // disk space held until the program ends. So those files are closed here, as
    // workbook_close's packing does once it has copied them (libxlsxwriter 1.1.4, worksheet.c
    // _worksheet_write_optimized_sheet_data), and then the workbook is freed. Nothing has been
    // written to the workbook's own file yet: the packer opens it only in workbook_close.
    static void discard(lxw_workbook* book) {
        lxw_worksheet* sheet = nullptr;
        LXW_FOREACH_WORKSHEET(sheet, book) {
            if (sheet->optimize_tmpfile) {
                std::fclose(sheet->optimize_tmpfile);
                sheet->optimize_tmpfile = nullptr;
            }
        }
        lxw_workbook_free(book);
    }

    std::string m_path;
    lxw_workbook* m_book = nullptr;
};

void Sheet::check(lxw_error error) const {
    m_book->check(error,
                  "write row " + std::to_string(m_next + 1) + " of the sheet '" + m_name + "'");
}

void Sheet::write_texts(const std::vector<std::string>& texts, lxw_format* format) {
    for (std::size_t c = 0; c < texts.size(); ++c) {
        check(worksheet_write_string(m_sheet, m_next, static_cast<lxw_col_t>(c), texts[c].c_str(),
                                     format));
    }
    ++m_next;
}

void Sheet::set_row_height(double points) {
    check(worksheet_set_row(m_sheet, m_next, points, nullptr));
}

void Sheet::set_widths(const std::vector<int>& widths) {
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        check(worksheet_set_column(m_sheet, column, column, widths[c] + column_padding, nullptr));
    }
}

CellFormats cell_formats(Workbook& book, Language language, bool bold) {
    return {book.add_format(nullptr, bold),    book.add_format("#,##0", bold),
            book.add_format("#,##0.00", bold), book.add_format("0.0", bold),
            book.add_format("0.0000", bold),   book.add_format(date_pattern(language), bold)};
}

Formats make_formats(Workbook& book, Language language) {
    // Every format differs from every other (see add_format): headings share bold text's.
    Formats formats{cell_formats(book, language, false), cell_formats(book, language, true),
                    nullptr, book.add_format(nullptr, true)};
    formats.heading = formats.bold.text;
    format_set_font_size(formats.title, 14);
    return formats;
}

lxw_error write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell,
                     const CellFormats& f) {
    return std::visit(
        Overloaded{
            [](const Empty&) { return LXW_NO_ERROR; },
            [&](const std::string& text) {
                return worksheet_write_string(sheet, row, col, text.c_str(), f.text);
            },
            [&](std::int64_t n) {
                return worksheet_write_number(sheet, row, col, cell_value(n, 1), f.integer);
            },
            [&](Hundredths h) {
                return worksheet_write_number(sheet, row, col, cell_value(h.value, 100),
                                              f.hundredths);
            },
            [&](Tenths t) {
                return worksheet_write_number(sheet, row, col, cell_value(t.value, 10), f.tenths);
            },
            [&](TenThousandths t) {
                return worksheet_write_number(sheet, row, col, cell_value(t.value, 10'000),
                                              f.ten_thousandths);
            },
            [&](Date date) {
                lxw_datetime when = excel_date(date);
                return worksheet_write_datetime(sheet, row, col, &when, f.date);
            },
        },
        cell);
}

void Sheet::write_cells(const std::vector<Cell>& cells, const CellFormats& formats) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
        check(write_cell(m_sheet, m_next, static_cast<lxw_col_t>(c), cells[c], formats));
    }
    ++m_next;
}

// Sheet names Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at
// either end, unique regardless of case.
class SheetNames {
  public:
    std::string unique(std::string_view wanted) {
        const std::string base = cleaned(wanted);
        std::string name = shortened(base, max_sheet_name_chars);
        for (int n = 2; m_taken.contains(folded(name)); ++n) {
            name = with_suffix(base, n);
        }
        m_taken.insert(folded(name));
        return name;
    }

    // "Ledger (2)" for the second sheet of the section on the sheet "Ledger".
    std::string continuation(const std::string& first_sheet, int part) {
        return unique(with_suffix(first_sheet, part));
    }

  private:
    // At most `chars` characters; a space left at the end by the cut goes too.
    static std::string shortened(std::string_view name, std::size_t chars) {
        std::string cut = utf8_prefix(name, chars);
        if (cut.size() < name.size()) {
            cut.erase(cut.find_last_not_of(' ') + 1);
        }
        return cut;
    }

    static std::string with_suffix(std::string_view base, int n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        return shortened(base, max_sheet_name_chars - suffix.size()) + suffix;
    }

    static std::string cleaned(std::string_view wanted) {
        std::string name(wanted);
        // Multi-byte UTF-8 never contains ASCII bytes, so bytewise replacing is safe.
        std::replace_if(
            name.begin(), name.end(),
            [](char c) { return std::string_view("[]:*?/\\").find(c) != std::string_view::npos; },
            '_');
        if (!name.empty() && name.front() == '\'') {
            name.front() = '_';
        }
        if (!name.empty() && name.back() == '\'') {
            name.back() = '_';
        }
        return name.empty() ? "Sheet" : name;
    }

    // Excel compares sheet names without case: ASCII and the Latin-1 letters (Ä, Ö, Å).
    static std::string folded(std::string name) {
        for (std::size_t i = 0; i < name.size(); ++i) {
            auto& c = reinterpret_cast<unsigned char&>(name[i]);
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<unsigned char>(c + ('a' - 'A'));
            } else if (c == 0xC3 && i + 1 < name.size()) {
                auto& next = reinterpret_cast<unsigned char&>(name[i + 1]);
                if (next >= 0x80 && next <= 0x9E && next != 0x97) {  // À..Þ except ×
                    next = static_cast<unsigned char>(next + 0x20);
                }
                ++i;
            }
        }
        return name;
    }

    std::set<std::string> m_taken;
};

int widest(const std::vector<std::string>& texts, int at_least) {
    int width = at_least;
    for (const auto& text : texts) {
        width = std::max(width, static_cast<int>(utf8_length(text)));
    }
    return width;
}

void write_fields(Sheet& sheet, const std::vector<Field>& fields, const Formats& formats) {
    for (const auto& field : fields) {
        sheet.write_cells({Cell{field.label}, field.value}, formats.normal);
    }
}

// The title block and the rules box, as label | value rows.
Sheet write_title_sheet(Workbook& book, SheetNames& names, const Document& document,
                        const Formats& formats) {
    Sheet sheet = book.add_sheet(names.unique(tr(document.language, N_("Report"))));
    std::vector<std::string> labels;
    std::vector<std::string> values;
    for (const auto* fields : {&document.header, &document.rules}) {
        for (const auto& field : *fields) {
            labels.push_back(field.label);
            values.push_back(cell_text(field.value, document.language));
        }
    }
    sheet.set_widths({widest(labels, 10), std::min(widest(values, 12), widest_title_value)});
    sheet.write_texts({document.title}, formats.title);
    if (!document.subtitle.empty()) {
        sheet.write_texts({document.subtitle}, formats.normal.text);
    }
    sheet.skip_row();
    write_fields(sheet, document.header, formats);
    if (!document.rules.empty()) {
        sheet.skip_row();
        sheet.write_texts({document.rules_title}, formats.heading);
        write_fields(sheet, document.rules, formats);
    }
    return sheet;
}

Sheet start_section_sheet(Workbook& book, std::string name, const Section& section,
                          const Formats& formats) {
    Sheet sheet = book.add_sheet(name);
    sheet.set_widths(section.widths);
    sheet.write_texts(section.headings, formats.heading);
    worksheet_freeze_panes(sheet.handle(), 1, 0);
    return sheet;
}

// The section's rows in order; past the sheet's last row they go on to "<name> (2)", … ,
// each starting with the headings again.
void write_section(Workbook& book, SheetNames& names, const Section& section,
                   const Formats& formats, const XlsxLimits& limits, const std::stop_token& stop) {
    const Sheet first = start_section_sheet(book, names.unique(section.title), section, formats);
    Sheet sheet = first;
    int part = 1;
    section.for_each_row([&](const std::vector<Cell>& cells, RowStyle style) {
        throw_if_stopped(stop);
        if (sheet.next_row() >= limits.rows_per_sheet) {
            sheet = start_section_sheet(book, names.continuation(first.name(), ++part), section,
                                        formats);
        }
        if (section.signature_rows) {
            sheet.set_row_height(signature_row_points);
        }
        sheet.write_cells(cells, formats.of(style));
    });
}

// Where a series' points are on the chart-data sheet.
struct SeriesRows {
    lxw_row_t first = 0;
    lxw_row_t last = 0;
    lxw_col_t column = 0;
    bool empty = true;
};

// A date column and a value column per series. Each series has rows of its own (its
// points' dates differ from the others'), so that every series reads a range without
// gaps: a blank inside a scatter series would break its line.
std::vector<SeriesRows> write_chart_data(Sheet& sheet, const Chart& chart, Language language,
                                         const Formats& formats) {
    std::vector<std::string> headings{tr(language, N_("Date"))};
    std::vector<int> widths{12};
    for (const auto& series : chart.series) {
        headings.push_back(series.label);
        widths.push_back(std::max(12, static_cast<int>(utf8_length(series.label))));
    }
    sheet.set_widths(widths);
    sheet.write_texts(headings, formats.heading);
    worksheet_freeze_panes(sheet.handle(), 1, 0);
    std::vector<SeriesRows> ranges;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        SeriesRows rows{sheet.next_row(), sheet.next_row(), static_cast<lxw_col_t>(s + 1),
                        chart.series[s].points.empty()};
        for (const auto& point : chart.series[s].points) {
            rows.last = sheet.next_row();
            std::vector<Cell> cells(chart.series.size() + 1, Empty{});
            cells[0] = point.date;
            cells[rows.column] = Hundredths{point.hundredths};
            sheet.write_cells(cells, formats.normal);
        }
        ranges.push_back(rows);
    }
    return ranges;
}

std::uint8_t dash_type(ChartSeries::Line line) {
    switch (line) {
        case ChartSeries::Line::dashed:
            return LXW_CHART_LINE_DASH_DASH;
        case ChartSeries::Line::dotted:
            return LXW_CHART_LINE_DASH_ROUND_DOT;
        case ChartSeries::Line::solid:
            break;
    }
    return LXW_CHART_LINE_DASH_SOLID;
}

double excel_serial(Date date) {
    lxw_datetime when = excel_date(date);
    return lxw_datetime_to_excel_datetime(&when);
}

// A scatter chart with straight lines: the series have points on different dates, which
// only a scatter chart puts on one date axis.
lxw_chart* make_chart(Workbook& book, const Chart& chart, const std::string& data_sheet,
                      const std::vector<SeriesRows>& ranges, Language language) {
    lxw_chart* made = book.add_chart(LXW_CHART_SCATTER_STRAIGHT);
    chart_title_set_name(made, chart.title.c_str());
    chart_axis_set_name(made->y_axis, chart.y_label.c_str());
    chart_axis_set_num_format(made->y_axis, "#,##0");
    chart_axis_set_num_format(made->x_axis, date_pattern(language));
    chart_axis_set_min(made->x_axis, excel_serial(chart.from));
    chart_axis_set_max(made->x_axis, excel_serial(chart.to));
    chart_legend_set_position(made, LXW_CHART_LEGEND_BOTTOM);
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const SeriesRows& rows = ranges[s];
        if (rows.empty) {
            continue;
        }
        lxw_chart_series* series = chart_add_series(made, nullptr, nullptr);
        if (!series) {
            book.fail("add a series to the chart", "out of memory");
        }
        chart_series_set_categories(series, data_sheet.c_str(), rows.first, 0, rows.last, 0);
        chart_series_set_values(series, data_sheet.c_str(), rows.first, rows.column, rows.last,
                                rows.column);
        chart_series_set_name(series, chart.series[s].label.c_str());
        lxw_chart_line line{};
        line.width = 2.25;
        line.dash_type = dash_type(chart.series[s].line);
        chart_series_set_line(series, &line);
    }
    return made;
}

// The chart's data on a sheet of its own, the chart itself on `host` at `row`.
void write_chart(Workbook& book, SheetNames& names, const Chart& chart, const Sheet& host,
                 lxw_row_t row, Language language, const Formats& formats) {
    Sheet data = book.add_sheet(names.unique(tr(language, N_("Chart data"))));
    const auto ranges = write_chart_data(data, chart, language, formats);
    lxw_chart* made = make_chart(book, chart, data.name(), ranges, language);
    lxw_chart_options options{};
    options.x_scale = chart_scale;
    options.y_scale = chart_scale;
    book.check(worksheet_insert_chart_opt(host.handle(), row, 0, made, &options),
               "insert the chart on the sheet '" + host.name() + "'");
}

// A chart without a line is no chart: Excel refuses one without a series.
bool has_points(const Chart& chart) {
    return std::any_of(chart.series.begin(), chart.series.end(),
                       [](const ChartSeries& series) { return !series.points.empty(); });
}

void write_workbook(Workbook& book, const Document& document, const XlsxLimits& limits,
                    const std::stop_token& stop) {
    const Formats formats = make_formats(book, document.language);
    SheetNames names;
    const Sheet title = write_title_sheet(book, names, document, formats);
    const lxw_row_t chart_row = title.next_row() + 1;
    for (const auto& section : document.sections) {
        throw_if_stopped(stop);
        write_section(book, names, section, formats, limits, stop);
    }
    if (document.chart && has_points(*document.chart)) {
        write_chart(book, names, *document.chart, title, chart_row, document.language, formats);
    }
}

}  // namespace

void write_xlsx(const Document& document, const std::string& path, std::stop_token stop) {
    write_xlsx(document, path, XlsxLimits{}, std::move(stop));
}

void write_xlsx(const Document& document, const std::string& path, const XlsxLimits& limits,
                std::stop_token stop) {
    if (limits.rows_per_sheet < 2 || limits.rows_per_sheet > LXW_ROW_MAX) {
        throw std::invalid_argument("write_xlsx: rows_per_sheet must be 2 to 1048576");
    }
    throw_if_stopped(stop);
    AtomicFile file(path);
    {
        Workbook book(file.temp_path(), path);
        write_workbook(book, document, limits, stop);
        // The last chance to stop before the rows are packed into the file: libxlsxwriter's
        // packing (half the time of a million-row ledger) cannot be stopped, only its
        // result thrown away.
        throw_if_stopped(stop);
        book.close();
    }
    throw_if_stopped(stop);
    file.commit();
}

}  // namespace polku::reports
