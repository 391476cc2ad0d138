#pragma once
// The monitoring report's model: the project, the rules in force and the figures. Every
// writer formats this; none computes.

#include "core/monitoring_figures.hpp"
#include "core/project_info.hpp"

namespace polku::reports {

struct MonitoringReport {
    ProjectInfo project;
    MonitoringFigures figures;
};

}  // namespace polku::reports
