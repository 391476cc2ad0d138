#pragma once
// A document as an A4 PDF (cairo + pango): title block, rules box, chart, tables that break
// across pages with repeated headings, page numbers, fonts embedded.

#include <string>

#include "reports/document.hpp"

namespace polku::reports {

// Written atomically (0600). Throws InputError when the file cannot be written.
void write_pdf(const Document& document, const std::string& path);

}  // namespace polku::reports
