#pragma once
// Logging individual activities one at a time (the desktop's quick entry).

#include "core/activity_draft.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

// Checks the draft with core's rules (check_activity_draft), then adds the activity with its
// audit row in one transaction. Returns what was added. Throws InputErrors (every problem of
// the draft, by field), InputError (no such person or project, the same kind already logged
// that day), DatabaseError.
ActivityRecord log_activity(db::Database& db, const ActivityDraft& draft);

}  // namespace polku::app
