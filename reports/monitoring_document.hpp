#pragma once
// The monitoring report as a document (pdf, html, xlsx): the same tables as the CSV, in the
// reader's language, with the title block, the rules box and the chart.

#include "reports/document.hpp"
#include "reports/monitoring_report.hpp"

namespace polku::reports {

Document monitoring_document(const MonitoringReport& report, Language language);

// Title block and rules box fields shared by the reports about a project.
std::vector<Field> project_header(const ProjectInfo& project, const Period& period,
                                  Language language);
std::vector<Field> rules_fields(const CountingRules& rules, Language language);

}  // namespace polku::reports
