#pragma once
// A document as an A4 PDF (cairo + pango): title block, rules box, chart, tables that break
// across pages with repeated headings, page numbers, fonts embedded.

#include <stop_token>
#include <string>

#include "reports/document.hpp"

namespace polku::reports {

// Written atomically (0600). `stop` is checked at every row and between sections: once it is
// requested, Cancelled is thrown and no file is left. Throws InputError when the file cannot
// be written, Cancelled.
void write_pdf(const Document& document, const std::string& path, std::stop_token stop = {});

}  // namespace polku::reports
