#include "core/activity_draft.hpp"

#include "core/draft_rows.hpp"
#include "core/message.hpp"

namespace polku {

CheckedActivity check_activity_draft(const ActivityDraft& d) {
    CheckedActivity out;
    ErrorList errors("");
    // Columns of activities.csv: employee_id, project, date, kind, minutes, hours, description.
    auto activity = parse_as_row(
        activity_columns(), {d.employee_id, d.project, d.date, d.kind, "", d.hours, d.description},
        1, errors, parse_activity_row);
    for (auto& e : errors.sorted()) {
        // Without hours the import asks for "minutes or hours"; the form has hours only.
        if (e.place.column == "minutes") {
            out.problems.push_back(
                {"hours", std::nullopt, translate(N_("hours are required (e.g. 1,5)"))});
        } else {
            out.problems.push_back({e.place.column, std::nullopt, e.message});
        }
    }
    if (activity) {
        out.activity = std::move(*activity);
    }
    return out;
}

}  // namespace polku
