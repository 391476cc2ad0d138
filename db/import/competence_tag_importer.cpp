// event_competences.csv and activity_competences.csv: the competences an event or an
// individual activity builds, which competence steps of paths count the minutes of. Links are
// only added: a link stored but missing from the file is kept, as course_competences does.
#include "core/message.hpp"
#include "core/path_rows.hpp"
#include "db/import/competence_lookup.hpp"
#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

// Adds (owner, competence) to `table` unless it is there; counts which.
void link(soci::session& sql, const char* count_query, const char* insert_query, long long owner,
          long long competence, ImportCounts& counts) {
    int links = 0;
    sql << count_query, soci::use(owner), soci::use(competence), soci::into(links);
    if (links > 0) {
        ++counts.unchanged;
        return;
    }
    sql << insert_query, soci::use(owner), soci::use(competence);
    ++counts.added;
}

class EventCompetenceImporter final : public ImporterBase {
  public:
    EventCompetenceImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                            const RowContext& context)
        : ImporterBase(sql, errors, binding, context),
          m_events(load_ids(sql, "SELECT code, id FROM events")),
          m_competences(sql) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_event_competence_row(row);
        if (!record) {
            return;
        }
        const auto event = m_events.find(record->event_id);
        if (event == m_events.end()) {
            m_errors.add(line, "event_id", no_event_message(record->event_id));
        }
        const long long competence =
            m_competences.find(record->competence, record->framework, line, m_errors);
        if (event == m_events.end() || competence == 0) {
            return;
        }
        if (auto first =
                m_keys.seen(record->event_id + '\x1f' + std::to_string(competence), line)) {
            m_errors.add(
                line, "competence",
                duplicate_message(message(N_("competence of event {}"), record->event_id), first));
            return;
        }
        if (m_errors.empty()) {
            link(m_sql,
                 "SELECT COUNT(*) FROM event_competences WHERE event_id = :e AND "
                 "competence_id = :c",
                 "INSERT INTO event_competences (event_id, competence_id) VALUES (:e, :c)",
                 event->second, competence, m_counts);
        }
    }

  private:
    std::unordered_map<std::string, long long> m_events;
    CompetenceLookup m_competences;
};

class ActivityCompetenceImporter final : public ImporterBase {
  public:
    ActivityCompetenceImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                               const RowContext& context)
        : ImporterBase(sql, errors, binding, context),
          m_projects(load_project_ids(sql)),
          m_people(load_person_ids(sql)),
          m_competences(sql) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_activity_competence_row(row);
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
        const long long competence =
            m_competences.find(record->competence, record->framework, line, m_errors);
        if (person == m_people.end() || project == m_projects.end() || competence == 0) {
            return;
        }
        const std::string date = format_iso_date(record->date);
        const std::string kind(name_of(record->kind));
        long long activity = 0;
        soci::indicator found = soci::i_null;
        m_sql << "SELECT id FROM activities WHERE person_id = :p AND project_id = :pr AND "
                 "activity_date = :d AND kind = :k",
            soci::use(person->second), soci::use(project->second), soci::use(date), soci::use(kind),
            soci::into(activity, found);
        if (found != soci::i_ok) {
            m_errors.add(line, "date",
                         message(N_("no {} activity of {} in {} on {}; import it in "
                                    "activities.csv first"),
                                 kind, record->employee_id, record->project, date));
            return;
        }
        if (auto first =
                m_keys.seen(std::to_string(activity) + '\x1f' + std::to_string(competence), line)) {
            m_errors.add(line, "competence",
                         duplicate_message(translate(N_("competence of this activity")), first));
            return;
        }
        if (m_errors.empty()) {
            link(m_sql,
                 "SELECT COUNT(*) FROM activity_competences WHERE activity_id = :a AND "
                 "competence_id = :c",
                 "INSERT INTO activity_competences (activity_id, competence_id) VALUES (:a, :c)",
                 activity, competence, m_counts);
        }
    }

  private:
    std::unordered_map<std::string, long long> m_projects;
    std::unordered_map<std::string, long long> m_people;
    CompetenceLookup m_competences;
};

}  // namespace

std::unique_ptr<RecordImporter> make_event_competence_importer(soci::session& sql,
                                                               ErrorList& errors,
                                                               const HeaderBinding& binding,
                                                               const RowContext& context) {
    return std::make_unique<EventCompetenceImporter>(sql, errors, binding, context);
}

std::unique_ptr<RecordImporter> make_activity_competence_importer(soci::session& sql,
                                                                  ErrorList& errors,
                                                                  const HeaderBinding& binding,
                                                                  const RowContext& context) {
    return std::make_unique<ActivityCompetenceImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
