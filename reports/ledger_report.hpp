#pragma once
// The ledger report's model and writers. The model holds the engine's own grouping (core's
// Ledger) and each entry with its details; writers only format.

#include <string>
#include <vector>

#include "core/ledger.hpp"
#include "core/project_info.hpp"
#include "reports/table.hpp"

namespace polku::reports {

struct LedgerReport {
    ProjectInfo project;
    Ledger ledger;
    std::vector<Entry> entries;  // indexed by LedgerDay::entries
    std::vector<EntryDetail> details;
};

// formats.md style: day figures as strings ("0.3333" for a day, "2028.00" for the total).
std::string write_ledger_json(const LedgerReport& report);

// One table: a row per entry, a row per person-day after its entries, a total row last.
Table ledger_table(const LedgerReport& report);

}  // namespace polku::reports
