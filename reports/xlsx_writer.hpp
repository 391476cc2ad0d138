#pragma once
// A document as an Excel workbook (libxlsxwriter): a sheet for the title block and rules,
// then one sheet per section; numbers as numbers, dates as dates, headers frozen.

#include <cstddef>
#include <string>

#include "reports/document.hpp"

namespace polku::reports {

// Excel's limits, a parameter so that tests can check what happens at them.
struct XlsxLimits {
    // Rows on one sheet, the heading row included; a longer section continues on another
    // sheet ("Ledger (2)") that repeats the headings. At least 2.
    std::size_t rows_per_sheet = 1'048'576;
};

// Written atomically (0600). Throws InputError when the file cannot be written.
void write_xlsx(const Document& document, const std::string& path);
void write_xlsx(const Document& document, const std::string& path, const XlsxLimits& limits);

}  // namespace polku::reports
