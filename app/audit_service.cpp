#include "app/audit_service.hpp"

#include "core/error.hpp"

namespace polku::app {

reports::AuditReport audit_report(db::Database& db, const db::AuditQuery& query) {
    if (query.from && query.to && *query.to < *query.from) {
        throw InputError("--to " + format_iso_date(*query.to) + " is before --from " +
                         format_iso_date(*query.from));
    }
    return {query.from, query.to, query.employee_id, query.project_code,
            db::AuditRepository(db).read(query)};
}

}  // namespace polku::app
