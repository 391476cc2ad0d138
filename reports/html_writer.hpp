#pragma once
// A document as one self-contained HTML file: inline CSS, the chart as inline SVG;
// printable and readable on a phone.

#include <string>

#include "reports/document.hpp"

namespace polku::reports {

std::string write_html(const Document& document);

}  // namespace polku::reports
