#pragma once
// What differs between two writings of the same JSON report: each value (a figure, a label)
// by its path, "person_training_days.total" or "targets[2].realised", old and new.

#include <string>
#include <vector>

namespace polku::reports {

struct FigureChange {
    std::string path;
    std::string before;  // the JSON text of the value; empty when it was not there
    std::string after;   // empty when it is gone
};

// In document order. Throws InputError when either is not JSON.
std::vector<FigureChange> figure_changes(const std::string& before_json,
                                         const std::string& after_json);

}  // namespace polku::reports
