#pragma once
// A report as the human-readable writers (xlsx, pdf, html) see it: a title block, a rules
// box, an optional chart and titled sections of typed rows, all text already in the
// document's language. Writers decide only how things look; none computes a figure.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "reports/language.hpp"
#include "reports/table.hpp"

namespace polku::reports {

struct Field {
    std::string label;
    Cell value;
};

struct Section {
    std::string name;                   // stable id: "targets", "ledger" (sheet and file names)
    std::string title;                  // in the document's language
    std::vector<std::string> headings;  // one per column, in the document's language
    std::vector<int> widths;            // one per column, in characters (a hint)
    // Rows for_each_row gives; none when knowing would mean making them (the ledger's).
    std::optional<std::size_t> row_count;
    // Gives the rows in order. Long sections (the ledger) make each row on the fly, so a
    // writer that streams never holds them all.
    std::function<void(const RowSink&)> for_each_row;
    bool signature_rows = false;  // rows tall enough to sign in (the sign-in sheet)
};

// A line of the chart: values in hundredths of a day, drawn through the points in order.
struct ChartSeries {
    enum class Line { solid, dashed, dotted };
    std::string label;
    Line line = Line::solid;
    struct Point {
        Date date;
        std::int64_t hundredths = 0;
    };
    std::vector<Point> points;
};

struct Chart {
    std::string title;
    std::string y_label;  // "person-training days"
    Date from;            // the x axis: the project span
    Date to;
    std::vector<ChartSeries> series;
};

struct Document {
    Language language = Language::en;
    std::string title;           // "Monitoring report"
    std::string subtitle;        // "S10873 OSKU – …"
    std::string cofunding_line;  // "Euroopan unionin osarahoittama" on a sign-in sheet
    std::vector<Field> header;   // the title block
    std::string rules_title;     // the rules box, when there are rules
    std::vector<Field> rules;
    std::optional<Chart> chart;
    std::vector<Section> sections;
};

// The section's rows: its row_count, or counted by going through them (a ledger's take a
// while, so `stop` is checked at every row: Cancelled).
std::size_t row_count_of(const Section& section, const std::stop_token& stop = {});

// A section over a table held in memory; widths from the headings and the cells.
Section table_section(Table table, std::string title, std::vector<std::string> headings,
                      Language language);

// A section over a report table in `language`: its title and headings from the vocabulary,
// and the identifiers in `id_columns` ("course", "under_25") turned into their labels.
Section labelled_section(Table table, Language language,
                         const std::vector<std::string>& id_columns = {});

// The vocabulary label of an identifier cell; other cells as they are.
Cell labelled(const Cell& cell, Language language);

}  // namespace polku::reports
