#pragma once
// An individual activity as the quick-entry form holds it, checked with the activities.csv
// import's rules (parse_activity_row): hours as 1,5 or 1.5, whole minutes, 1 minute to 24
// hours, an activity kind, a date.

#include <string>
#include <vector>

#include "core/event_draft.hpp"
#include "core/records.hpp"

namespace polku {

// Fields are named as the columns of activities.csv.
struct ActivityDraft {
    std::string employee_id;
    std::string project;
    std::string date;
    std::string kind;  // self_study, coaching, other
    std::string hours;
    std::string description;
};

struct CheckedActivity {
    ActivityRecord activity;
    std::vector<DraftProblem> problems;  // empty: activity holds the typed values
    bool ok() const { return problems.empty(); }
};

// Never throws.
CheckedActivity check_activity_draft(const ActivityDraft& draft);

}  // namespace polku
