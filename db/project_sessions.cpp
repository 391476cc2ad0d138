#include "db/project_sessions.hpp"

#include <string>

#include "core/attendance_rules.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

std::unordered_map<long long, SessionFacts> load_sessions(soci::session& sql,
                                                          long long project_id) {
    std::unordered_map<long long, SessionFacts> sessions;
    long long id = 0, event = 0;
    std::string date, kind;
    int start = 0, end = 0, breaks = 0;
    soci::statement st =
        (sql.prepare
             << "SELECT s.id, s.event_id, s.session_date, e.kind, s.start_minute, s.end_minute, "
                "s.break_minutes FROM sessions s JOIN events e ON e.id = s.event_id "
                "WHERE e.project_id = :p",
         soci::use(project_id), soci::into(id), soci::into(event), soci::into(date),
         soci::into(kind), soci::into(start), soci::into(end), soci::into(breaks));
    st.execute();
    while (st.fetch()) {
        sessions.emplace(id, SessionFacts{event, stored_date(date), stored_enum<Kind>(kind),
                                          session_length(start, end, breaks), start, end});
    }
    return sessions;
}

}  // namespace polku::db
