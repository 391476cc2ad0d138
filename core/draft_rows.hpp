#pragma once
// A form's texts read as one record of an import file, so that a form is checked with the
// very rules its import uses (row_parsers) and says the same about the same value.

#include <span>
#include <string>
#include <vector>

#include "core/csv_columns.hpp"
#include "core/row_parsers.hpp"

namespace polku {

// Runs `parse` (one of row_parsers' functions) over `fields`, given in the order of
// `columns`; problems go to `errors` on `line`.
template <typename Parse>
auto parse_as_row(std::span<const ColumnSpec> columns, const std::vector<std::string>& fields,
                  std::size_t line, ErrorList& errors, Parse parse) {
    std::vector<std::string> header;
    for (const auto& c : columns) {
        header.emplace_back(c.name);
    }
    const HeaderBinding binding(columns, header, errors);
    const RowFields row(binding, fields, line, errors);
    return parse(row, RowContext{});
}

}  // namespace polku
