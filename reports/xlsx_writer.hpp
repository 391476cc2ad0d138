#pragma once
// A document as an Excel workbook (libxlsxwriter): a sheet for the title block and rules,
// then one sheet per section; numbers as numbers, dates as dates, headers frozen.

#include <cstddef>
#include <stop_token>
#include <string>

#include "reports/document.hpp"

namespace polku::reports {

// Excel's limits, a parameter so that tests can check what happens at them.
struct XlsxLimits {
    // Rows on one sheet, the heading row included; a longer section continues on another
    // sheet ("Ledger (2)") that repeats the headings. At least 2.
    std::size_t rows_per_sheet = 1'048'576;
};

// Written atomically (0600). `stop` is checked at every row and between sections: once it is
// requested, Cancelled is thrown and no file is left. Throws InputError when the file cannot
// be written, Cancelled.
void write_xlsx(const Document& document, const std::string& path, std::stop_token stop = {});
void write_xlsx(const Document& document, const std::string& path, const XlsxLimits& limits,
                std::stop_token stop = {});

}  // namespace polku::reports
