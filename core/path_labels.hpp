#pragma once
// How users see paths, steps and people beside what the rules read (core/competence_paths):
// the names the database holds and the reports, the transcript and the desktop show.

#include <optional>
#include <string>
#include <vector>

#include "core/competence_paths.hpp"

namespace polku {

struct StepLabels {
    int number = 0;
    std::optional<std::string> title;
    std::string competence;  // competence steps: "ID-NUMBER Short name"
    std::string course;      // course steps: the course's title
};

// The step's title, else its competence or course.
std::string step_name(const StepLabels& labels);

struct DescribedPath {
    Path path;
    std::string project_code;
    std::string path_id;
    std::optional<std::string> target_group;
    std::vector<StepLabels> steps;  // parallel to path.steps
};

struct NamedPerson {
    std::string employee_id;
    std::string first_name;
    std::string last_name;
};

// "Last First" as lists sort them.
std::string full_name(const NamedPerson& person);

}  // namespace polku
