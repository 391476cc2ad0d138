#pragma once

#include <string>

#include "reports/monitoring_report.hpp"

namespace polku::reports {

// formats.md "The monitoring report as JSON": keys in the documented order, day figures as
// two-decimal strings, rows in a stable order, no timestamps; ends with a newline.
std::string write_monitoring_json(const MonitoringReport& report);

}  // namespace polku::reports
