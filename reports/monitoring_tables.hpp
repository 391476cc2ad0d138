#pragma once
// The monitoring report as tables (summary, target groups, kinds, ESF indicators, targets),
// for the writers that write one table at a time: csv now, xlsx sheets later.

#include <vector>

#include "reports/monitoring_report.hpp"
#include "reports/table.hpp"

namespace polku::reports {

std::vector<Table> monitoring_tables(const MonitoringReport& report);

}  // namespace polku::reports
