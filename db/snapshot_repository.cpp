#include "db/snapshot_repository.hpp"

#include <soci/soci.h>

#include "core/message.hpp"
#include "db/audit_log.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/soci_errors.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

long long SnapshotRepository::store(const std::string& project_code,
                                    const std::optional<Date>& from, const std::optional<Date>& to,
                                    const std::string& figures, const std::string& sha256) {
    try {
        Transaction transaction(m_db);
        const std::string at = utc_timestamp_now();
        const std::string actor = audit_actor(m_db);
        auto from_text = import::nullable_date(from);
        auto to_text = import::nullable_date(to);
        long long id = 0;
        m_db.session() << "INSERT INTO report_snapshots (taken_at, actor, report, project_code, "
                          "period_from, period_to, figures, sha256) VALUES (:at, :actor, "
                          "'monitoring', :project, :from, :to, :figures, :sha) RETURNING id",
            soci::use(at), soci::use(actor), soci::use(project_code),
            soci::use(from_text.value, from_text.ind), soci::use(to_text.value, to_text.ind),
            soci::use(figures), soci::use(sha256), soci::into(id);
        transaction.commit();
        return id;
    } catch (...) {
        rethrow_as_database_error(translate(N_("storing the report snapshot")));
    }
}

std::vector<ReportSnapshot> SnapshotRepository::all() {
    try {
        std::vector<ReportSnapshot> out;
        ReportSnapshot row;
        import::Nullable<std::string> from, to;
        soci::statement st =
            (m_db.session().prepare
                 << "SELECT id, taken_at, actor, project_code, period_from, period_to, figures, "
                    "sha256 FROM report_snapshots ORDER BY id",
             soci::into(row.id), soci::into(row.taken_at), soci::into(row.actor),
             soci::into(row.project_code), soci::into(from.value, from.ind),
             soci::into(to.value, to.ind), soci::into(row.figures), soci::into(row.sha256));
        st.execute();
        while (st.fetch()) {
            row.from =
                from.ind == soci::i_ok ? std::optional(stored_date(from.value)) : std::nullopt;
            row.to = to.ind == soci::i_ok ? std::optional(stored_date(to.value)) : std::nullopt;
            out.push_back(row);
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading the report snapshots")));
    }
}

}  // namespace polku::db
