#pragma once
// CSV as formats.md says: for Finnish spreadsheets by default (UTF-8 with BOM, `;`, decimal
// comma, 15.3.2024), or for scripts (`,`, no BOM, decimal point, ISO dates). RFC 4180
// quoting; lines end with CRLF, as spreadsheets write them.

#include <string>

#include "reports/table.hpp"

namespace polku::reports {

enum class CsvStyle { finnish, machine };

std::string write_csv(const Table& table, CsvStyle style);

}  // namespace polku::reports
