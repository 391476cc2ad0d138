#pragma once
// A document as an Excel workbook (libxlsxwriter): a sheet for the title block and rules,
// then one sheet per section; numbers as numbers, dates as dates, headers frozen.

#include <string>

#include "reports/document.hpp"

namespace polku::reports {

// Written atomically (0600). Throws InputError when the file cannot be written.
void write_xlsx(const Document& document, const std::string& path);

}  // namespace polku::reports
