// assignments.csv: key project, path_id and person. A row names one person, or a target group
// of the path's project, which assigns every member it has now. A person reached by two rows
// of one path must be given the same dates by both; they are one assignment.
#include <map>

#include "core/message.hpp"
#include "core/path_rows.hpp"
#include "db/import/importers.hpp"
#include "db/import/path_lookup.hpp"

namespace polku::db::import {

namespace {

class AssignmentImporter final : public ImporterBase {
  public:
    AssignmentImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                       const RowContext& context)
        : ImporterBase(sql, errors, binding, context),
          m_projects(load_project_ids(sql)),
          m_people(load_person_ids(sql)),
          m_paths(load_path_ids(sql)) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_assignment_row(row);
        if (!record) {
            return;
        }
        const auto path = m_paths.find(path_key(record->project, record->path_id));
        if (path == m_paths.end()) {
            m_errors.add(line, "path_id", no_path_message(record->project, record->path_id));
        }
        std::vector<std::pair<long long, std::string>> people;  // id, employee_id
        if (record->employee_id) {
            const auto person = m_people.find(*record->employee_id);
            if (person == m_people.end()) {
                m_errors.add(line, "employee_id", no_person_message(*record->employee_id));
                return;
            }
            people.emplace_back(person->second, *record->employee_id);
        } else if (!group_members(*record, line, people)) {
            return;
        }
        if (path == m_paths.end()) {
            return;
        }
        for (const auto& [person, employee_id] : people) {
            auto [it, inserted] =
                m_assignments.try_emplace({path->second, person}, Pending{*record, line});
            if (!inserted && (it->second.record.start != record->start ||
                              it->second.record.due != record->due)) {
                m_errors.add(line, record->employee_id ? "employee_id" : "target_group",
                             message(N_("{} is already assigned to path {} on line {} with other "
                                        "dates; a person has one assignment per path"),
                                     employee_id, record->path_id, it->second.line));
            }
        }
    }

    ImportCounts finish() override {
        if (!m_errors.empty()) {
            return {};
        }
        for (const auto& [key, pending] : m_assignments) {
            const auto& [path, person] = key;
            const std::string start = format_iso_date(pending.record.start);
            Nullable<std::string> due = nullable_date(pending.record.due);
            long long id = 0;
            soci::indicator found = soci::i_null;
            std::string stored_start;
            Nullable<std::string> stored_due;
            m_sql << "SELECT id, start_date, due_date FROM path_assignments WHERE path_id = :p "
                     "AND person_id = :pe",
                soci::use(path), soci::use(person), soci::into(id, found), soci::into(stored_start),
                soci::into(stored_due.value, stored_due.ind);
            if (found != soci::i_ok) {
                m_sql << "INSERT INTO path_assignments (path_id, person_id, start_date, due_date) "
                         "VALUES (:p, :pe, :s, :d)",
                    soci::use(path), soci::use(person), soci::use(start),
                    soci::use(due.value, due.ind);
                ++m_counts.added;
            } else if (stored_start == start && stored_due == due) {
                ++m_counts.unchanged;
            } else {
                m_sql
                    << "UPDATE path_assignments SET start_date = :s, due_date = :d WHERE id = :id",
                    soci::use(start), soci::use(due.value, due.ind), soci::use(id);
                ++m_counts.updated;
                const auto project = m_projects.find(pending.record.project);
                audit_update("path_assignments",
                             {{"path", pending.record.path_id},
                              {"employee_id",
                               audit_name(m_sql, "SELECT employee_id FROM people WHERE id = :id",
                                          Nullable<long long>(person))}},
                             {{"start", stored_start}, {"due", audit_value(stored_due)}},
                             {{"start", start}, {"due", audit_value(due)}}, person,
                             project == m_projects.end()
                                 ? std::nullopt
                                 : std::optional<long long>(project->second));
            }
        }
        return m_counts;
    }

  private:
    struct Pending {
        AssignmentRecord record;
        std::size_t line = 0;
    };

    // The group's members now; false (with an error) when the group is not the project's.
    bool group_members(const AssignmentRecord& record, std::size_t line,
                       std::vector<std::pair<long long, std::string>>& people) {
        const auto project = m_projects.find(record.project);
        if (project == m_projects.end()) {
            m_errors.add(line, "project", no_project_message(record.project));
            return false;
        }
        long long group = 0;
        soci::indicator found = soci::i_null;
        m_sql << "SELECT id FROM target_groups WHERE project_id = :p AND name = :n",
            soci::use(project->second), soci::use(*record.target_group), soci::into(group, found);
        if (found != soci::i_ok) {
            m_errors.add(line, "target_group",
                         message(N_("no target group '{}' in project {}; people join groups in "
                                    "people.csv (target_groups column)"),
                                 *record.target_group, record.project));
            return false;
        }
        long long person = 0;
        std::string employee_id;
        soci::statement st =
            (m_sql.prepare << "SELECT p.id, p.employee_id FROM target_group_members m JOIN people "
                              "p ON p.id = m.person_id WHERE m.target_group_id = :g",
             soci::use(group), soci::into(person), soci::into(employee_id));
        st.execute();
        while (st.fetch()) {
            people.emplace_back(person, employee_id);
        }
        return true;
    }

    std::unordered_map<std::string, long long> m_projects;
    std::unordered_map<std::string, long long> m_people;
    std::unordered_map<std::string, long long> m_paths;
    // Written in (path, person) order, so a re-import touches rows in one order.
    std::map<std::pair<long long, long long>, Pending> m_assignments;
};

}  // namespace

std::unique_ptr<RecordImporter> make_assignment_importer(soci::session& sql, ErrorList& errors,
                                                         const HeaderBinding& binding,
                                                         const RowContext& context) {
    return std::make_unique<AssignmentImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
