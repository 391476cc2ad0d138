#pragma once
// Report snapshots (issue 8): the monitoring figures sent with a payment application, stored
// with a hash; verifying writes each report again and lists every figure that has changed
// since, with the audit rows recorded after the snapshot that may have changed it.

#include <string>
#include <vector>

#include "app/monitoring_service.hpp"
#include "core/audit_record.hpp"
#include "db/snapshot_repository.hpp"
#include "reports/figure_changes.hpp"

namespace polku::app {

struct SnapshotTaken {
    long long id = 0;
    std::string sha256;
};

// Stores `figures` (the monitoring JSON written for `request`, whose project it names).
// Throws DatabaseError.
SnapshotTaken store_snapshot(db::Database& db, const ReportRequest& request,
                             const std::string& project_code, const std::string& figures);

struct SnapshotCheck {
    db::ReportSnapshot snapshot;
    bool sealed = true;  // the stored figures still match their hash
    std::vector<reports::FigureChange> changes;
    // Rows recorded after the snapshot about its project, and imports (which touch any).
    std::vector<AuditEntry> changed_by;
    bool unchanged() const { return sealed && changes.empty(); }
};

// Every snapshot, oldest first. Throws InputError (a project gone), DatabaseError.
std::vector<SnapshotCheck> verify_snapshots(db::Database& db);

}  // namespace polku::app
