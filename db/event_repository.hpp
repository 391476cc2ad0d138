#pragma once
// One event with its sessions, read and written as the desktop's event editor needs them:
// every insert, update and delete with its audit row, in the caller's transaction.

#include <optional>
#include <string>
#include <vector>

#include "core/attendance_marks.hpp"
#include "core/records.hpp"

namespace polku::db {

class Database;

struct StoredSession {
    SessionRecord session;
    long long marks = 0;  // attendance marks of the session (deleting it deletes them)
};

struct StoredEvent {
    EventRecord event;
    std::vector<StoredSession> sessions;  // by date, then start
};

// A session as it should be after a save: `stored` names the session it replaces (none: a
// new session). Stored sessions no save names are deleted.
struct SessionSave {
    std::optional<SessionKey> stored;
    SessionRecord session;
};

class EventRepository {
  public:
    explicit EventRepository(Database& db) : m_db(db) {}

    // None when no event has the id. Throws DatabaseError.
    std::optional<StoredEvent> load(const std::string& event_id);
    // Throws DatabaseError.
    bool exists(const std::string& event_id);

    // Writes `event` over the stored event `stored_id` (empty: adds a new one) and makes its
    // sessions those of `sessions`: a deleted session takes its marks with it. Work packages,
    // courses and target groups named for the first time are created, as the import does.
    // Audits every change. Never commits. Throws InputError (no such event or project, the
    // event id taken, a session made shorter than a partial mark's minutes — naming the
    // people), DatabaseError.
    void save(const std::string& stored_id, const EventRecord& event,
              const std::vector<SessionSave>& sessions);

  private:
    Database& m_db;
};

}  // namespace polku::db
