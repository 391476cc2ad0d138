#pragma once
// The ledger as a document (xlsx, pdf, html): the project's title block and rules, then
// the ledger rows, made on the fly from the model.

#include "reports/document.hpp"
#include "reports/ledger_report.hpp"

namespace polku::reports {

// `report` must outlive the document: its section reads the model when written.
Document ledger_document(const LedgerReport& report, Language language);

}  // namespace polku::reports
