#pragma once
// CSV as formats.md says: for Finnish spreadsheets by default (UTF-8 with BOM, `;`, decimal
// comma, 15.3.2024), or for scripts (`,`, no BOM, decimal point, ISO dates). RFC 4180
// quoting; lines end with CRLF, as spreadsheets write them.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/table.hpp"

namespace polku::reports {

enum class CsvStyle { finnish, machine };

std::string write_csv(const Table& table, CsvStyle style);

// Streams rows to `out` in chunks of about 64 KiB: a million-row ledger is never held whole.
using ByteSink = std::function<void(std::string_view)>;
void write_csv(const std::vector<std::string>& columns,
               const std::function<void(const RowSink&)>& for_each_row, CsvStyle style,
               const ByteSink& out);

}  // namespace polku::reports
