// activities.csv: key (employee_id, project, date, kind).
#include "core/message.hpp"
#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

class ActivityImporter final : public ImporterBase {
  public:
    ActivityImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                     RowContext context)
        : ImporterBase(sql, errors, binding, context),
          m_projects(load_project_ids(sql)),
          m_people(load_person_ids(sql)),
          m_select((m_sql.prepare
                        << "SELECT id, minutes, description FROM activities WHERE person_id = :p "
                           "AND project_id = :pr AND activity_date = :d AND kind = :k",
                    soci::use(m_person), soci::use(m_project), soci::use(m_date), soci::use(m_kind),
                    soci::into(m_id, m_found), soci::into(m_stored_minutes),
                    soci::into(m_stored_description.value, m_stored_description.ind))) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_activity_row(row, m_context);
        if (!record) {
            return;
        }
        const auto project = m_projects.find(record->project);
        const auto person = m_people.find(record->employee_id);
        if (person == m_people.end()) {
            m_errors.add(line, "employee_id", no_person_message(record->employee_id));
        }
        if (project == m_projects.end()) {
            m_errors.add(line, "project", no_project_message(record->project));
        }
        if (person == m_people.end() || project == m_projects.end()) {
            return;
        }
        m_person = person->second;
        m_project = project->second;
        m_date = format_iso_date(record->date);
        m_kind = std::string(name_of(record->kind));
        if (auto first = m_keys.seen(
                record->employee_id + '\x1f' + record->project + '\x1f' + m_date + '\x1f' + m_kind,
                line)) {
            m_errors.add(line, "date",
                         duplicate_message(
                             translate(N_("activity (person, project, date and kind)")), first));
            return;
        }
        m_found = soci::i_null;
        m_select.execute(true);
        Nullable<std::string> description(record->description);
        if (m_found == soci::i_ok && m_stored_minutes == record->minutes &&
            m_stored_description == description) {
            ++m_counts.unchanged;
            return;
        }
        if (refused_by_lock(line, "date", m_project, record->date, N_("an activity dated {}"))) {
            return;
        }
        if (m_found == soci::i_ok) {
            ++m_counts.updated;
            m_sql << "UPDATE activities SET minutes = :m, description = :d WHERE id = :id",
                soci::use(record->minutes), soci::use(description.value, description.ind),
                soci::use(m_id);
            audit_update("activities",
                         {{"employee_id", record->employee_id},
                          {"project", record->project},
                          {"date", m_date},
                          {"kind", m_kind}},
                         {{"minutes", std::int64_t{m_stored_minutes}},
                          {"description", audit_value(m_stored_description)}},
                         {{"minutes", std::int64_t{record->minutes}},
                          {"description", audit_value(description)}},
                         m_person, m_project);
            return;
        }
        ++m_counts.added;
        m_sql << "INSERT INTO activities (person_id, project_id, activity_date, kind, minutes, "
                 "description) "
                 "VALUES (:p, :pr, :d, :k, :m, :desc)",
            soci::use(m_person), soci::use(m_project), soci::use(m_date), soci::use(m_kind),
            soci::use(record->minutes), soci::use(description.value, description.ind);
    }

  private:
    std::unordered_map<std::string, long long> m_projects;
    std::unordered_map<std::string, long long> m_people;
    // Bound by reference to the prepared lookup below.
    long long m_person = 0, m_project = 0, m_id = 0;
    std::string m_date, m_kind;
    int m_stored_minutes = 0;
    Nullable<std::string> m_stored_description;
    soci::indicator m_found = soci::i_null;
    soci::statement m_select;
};

}  // namespace

std::unique_ptr<RecordImporter> make_activity_importer(soci::session& sql, ErrorList& errors,
                                                       const HeaderBinding& binding,
                                                       const RowContext& context) {
    return std::make_unique<ActivityImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
