#pragma once
// The sign-in sheet as a document (pdf, html): the EU co-funding line, the session's
// details, a numbered row with a signature box for every expected participant, and blank
// rows for walk-ins.

#include <cstddef>

#include "core/signin_sheet.hpp"
#include "reports/document.hpp"

namespace polku::reports {

Document signin_document(const SigninSheet& sheet, Language language);

// Blank rows after the names: a quarter of the list, at least 5, and 20 when nobody is
// expected (the sheet is then filled in by hand). A participant with no row to sign leaves
// an attendance the auditor cannot check, while a spare row costs only paper; lists from the
// previous session miss most, so the margin grows with the list rather than staying fixed.
std::size_t walk_in_rows(std::size_t expected);

}  // namespace polku::reports
