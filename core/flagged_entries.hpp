#pragma once
// The entries behind the monitoring report's `flagged` count, listed so that someone can fix
// them: kept, never counted, because they are dated outside the project span. Attendance is
// listed a row per session (event and date), an activity a row per person, date and kind.

#include <cstdint>
#include <string>
#include <vector>

#include "core/counting_input.hpp"
#include "core/ledger.hpp"

namespace polku {

struct FlaggedRow {
    Date date;
    Kind kind = Kind::course;
    std::string event_id;      // empty for an individual activity
    std::string what;          // the event's title, or the activity's description
    std::string employee_id;   // an activity's person; empty for a session's row
    std::string person;        // likewise, the name
    std::int64_t entries = 0;  // attendance marks or activities in the row
    std::int64_t minutes = 0;
};

// By date, then event id (sessions before activities), then employee id. `details` must be
// parallel to `input.entries` (CountingRepository's WithDetails::yes). Every flagged entry
// is in exactly one row, so the rows' entries add up to the report's count.
std::vector<FlaggedRow> flagged_rows(const CountingInput& input, const EntryDetails& details);

}  // namespace polku
