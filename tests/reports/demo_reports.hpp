#pragma once
// The demo project's reports, built once per test run from a real SQLite database filled by
// `load_demo` (the same path `polku-cli demo` takes): writer tests check real figures.

#include <filesystem>

#include "reports/ledger_report.hpp"
#include "reports/monitoring_report.hpp"

namespace polku::test {

const reports::MonitoringReport& demo_monitoring();
const reports::LedgerReport& demo_ledger();
// The demo database file (read it, do not change it).
const std::filesystem::path& demo_database();

}  // namespace polku::test
