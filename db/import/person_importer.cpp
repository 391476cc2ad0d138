// people.csv: key employee_id. Two phases: rows are gathered first, because a supervisor may
// be a person further down the same file and a cycle can only be seen over the whole file.
// Columns missing from the file leave the stored values as they are.
#include <algorithm>
#include <set>

#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

struct PersonRow {
    std::string first_name, last_name;
    Nullable<std::string> email;
    Nullable<long long> organisation_id, unit_id;
    Nullable<std::string> gender;
    Nullable<int> birth_year;
    Nullable<std::string> education, labour_status;
    bool operator==(const PersonRow&) const = default;
};

struct StoredPerson {
    long long id = 0;
    PersonRow row;
    Nullable<long long> supervisor_id;
};

enum class Outcome { added, updated, unchanged };

class PersonImporter final : public ImporterBase {
  public:
    PersonImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                   RowContext context)
        : ImporterBase(sql, errors, binding, context), m_names(sql) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_person_row(row, m_context);
        if (!record) {
            return;
        }
        if (auto first = m_keys.seen(record->employee_id, line)) {
            m_errors.add(line, "employee_id",
                         duplicate_message("employee_id " + record->employee_id, first));
            return;
        }
        m_records.push_back({std::move(*record), line});
    }

    ImportCounts finish() override {
        load_stored();
        check_references();
        check_supervisor_cycles();
        if (!m_errors.empty()) {
            return {};  // nothing written will be kept: the import is refused
        }
        std::vector<Outcome> outcomes;
        std::vector<long long> ids;
        for (const auto& [record, line] : m_records) {
            auto [id, outcome] = write_person(record);
            ids.push_back(id);
            outcomes.push_back(outcome);
            m_ids[record.employee_id] = id;
        }
        for (std::size_t i = 0; i < m_records.size(); ++i) {
            const auto& record = m_records[i].first;
            bool changed = false;
            if (m_binding.has("supervisor_id")) {
                changed |= write_supervisor(ids[i], record.supervisor_id);
            }
            if (m_binding.has("target_groups")) {
                changed |= write_memberships(ids[i], record.target_groups);
            }
            if (changed && outcomes[i] == Outcome::unchanged) {
                outcomes[i] = Outcome::updated;
            }
        }
        ImportCounts counts;
        for (auto o : outcomes) {
            (o == Outcome::added     ? counts.added
             : o == Outcome::updated ? counts.updated
                                     : counts.unchanged)++;
        }
        return counts;
    }

  private:
    void load_stored() {
        m_ids = load_person_ids(m_sql);
        m_projects = load_project_ids(m_sql);
        long long id = 0;
        std::string employee_id;
        long long supervisor = 0;
        soci::indicator supervisor_ind = soci::i_null;
        std::unordered_map<long long, std::string> employee_of;
        std::vector<std::pair<std::string, long long>> supervised;
        soci::statement st =
            (m_sql.prepare << "SELECT id, employee_id, supervisor_id FROM people", soci::into(id),
             soci::into(employee_id), soci::into(supervisor, supervisor_ind));
        st.execute();
        while (st.fetch()) {
            employee_of[id] = employee_id;
            if (supervisor_ind == soci::i_ok) {
                supervised.emplace_back(employee_id, supervisor);
            }
        }
        for (const auto& [person, sup] : supervised) {
            m_supervisor_of[person] = employee_of[sup];
        }
    }

    void check_references() {
        std::unordered_map<std::string, std::size_t> in_file;
        for (const auto& [record, line] : m_records) {
            in_file.emplace(record.employee_id, line);
        }
        for (const auto& [record, line] : m_records) {
            if (record.supervisor_id && !in_file.count(*record.supervisor_id) &&
                !m_ids.count(*record.supervisor_id)) {
                m_errors.add(line, "supervisor_id",
                             "no person with employee_id '" + *record.supervisor_id +
                                 "' in this file or the database; add the supervisor first");
            }
            for (const auto& group : record.target_groups) {
                if (!m_projects.count(group.project)) {
                    m_errors.add(line, "target_groups",
                                 "the target group " + group.project + ":" + group.group +
                                     " names no existing project '" + group.project +
                                     "'; import it in projects.csv first");
                }
            }
        }
    }

    // Each person's chain of supervisors must end: a cycle would make "everyone below" endless.
    void check_supervisor_cycles() {
        auto chain = m_supervisor_of;  // employee_id → supervisor's employee_id
        std::unordered_map<std::string, std::size_t> line_of;
        if (m_binding.has("supervisor_id")) {
            for (const auto& [record, line] : m_records) {
                if (record.supervisor_id) {
                    chain[record.employee_id] = *record.supervisor_id;
                } else {
                    chain.erase(record.employee_id);
                }
            }
        }
        for (const auto& [record, line] : m_records) {
            line_of.emplace(record.employee_id, line);
        }
        std::set<std::string> reported;
        for (const auto& [record, line] : m_records) {
            std::vector<std::string> path{record.employee_id};
            std::set<std::string> on_path{record.employee_id};
            for (auto it = chain.find(record.employee_id); it != chain.end();
                 it = chain.find(it->second)) {
                if (on_path.count(it->second)) {
                    // Report each cycle once, on the line of the first of its members in the file.
                    auto start = std::find(path.begin(), path.end(), it->second);
                    std::vector<std::string> cycle(start, path.end());
                    const auto smallest = *std::min_element(cycle.begin(), cycle.end());
                    if (it->second == record.employee_id && reported.insert(smallest).second) {
                        std::string text;
                        for (const auto& p : cycle) {
                            text += p + " → ";
                        }
                        text += it->second;
                        m_errors.add(line, "supervisor_id",
                                     "the supervisor chain goes round in a cycle: " + text +
                                         "; someone in it must report to someone else");
                    }
                    break;
                }
                path.push_back(it->second);
                on_path.insert(it->second);
            }
        }
    }

    std::pair<long long, Outcome> write_person(const PersonRecord& record) {
        PersonRow in;
        in.first_name = record.first_name;
        in.last_name = record.last_name;
        in.email = record.email;
        if (record.organisation) {
            const long long org = m_names.organisation(*record.organisation);
            in.organisation_id = Nullable<long long>(org);
            if (record.unit) {
                in.unit_id = Nullable<long long>(m_names.unit(org, *record.unit));
            }
        }
        in.gender = nullable_name(record.gender);
        in.birth_year = record.birth_year;
        in.education = nullable_name(record.education);
        in.labour_status = nullable_name(record.labour_status);

        StoredPerson stored;
        soci::indicator found = soci::i_null;
        auto& s = stored.row;
        m_sql << "SELECT id, first_name, last_name, email, organisation_id, unit_id, gender, "
                 "birth_year, education, "
                 "labour_status FROM people WHERE employee_id = :e",
            soci::use(record.employee_id), soci::into(stored.id, found), soci::into(s.first_name),
            soci::into(s.last_name), soci::into(s.email.value, s.email.ind),
            soci::into(s.organisation_id.value, s.organisation_id.ind),
            soci::into(s.unit_id.value, s.unit_id.ind), soci::into(s.gender.value, s.gender.ind),
            soci::into(s.birth_year.value, s.birth_year.ind),
            soci::into(s.education.value, s.education.ind),
            soci::into(s.labour_status.value, s.labour_status.ind);
        long long id = stored.id;
        Outcome outcome = Outcome::updated;
        if (found == soci::i_ok) {
            keep_absent_columns(in, s);
            if (in == s) {
                return {id, Outcome::unchanged};
            }
        } else {
            outcome = Outcome::added;
            m_sql << "INSERT INTO people (employee_id, first_name, last_name) VALUES (:e, :f, :l) "
                     "RETURNING id",
                soci::use(record.employee_id), soci::use(in.first_name), soci::use(in.last_name),
                soci::into(id);
        }
        m_sql << "UPDATE people SET first_name = :f, last_name = :l, email = :email, "
                 "organisation_id = :org, "
                 "unit_id = :unit, gender = :g, birth_year = :by, education = :edu, labour_status "
                 "= :ls WHERE id = :id",
            soci::use(in.first_name), soci::use(in.last_name),
            soci::use(in.email.value, in.email.ind),
            soci::use(in.organisation_id.value, in.organisation_id.ind),
            soci::use(in.unit_id.value, in.unit_id.ind), soci::use(in.gender.value, in.gender.ind),
            soci::use(in.birth_year.value, in.birth_year.ind),
            soci::use(in.education.value, in.education.ind),
            soci::use(in.labour_status.value, in.labour_status.ind), soci::use(id);
        return {id, outcome};
    }

    void keep_absent_columns(PersonRow& in, const PersonRow& stored) const {
        if (!m_binding.has("email"))
            in.email = stored.email;
        if (!m_binding.has("organisation"))
            in.organisation_id = stored.organisation_id;
        if (!m_binding.has("unit"))
            in.unit_id = stored.unit_id;
        if (!m_binding.has("gender"))
            in.gender = stored.gender;
        if (!m_binding.has("birth_year"))
            in.birth_year = stored.birth_year;
        if (!m_binding.has("education"))
            in.education = stored.education;
        if (!m_binding.has("labour_status"))
            in.labour_status = stored.labour_status;
    }

    bool write_supervisor(long long id, const std::optional<std::string>& supervisor_employee_id) {
        Nullable<long long> wanted(supervisor_employee_id
                                       ? std::optional<long long>(m_ids.at(*supervisor_employee_id))
                                       : std::nullopt);
        Nullable<long long> stored;
        m_sql << "SELECT supervisor_id FROM people WHERE id = :id", soci::use(id),
            soci::into(stored.value, stored.ind);
        if (stored == wanted) {
            return false;
        }
        m_sql << "UPDATE people SET supervisor_id = :s WHERE id = :id",
            soci::use(wanted.value, wanted.ind), soci::use(id);
        return true;
    }

    bool write_memberships(long long id, const std::vector<GroupRef>& groups) {
        std::set<long long> wanted;
        for (const auto& g : groups) {
            wanted.insert(m_names.target_group(m_projects.at(g.project), g.group));
        }
        std::set<long long> stored;
        long long group = 0;
        soci::statement st =
            (m_sql.prepare
                 << "SELECT target_group_id FROM target_group_members WHERE person_id = :p",
             soci::use(id), soci::into(group));
        st.execute();
        while (st.fetch()) {
            stored.insert(group);
        }
        if (stored == wanted) {
            return false;
        }
        m_sql << "DELETE FROM target_group_members WHERE person_id = :p", soci::use(id);
        for (long long g : wanted) {
            m_sql
                << "INSERT INTO target_group_members (target_group_id, person_id) VALUES (:g, :p)",
                soci::use(g), soci::use(id);
        }
        return true;
    }

    NameRegistry m_names;
    std::vector<std::pair<PersonRecord, std::size_t>> m_records;
    std::unordered_map<std::string, long long> m_ids;
    std::unordered_map<std::string, long long> m_projects;
    std::unordered_map<std::string, std::string> m_supervisor_of;
};

}  // namespace

std::unique_ptr<RecordImporter> make_person_importer(soci::session& sql, ErrorList& errors,
                                                     const HeaderBinding& binding,
                                                     const RowContext& context) {
    return std::make_unique<PersonImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
