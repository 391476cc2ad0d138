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

std::string write_csv(const Table& table, CsvStyle style) {
    const char delimiter = style == CsvStyle::finnish ? ';' : ',';
    std::string out = style == CsvStyle::finnish ? "\xEF\xBB\xBF" : "";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c) {
            out += delimiter;
        }
        append_field(out, table.columns[c], delimiter);
    }
    out += "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) {
                out += delimiter;
            }
            append_field(out, cell_text(row[c], style), delimiter);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace polku::reports
