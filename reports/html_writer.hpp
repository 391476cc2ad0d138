#pragma once
// A document as one self-contained HTML file: inline CSS, the chart as inline SVG;
// printable and readable on a phone.

#include <stop_token>
#include <string>

#include "reports/document.hpp"

namespace polku::reports {

// `stop` is checked at every row and between sections. Throws Cancelled once it is requested.
std::string write_html(const Document& document, std::stop_token stop = {});

}  // namespace polku::reports
