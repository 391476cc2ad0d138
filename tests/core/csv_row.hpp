#pragma once
// Test helper: one CSV record seen through a HeaderBinding, built from a header and fields
// as the CSV reader would hand them over.

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/csv_columns.hpp"
#include "core/error.hpp"

namespace polku::test {

// A header and one record, bound to `columns`; header errors and record errors go to the
// same list. Neither copyable nor movable: the binding and the row refer to the members.
class CsvRow {
  public:
    CsvRow(std::span<const ColumnSpec> columns, std::vector<std::string> header,
           std::vector<std::string> fields, std::string file = "test.csv", std::size_t line = 2)
        : m_header(std::move(header)),
          m_fields(std::move(fields)),
          errors(std::move(file)),
          binding(columns, m_header, errors),
          row(binding, m_fields, line, errors) {}
    CsvRow(const CsvRow&) = delete;
    CsvRow& operator=(const CsvRow&) = delete;

    // Every error as the user sees it: "FILE:LINE: column: message", by line.
    std::vector<std::string> messages() const {
        std::vector<std::string> out;
        for (const auto& e : errors.sorted()) {
            out.push_back(e.to_string());
        }
        return out;
    }

  private:
    std::vector<std::string> m_header;
    std::vector<std::string> m_fields;

  public:
    ErrorList errors;
    HeaderBinding binding;
    RowFields row;
};

// (column, value) pairs: the header holds the columns named, in this order.
using Cells = std::vector<std::pair<std::string, std::string>>;

// `cells` with `column` set to `value` (appended when not there yet).
inline Cells with(Cells cells, const std::string& column, const std::string& value) {
    for (auto& cell : cells) {
        if (cell.first == column) {
            cell.second = value;
            return cells;
        }
    }
    cells.emplace_back(column, value);
    return cells;
}

// `cells` without `column`.
inline Cells without(Cells cells, const std::string& column) {
    std::erase_if(cells, [&](const auto& cell) { return cell.first == column; });
    return cells;
}

inline CsvRow row_of(std::span<const ColumnSpec> columns, const Cells& cells,
                     std::string file = "test.csv", std::size_t line = 2) {
    std::vector<std::string> header;
    std::vector<std::string> fields;
    for (const auto& [name, value] : cells) {
        header.push_back(name);
        fields.push_back(value);
    }
    return CsvRow(columns, std::move(header), std::move(fields), std::move(file), line);
}

}  // namespace polku::test
