// paths.csv (key project, path_id) and path_steps.csv (key project, path_id, step). A path's
// target group is created on first mention, as people.csv does; a step's course too, as
// events.csv does; its competence must be stored.
#include "core/message.hpp"
#include "core/path_rows.hpp"
#include "db/import/competence_lookup.hpp"
#include "db/import/importers.hpp"
#include "db/import/path_lookup.hpp"

namespace polku::db::import {

namespace {

class PathImporter final : public ImporterBase {
  public:
    PathImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                 const RowContext& context)
        : ImporterBase(sql, errors, binding, context),
          m_projects(load_project_ids(sql)),
          m_names(sql) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_path_row(row);
        if (!record) {
            return;
        }
        const auto project = m_projects.find(record->project);
        if (project == m_projects.end()) {
            m_errors.add(line, "project", no_project_message(record->project));
            return;
        }
        if (auto first = m_keys.seen(path_key(record->project, record->path_id), line)) {
            m_errors.add(line, "path_id",
                         duplicate_message(message(N_("path {}"), record->path_id), first));
            return;
        }
        Nullable<long long> group;
        if (record->target_group) {
            group =
                Nullable<long long>(m_names.target_group(project->second, *record->target_group));
        }
        Nullable<std::string> description(record->description);
        long long id = 0;
        std::string name;
        Nullable<long long> stored_group;
        Nullable<std::string> stored_description;
        soci::indicator found = soci::i_null;
        m_sql << "SELECT id, name, target_group_id, description FROM paths WHERE project_id = :p "
                 "AND path_id = :k",
            soci::use(project->second), soci::use(record->path_id), soci::into(id, found),
            soci::into(name), soci::into(stored_group.value, stored_group.ind),
            soci::into(stored_description.value, stored_description.ind);
        if (found != soci::i_ok) {
            m_sql << "INSERT INTO paths (project_id, path_id, name, target_group_id, description) "
                     "VALUES (:p, :k, :n, :g, :d)",
                soci::use(project->second), soci::use(record->path_id), soci::use(record->name),
                soci::use(group.value, group.ind), soci::use(description.value, description.ind);
            ++m_counts.added;
            return;
        }
        // A description column left out of the file leaves the stored one alone.
        const bool description_given = m_binding.has("description");
        if (name == record->name && stored_group == group &&
            (!description_given || stored_description == description)) {
            ++m_counts.unchanged;
            return;
        }
        Nullable<std::string> new_description =
            description_given ? description : stored_description;
        m_sql
            << "UPDATE paths SET name = :n, target_group_id = :g, description = :d WHERE id = :id",
            soci::use(record->name), soci::use(group.value, group.ind),
            soci::use(new_description.value, new_description.ind), soci::use(id);
        ++m_counts.updated;
        const auto values = [&](const std::string& path_name, const Nullable<long long>& g,
                                const Nullable<long long>& other_g,
                                const Nullable<std::string>& text) -> AuditFields {
            return {{"name", path_name},
                    {"target_group",
                     g == other_g
                         ? AuditValue(std::monostate{})
                         : audit_name(m_sql, "SELECT name FROM target_groups WHERE id = :id", g)},
                    {"description", audit_value(text)}};
        };
        audit_update("paths", {{"project", record->project}, {"path", record->path_id}},
                     values(name, stored_group, group, stored_description),
                     values(record->name, group, stored_group, new_description), std::nullopt,
                     project->second);
    }

  private:
    std::unordered_map<std::string, long long> m_projects;
    NameRegistry m_names;
};

