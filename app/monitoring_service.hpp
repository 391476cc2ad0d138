#pragma once
// The monitoring report use case: choose the project and period, count, build the model.

#include <cstddef>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "reports/ledger_report.hpp"
#include "reports/monitoring_report.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

struct ReportRequest {
    std::optional<std::string> project;  // none: the only project
    std::optional<Date> from;
    std::optional<Date> to;
};

// Throws UsageError when no project is named and there is not exactly one, InputError for
// an unknown project or a bad period, DatabaseError.
reports::MonitoringReport monitoring_report(db::Database& db, const ReportRequest& request);

// Entries the ledger counts and writes at a time (of whole people): large enough that a
// batch's overhead is nothing, small enough that a ledger of any length takes a few MB.
constexpr std::size_t kLedgerBatchEntries = 20'000;

// The rows behind the monitoring figures of the same request. The report reads `db` each
// time it is written, about `batch_entries` entries at a time, so `db` must outlive it.
// Throws as monitoring_report, and when written, DatabaseError.
reports::LedgerReport ledger_report(db::Database& db, const ReportRequest& request,
                                    std::size_t batch_entries = kLedgerBatchEntries);

// The project a report is about: the one named, or the only one.
std::string choose_project(db::Database& db, const std::optional<std::string>& requested);

}  // namespace polku::app
