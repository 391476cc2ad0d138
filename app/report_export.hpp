#pragma once
// Writing a report to a file chosen in a save dialog: the format follows the extension.

#include <string>

#include "reports/language.hpp"
#include "reports/monitoring_report.hpp"

namespace polku::app {

// .pdf, .xlsx, .html or .json. Throws UsageError for another extension, InputError when
// the file cannot be written (nothing is left behind).
void export_monitoring(const reports::MonitoringReport& report, const std::string& path,
                       reports::Language language);

}  // namespace polku::app
