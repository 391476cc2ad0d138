#include "app/audit_service.hpp"

#include "app/event_editing_service.hpp"
#include "core/error.hpp"
#include "core/message.hpp"

namespace polku::app {

reports::AuditReport audit_report(db::Database& db, const db::AuditQuery& query) {
    if (query.from && query.to && *query.to < *query.from) {
        throw InputError(message(N_("--to {} is before --from {}"), format_iso_date(*query.to),
                                 format_iso_date(*query.from)));
    }
    return {query.from, query.to, query.employee_id, query.project_code,
            db::AuditRepository(db).read(query)};
}

std::vector<AuditEntry> person_history(db::Database& db, const std::string& employee_id) {
    db::AuditQuery query;
    query.employee_id = employee_id;
    return db::AuditRepository(db).read(query);
}

std::vector<AuditEntry> event_history(db::Database& db, const std::string& event_id) {
    // Every row about an event carries its project: the project's rows, narrowed to those
    // whose record is the event's (its key names it).
    db::AuditQuery query;
    query.project_code = read_event(db, event_id).event.project;
    auto entries = db::AuditRepository(db).read(query);
    std::erase_if(entries, [&event_id](const AuditEntry& e) {
        for (const auto& [name, value] : e.change.key) {
            if (name == "event") {
                const auto* text = std::get_if<std::string>(&value);
                return !text || *text != event_id;
            }
        }
        return true;
    });
    return entries;
}

}  // namespace polku::app
