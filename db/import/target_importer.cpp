// targets.csv: key (project, metric, target_group).
#include "core/message.hpp"
#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

// "2352.00": a planned value as targets.csv gives it.
std::string planned_text(long long hundredths) {
    const long long cents = hundredths % 100;
    return std::to_string(hundredths / 100) + (cents < 10 ? ".0" : ".") + std::to_string(cents);
}

class TargetImporter final : public ImporterBase {
  public:
    TargetImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                   RowContext context)
        : ImporterBase(sql, errors, binding, context),
          m_names(sql),
          m_projects(load_project_ids(sql)) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_target_row(row, m_context);
        if (!record) {
            return;
        }
        const auto project = m_projects.find(record->project);
        if (project == m_projects.end()) {
            m_errors.add(line, "project", no_project_message(record->project));
            return;
        }
        const std::string key =
            record->project + '\x1f' + record->metric + '\x1f' + record->target_group.value_or("");
        if (auto first = m_keys.seen(key, line)) {
            m_errors.add(line, "metric", duplicate_message(translate(N_("target")), first));
            return;
        }
        long long group_id =
            record->target_group ? m_names.target_group(project->second, *record->target_group) : 0;
        Nullable<long long> group(record->target_group ? std::optional<long long>(group_id)
                                                       : std::nullopt);
        long long id = 0;
        long long stored = 0;
        soci::indicator found = soci::i_null;
        m_sql << "SELECT id, planned_hundredths FROM targets WHERE project_id = :p AND metric = :m "
                 "AND COALESCE(target_group_id, 0) = :g",
            soci::use(project->second), soci::use(record->metric), soci::use(group_id),
            soci::into(id, found), soci::into(stored);
        if (found == soci::i_ok) {
            if (stored == record->planned_hundredths) {
                ++m_counts.unchanged;
                return;
            }
            ++m_counts.updated;
            m_sql << "UPDATE targets SET planned_hundredths = :v WHERE id = :id",
                soci::use(record->planned_hundredths), soci::use(id);
            audit_update("targets",
                         {{"project", record->project},
                          {"metric", record->metric},
                          {"target_group", record->target_group ? AuditValue(*record->target_group)
                                                                : AuditValue(std::monostate{})}},
                         {{"planned", planned_text(stored)}},
                         {{"planned", planned_text(record->planned_hundredths)}}, std::nullopt,
                         project->second);
        } else {
            ++m_counts.added;
            m_sql
                << "INSERT INTO targets (project_id, metric, target_group_id, planned_hundredths) "
                   "VALUES (:p, :m, :g, :v)",
                soci::use(project->second), soci::use(record->metric),
                soci::use(group.value, group.ind), soci::use(record->planned_hundredths);
        }
    }

  private:
    NameRegistry m_names;
    std::unordered_map<std::string, long long> m_projects;
};

}  // namespace

std::unique_ptr<RecordImporter> make_target_importer(soci::session& sql, ErrorList& errors,
                                                     const HeaderBinding& binding,
                                                     const RowContext& context) {
    return std::make_unique<TargetImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
