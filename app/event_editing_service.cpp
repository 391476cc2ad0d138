#include "app/event_editing_service.hpp"

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/database.hpp"

namespace polku::app {

db::StoredEvent read_event(db::Database& db, const std::string& event_id) {
    auto event = db::EventRepository(db).load(event_id);
    if (!event) {
        throw InputError(message(N_("no event has the id {}"), event_id));
    }
    return std::move(*event);
}

void save_event(db::Database& db, const std::string& stored_id, const EventDraft& draft) {
    const auto checked = check_event_draft(draft);
    if (!checked.ok()) {
        throw InputErrors(field_errors(checked.problems));
    }
    std::vector<db::SessionSave> sessions;
    for (std::size_t i = 0; i < checked.sessions.size(); ++i) {
        auto session = checked.sessions[i];
        session.event_id = checked.event.event_id;
        sessions.push_back({draft.sessions[i].stored, session});
    }
    db::Transaction transaction(db);
    db::EventRepository(db).save(stored_id, checked.event, sessions);
    transaction.commit();
}

db::StoredEvent event_copy(db::Database& db, const std::string& event_id,
                           std::optional<Date> first_session) {
    db::EventRepository events(db);
    auto copy = read_event(db, event_id);
    int n = 2;
    while (events.exists(event_id + "-" + std::to_string(n))) {
        ++n;
    }
    copy.event.event_id = event_id + "-" + std::to_string(n);
    std::vector<SessionRecord> sessions;
    for (const auto& s : copy.sessions) {
        sessions.push_back(s.session);
    }
    if (first_session) {
        sessions = shift_sessions(std::move(sessions), *first_session);
    }
    copy.sessions.clear();
    for (auto& s : sessions) {
        s.event_id = copy.event.event_id;
        copy.sessions.push_back({s, 0});
    }
    return copy;
}

}  // namespace polku::app