class PathStepImporter final : public ImporterBase {
  public:
    PathStepImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                     const RowContext& context)
        : ImporterBase(sql, errors, binding, context),
          m_paths(load_path_ids(sql)),
          m_competences(sql),
          m_names(sql) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_path_step_row(row);
        if (!record) {
            return;
        }
        const auto path = m_paths.find(path_key(record->project, record->path_id));
        if (path == m_paths.end()) {
            m_errors.add(line, "path_id", no_path_message(record->project, record->path_id));
        }
        Nullable<long long> competence;
        if (record->competence) {
            const long long id =
                m_competences.find(*record->competence, record->framework, line, m_errors);
            if (id == 0) {
                return;
            }
            competence = Nullable<long long>(id);
        }
        if (path == m_paths.end()) {
            return;
        }
        if (auto first = m_keys.seen(path_key(record->project, record->path_id) + '\x1f' +
                                         std::to_string(record->number),
                                     line)) {
            m_errors.add(
                line, "step",
                duplicate_message(
                    message(N_("step {} of path {}"), record->number, record->path_id), first));
            return;
        }
        Nullable<long long> course;
        if (record->course) {
            course = Nullable<long long>(m_names.course(*record->course));
        }
        const std::string kind(name_of(record->kind));
        Nullable<std::string> title(record->title);
        Nullable<int> minutes(record->kind == StepKind::competence
                                  ? std::optional<int>(record->required_minutes)
                                  : std::nullopt);
        const int mandatory = record->mandatory ? 1 : 0;
        Nullable<int> due(record->due_days);

        long long id = 0;
        soci::indicator found = soci::i_null;
        std::string stored_kind;
        Nullable<std::string> stored_title;
        Nullable<long long> stored_competence, stored_course;
        Nullable<int> stored_minutes, stored_due;
        int stored_mandatory = 1;
        m_sql << "SELECT id, kind, title, competence_id, required_minutes, course_id, mandatory, "
                 "due_offset_days FROM path_steps WHERE path_id = :p AND step_number = :n",
            soci::use(path->second), soci::use(record->number), soci::into(id, found),
            soci::into(stored_kind), soci::into(stored_title.value, stored_title.ind),
            soci::into(stored_competence.value, stored_competence.ind),
            soci::into(stored_minutes.value, stored_minutes.ind),
            soci::into(stored_course.value, stored_course.ind), soci::into(stored_mandatory),
            soci::into(stored_due.value, stored_due.ind);
        if (found != soci::i_ok) {
            m_sql << "INSERT INTO path_steps (path_id, step_number, kind, title, competence_id, "
                     "required_minutes, course_id, mandatory, due_offset_days) VALUES (:p, :n, "
                     ":k, :t, :c, :m, :co, :ma, :d)",
                soci::use(path->second), soci::use(record->number), soci::use(kind),
                soci::use(title.value, title.ind), soci::use(competence.value, competence.ind),
                soci::use(minutes.value, minutes.ind), soci::use(course.value, course.ind),
                soci::use(mandatory), soci::use(due.value, due.ind);
            ++m_counts.added;
            return;
        }
        if (stored_kind == kind && stored_title == title && stored_competence == competence &&
            stored_minutes == minutes && stored_course == course && stored_mandatory == mandatory &&
            stored_due == due) {
            ++m_counts.unchanged;
            return;
        }
        m_sql << "UPDATE path_steps SET kind = :k, title = :t, competence_id = :c, "
                 "required_minutes = :m, course_id = :co, mandatory = :ma, due_offset_days = :d "
                 "WHERE id = :id",
            soci::use(kind), soci::use(title.value, title.ind),
            soci::use(competence.value, competence.ind), soci::use(minutes.value, minutes.ind),
            soci::use(course.value, course.ind), soci::use(mandatory),
            soci::use(due.value, due.ind), soci::use(id);
        ++m_counts.updated;
        // Competence and course by what people read (ID number, title), looked up only when
        // they changed.
        const auto values = [&](const std::string& k, const Nullable<std::string>& t,
                                const Nullable<long long>& c, const Nullable<long long>& other_c,
                                const Nullable<int>& m, const Nullable<long long>& co,
                                const Nullable<long long>& other_co, int ma,
                                const Nullable<int>& d) -> AuditFields {
            return {
                {"kind", k},
                {"title", audit_value(t)},
                {"competence", c == other_c ? AuditValue(std::monostate{})
                                            : audit_name(m_sql,
                                                         "SELECT id_number FROM competences "
                                                         "WHERE id = :id",
                                                         c)},
                {"required_minutes", audit_value(m)},
                {"course", co == other_co
                               ? AuditValue(std::monostate{})
                               : audit_name(m_sql, "SELECT title FROM courses WHERE id = :id", co)},
                {"mandatory", std::string(ma ? "yes" : "no")},
                {"due_days", audit_value(d)}};
        };
        long long project = 0;
        m_sql << "SELECT project_id FROM paths WHERE id = :p", soci::use(path->second),
            soci::into(project);
        audit_update("path_steps",
                     {{"project", record->project},
                      {"path", record->path_id},
                      {"step", std::int64_t{record->number}}},
                     values(stored_kind, stored_title, stored_competence, competence,
                            stored_minutes, stored_course, course, stored_mandatory, stored_due),
                     values(kind, title, competence, stored_competence, minutes, course,
                            stored_course, mandatory, due),
                     std::nullopt, project);
    }

  private:
    std::unordered_map<std::string, long long> m_paths;
    CompetenceLookup m_competences;
    NameRegistry m_names;
};

}  // namespace

std::unique_ptr<RecordImporter> make_path_importer(soci::session& sql, ErrorList& errors,
                                                   const HeaderBinding& binding,
                                                   const RowContext& context) {
    return std::make_unique<PathImporter>(sql, errors, binding, context);
}

std::unique_ptr<RecordImporter> make_path_step_importer(soci::session& sql, ErrorList& errors,
                                                        const HeaderBinding& binding,
                                                        const RowContext& context) {
    return std::make_unique<PathStepImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
