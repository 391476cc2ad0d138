#include "reports/csv_writer.hpp"

#include "core/quantity.hpp"

namespace polku::reports {

namespace {

std::string cell_text(const Cell& cell, CsvStyle style) {
    const bool fi = style == CsvStyle::finnish;
    struct Visitor {
        bool fi;
        std::string operator()(const Empty&) const { return {}; }
        std::string operator()(const std::string& s) const { return s; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(Hundredths h) const { return format_fixed(h.value, 2, separator()); }
        std::string operator()(Tenths t) const { return format_fixed(t.value, 1, separator()); }
        std::string operator()(TenThousandths t) const {
            return format_fixed(t.value, 4, separator());
        }
        char separator() const { return fi ? ',' : '.'; }
        std::string operator()(const Date& d) const {
            return fi ? format_fi_date(d) : format_iso_date(d);
        }
    };
    return std::visit(Visitor{fi}, cell);
}

void append_field(std::string& out, const std::string& text, char delimiter) {
    if (text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string::npos) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
}

}  // namespace

void write_csv(const std::vector<std::string>& columns,
               const std::function<void(const RowSink&)>& for_each_row, CsvStyle style,
               const ByteSink& out) {
    const char delimiter = style == CsvStyle::finnish ? ';' : ',';
    std::string buffer = style == CsvStyle::finnish ? "\xEF\xBB\xBF" : "";
    const auto append_row = [&](const auto& cells, const auto& text_of) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c) {
                buffer += delimiter;
            }
            append_field(buffer, text_of(cells[c]), delimiter);
        }
        buffer += "\r\n";
    };
    append_row(columns, [](const std::string& s) -> const std::string& { return s; });
    for_each_row([&](const std::vector<Cell>& cells, RowStyle) {
        append_row(cells, [&](const Cell& cell) { return cell_text(cell, style); });
        if (buffer.size() >= 65536) {
            out(buffer);
            buffer.clear();
        }
    });
    out(buffer);
}

std::string write_csv(const Table& table, CsvStyle style) {
    std::string text;
    write_csv(
        table.columns,
        [&](const RowSink& sink) {
            for (const auto& row : table.rows) {
                sink(row, RowStyle::normal);
            }
        },
        style, [&](std::string_view bytes) { text += bytes; });
    return text;
}

}  // namespace polku::reports
