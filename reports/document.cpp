#include "reports/document.hpp"

#include <algorithm>
#include <memory>

#include "reports/cell_text.hpp"
#include "reports/stop_check.hpp"
#include "reports/vocabulary.hpp"

namespace polku::reports {

std::size_t row_count_of(const Section& section, const std::stop_token& stop) {
    if (section.row_count) {
        return *section.row_count;
    }
    std::size_t rows = 0;
    section.for_each_row([&](const std::vector<Cell>&, RowStyle) {
        throw_if_stopped(stop);
        ++rows;
    });
    return rows;
}

namespace {

// Characters, not bytes: ä is one.
int text_width(const std::string& text) {
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

Section table_section(Table table, std::string title, std::vector<std::string> headings,
                      Language language) {
    Section s;
    s.name = table.name;
    s.title = std::move(title);
    s.widths.assign(headings.size(), 4);
    for (std::size_t c = 0; c < headings.size(); ++c) {
        s.widths[c] = std::max(s.widths[c], text_width(headings[c]));
    }
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size() && c < s.widths.size(); ++c) {
            s.widths[c] = std::max(s.widths[c], text_width(cell_text(row[c], language)));
        }
    }
    s.headings = std::move(headings);
    s.row_count = table.rows.size();
    auto shared = std::make_shared<const Table>(std::move(table));
    s.for_each_row = [shared](const RowSink& sink) {
        for (const auto& row : shared->rows) {
            sink(row, RowStyle::normal);
        }
    };
    return s;
}

Cell labelled(const Cell& cell, Language language) {
    if (const auto* id = std::get_if<std::string>(&cell)) {
        return label(language, *id);
    }
    return cell;
}

Section labelled_section(Table table, Language language,
                         const std::vector<std::string>& id_columns) {
    std::vector<std::string> headings;
    for (const auto& column : table.columns) {
        headings.push_back(label(language, column));
    }
    for (const auto& id_column : id_columns) {
        const auto at = std::find(table.columns.begin(), table.columns.end(), id_column);
        const auto c = static_cast<std::size_t>(at - table.columns.begin());
        for (auto& row : table.rows) {
            if (c < row.size()) {
                row[c] = labelled(row[c], language);
            }
        }
    }
    std::string title = label(language, table.name);
    return table_section(std::move(table), std::move(title), std::move(headings), language);
}

}  // namespace polku::reports
