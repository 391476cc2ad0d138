#pragma once
// Editing one event and its sessions (the desktop's event editor), and copying an event.

#include <optional>
#include <string>

#include "core/event_draft.hpp"
#include "db/event_repository.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

// The event with its sessions. Throws InputError (no such event), DatabaseError.
db::StoredEvent read_event(db::Database& db, const std::string& event_id);

// Checks the draft with core's rules (check_event_draft), then writes it over the stored event
// `stored_id` (empty: adds it as a new event) with its sessions, in one transaction with the
// audit rows: all of it or nothing. A session the draft no longer has is deleted with its
// attendance marks. Throws InputErrors (every problem of the draft: the field's column, the
// session's number as the line), InputError (the id taken, a session shorter than a partial
// mark, naming the people; the event gone), DatabaseError.
void save_event(db::Database& db, const std::string& stored_id, const EventDraft& draft);

// A copy of the event, not stored: the first free id of ID-2, ID-3, …, its sessions moved so
// the first is on `first_session` (none: the same dates), no attendance. Throws InputError
// (no such event), DatabaseError.
db::StoredEvent event_copy(db::Database& db, const std::string& event_id,
                           std::optional<Date> first_session);

}  // namespace polku::app
