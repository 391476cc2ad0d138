#include "app/snapshot_service.hpp"

#include <algorithm>

#include "app/sha256.hpp"
#include "db/audit_repository.hpp"
#include "reports/monitoring_json.hpp"

namespace polku::app {

SnapshotTaken store_snapshot(db::Database& db, const ReportRequest& request,
                             const std::string& project_code, const std::string& figures) {
    const std::string hash = sha256_of_text(figures);
    return {db::SnapshotRepository(db).store(project_code, request.from, request.to, figures, hash),
            hash};
}

std::vector<SnapshotCheck> verify_snapshots(db::Database& db) {
    std::vector<SnapshotCheck> out;
    for (auto& snapshot : db::SnapshotRepository(db).all()) {
        SnapshotCheck check;
        check.sealed = sha256_of_text(snapshot.figures) == snapshot.sha256;
        const auto now = reports::write_monitoring_json(
            monitoring_report(db, {snapshot.project_code, snapshot.from, snapshot.to}));
        if (now != snapshot.figures) {
            check.changes = reports::figure_changes(snapshot.figures, now);
            // The trail is read from the snapshot's day; rows of that day before it are left.
            // Rows about the project, and those about no one project (an import).
            db::AuditQuery query;
            query.from = parse_date(snapshot.taken_at.substr(0, 10));
            db::AuditRepository trail(db);
            auto about_project = query;
            about_project.project_code = snapshot.project_code;
            std::vector<AuditEntry> rows = trail.read(about_project);
            for (auto& entry : trail.read(query)) {
                if (!entry.change.project) {
                    rows.push_back(std::move(entry));
                }
            }
            std::sort(rows.begin(), rows.end(),
                      [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });
            for (auto& entry : rows) {
                if (entry.at >= snapshot.taken_at) {
                    check.changed_by.push_back(std::move(entry));
                }
            }
        }
        check.snapshot = std::move(snapshot);
        out.push_back(std::move(check));
    }
    return out;
}

}  // namespace polku::app
