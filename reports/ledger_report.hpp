#pragma once
// The ledger report's model and writers. The model gives the engine's own grouping (core's
// Ledger) part by part, each with its entries and their details; writers only format, and
// hold one part at a time, so a ledger of any length is written in bounded memory.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/ledger.hpp"
#include "core/project_info.hpp"
#include "reports/csv_writer.hpp"
#include "reports/table.hpp"

namespace polku::reports {

// The days of some people in the period (all of each one's), with their entries.
struct LedgerPart {
    const Ledger& ledger;
    const std::vector<Entry>& entries;  // indexed by Ledger::entries
    const EntryDetails& details;        // parallel to entries
};
using LedgerPartSink = std::function<void(const LedgerPart&)>;

struct LedgerReport {
    ProjectInfo project;
    Period period;
    std::int64_t denominator = 360;
    // Gives the parts in order, people by people, counting each as it goes (for a report
    // of the database: reading it again each time this is called).
    std::function<void(const LedgerPartSink&)> for_each_part;
};

// A report of one part held in memory (a test's, or a small ledger's).
LedgerReport single_part_ledger(ProjectInfo project, Ledger ledger, std::vector<Entry> entries,
                                EntryDetails details);

// formats.md style: day figures as strings ("0.3333" for a day, "2028.00" for the total).
std::string write_ledger_json(const LedgerReport& report);
// The same, streamed to `out` day by day: a million-entry ledger is never one JSON tree.
void write_ledger_json(const LedgerReport& report, const ByteSink& out);

// The ledger as one table: a row per entry, a row per person-day after its entries, a total
// row last; the first column says which ("entry", "day", "total").
std::vector<std::string> ledger_columns();
// Counts the rows by going through the parts (what for_each_ledger_row would give).
std::size_t ledger_row_count(const LedgerReport& report);
// Makes each row on the fly: a million-row ledger is never held as cells.
void for_each_ledger_row(const LedgerReport& report, const RowSink& sink);

}  // namespace polku::reports
