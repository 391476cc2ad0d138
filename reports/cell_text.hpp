#pragma once
// How a cell reads in a document (pdf, html): Finnish writes 2 028,00 and 15.3.2024,
// English 2,028.00 and 2024-03-15. CSV has its own rules (csv_writer).

#include <string>

#include "reports/language.hpp"
#include "reports/table.hpp"

namespace polku::reports {

std::string cell_text(const Cell& cell, Language language);

// Numbers are right-aligned in a document; text and dates are not.
bool is_numeric(const Cell& cell);

}  // namespace polku::reports
