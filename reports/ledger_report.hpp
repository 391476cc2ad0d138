#pragma once
// The ledger report's model and writers. The model holds the engine's own grouping (core's
// Ledger) and each entry with its details; writers only format.

#include <string>
#include <vector>

#include "core/ledger.hpp"
#include "core/project_info.hpp"
#include "reports/csv_writer.hpp"
#include "reports/table.hpp"

namespace polku::reports {

struct LedgerReport {
    ProjectInfo project;
    Ledger ledger;
    std::vector<Entry> entries;  // indexed by Ledger::entries
    EntryDetails details;
};

// formats.md style: day figures as strings ("0.3333" for a day, "2028.00" for the total).
std::string write_ledger_json(const LedgerReport& report);
// The same, streamed to `out` day by day: a million-entry ledger is never one JSON tree.
void write_ledger_json(const LedgerReport& report, const ByteSink& out);

// The ledger as one table: a row per entry, a row per person-day after its entries, a total
// row last; the first column says which ("entry", "day", "total").
std::vector<std::string> ledger_columns();
std::size_t ledger_row_count(const LedgerReport& report);
// Makes each row on the fly: a million-row ledger is never held as cells.
void for_each_ledger_row(const LedgerReport& report, const RowSink& sink);

}  // namespace polku::reports
