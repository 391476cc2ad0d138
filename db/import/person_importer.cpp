// people.csv: key employee_id. Two phases: rows are gathered first, because a supervisor may
// be a person further down the same file and a cycle can only be seen over the whole file.
// Columns missing from the file leave the stored values as they are.
#include <algorithm>
#include <set>

#include "core/message.hpp"
#include "db/import/importers.hpp"
#include "db/stored_values.hpp"

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
            m_errors.add(
                line, "employee_id",
                duplicate_message(message(N_("employee_id {}"), record->employee_id), first));
            return;
        }
        m_records.push_back({std::move(*record), line});
    }

    ImportCounts finish() override {
        load_stored();
        check_references();
        check_supervisor_cycles();
        check_locked_esf_data();
        if (!m_errors.empty()) {
            return {};  // nothing written will be kept: the import is refused
        }
        std::vector<Outcome> outcomes;
        std::vector<long long> ids;
        // An updated person's values before and after, for their audit row.
        std::vector<Change> changes(m_records.size());
        for (std::size_t i = 0; i < m_records.size(); ++i) {
            const auto& record = m_records[i].first;
            auto [id, outcome] = write_person(record, changes[i]);
            ids.push_back(id);
            outcomes.push_back(outcome);
            m_ids[record.employee_id] = id;
        }
        for (std::size_t i = 0; i < m_records.size(); ++i) {
            const auto& record = m_records[i].first;
            bool changed = false;
            if (m_binding.has("supervisor_id")) {
                changed |= write_supervisor(ids[i], record.supervisor_id, changes[i]);
            }
            if (m_binding.has("target_groups")) {
                changed |= write_memberships(ids[i], record.target_groups, changes[i]);
            }
            if (changed && outcomes[i] == Outcome::unchanged) {
                outcomes[i] = Outcome::updated;
            }
            if (outcomes[i] == Outcome::updated) {
                audit_update("people", {{"employee_id", record.employee_id}}, changes[i].before,
                             changes[i].after, ids[i], std::nullopt);
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
    struct Change {
        AuditFields before, after;
    };

    // A person's columns as people.csv names them (the person editor's rows do the same);
    // the names behind organisation and unit are looked up only where `other` differs.
    AuditFields person_fields(const PersonRow& row, const PersonRow& other) {
        const auto named = [&](const char* query, const Nullable<long long>& id,
                               const Nullable<long long>& other_id) {
            return id == other_id ? AuditValue(std::monostate{}) : audit_name(m_sql, query, id);
        };
        return {
            {"first_name", row.first_name},
            {"last_name", row.last_name},
            {"email", audit_value(row.email)},
            {"organisation", named("SELECT name FROM organisations WHERE id = :id",
                                   row.organisation_id, other.organisation_id)},
            {"unit", named("SELECT name FROM units WHERE id = :id", row.unit_id, other.unit_id)},
            {"gender", audit_value(row.gender)},
            {"birth_year", audit_value(row.birth_year)},
            {"education", audit_value(row.education)},
            {"labour_status", audit_value(row.labour_status)}};
    }

    // "S1:Hoitajat|S2:Esihenkilöt": a person's groups, sorted, as the editor's rows hold them.
    AuditValue groups_text(const std::set<long long>& groups) {
        std::vector<std::string> names;
        long long group = 0;
        std::string project, name;
        soci::statement st =
            (m_sql.prepare << "SELECT p.code, g.name FROM target_groups g "
                              "JOIN projects p ON p.id = g.project_id WHERE g.id = :g",
             soci::use(group), soci::into(project), soci::into(name));
        for (const long long g : groups) {
            group = g;
            st.execute(true);
            names.push_back(project + ":" + name);
        }
        std::sort(names.begin(), names.end());
        std::string text;
        for (const auto& n : names) {
            text += (text.empty() ? "" : "|") + n;
        }
        return text.empty() ? AuditValue(std::monostate{}) : AuditValue(text);
    }

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
                             message(N_("no person with employee_id '{}' in this file or the "
                                        "database; add the supervisor first"),
                                     *record.supervisor_id));
            }
            for (const auto& group : record.target_groups) {
                if (!m_projects.count(group.project)) {
                    m_errors.add(line, "target_groups",
                                 message(N_("the target group {}:{} names no existing project "
                                            "'{}'; import it in projects.csv first"),
                                         group.project, group.group, group.project));
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
                                     message(N_("the supervisor chain goes round in a cycle: {}; "
                                                "someone in it must report to someone else"),
                                             text));
                    }
                    break;
                }
                path.push_back(it->second);
                on_path.insert(it->second);
            }
        }
    }

    // The ESF data and target groups of someone counted in a locked period are used by figures
    // already sent to the funder: they stay as they are (core's counted_in_locked_period).
    // Columns the file leaves out keep their stored values, so they never change.
    void check_locked_esf_data() {
        if (m_locks.empty()) {
            return;
        }
        long long id = 0;
        Nullable<std::string> gender, education, labour_status;
        Nullable<int> birth_year;
        std::string employee_id;
        soci::indicator found = soci::i_null;
        soci::statement select =
            (m_sql.prepare << "SELECT id, gender, birth_year, education, labour_status "
                              "FROM people WHERE employee_id = :e",
             soci::use(employee_id), soci::into(id, found), soci::into(gender.value, gender.ind),
             soci::into(birth_year.value, birth_year.ind),
             soci::into(education.value, education.ind),
             soci::into(labour_status.value, labour_status.ind));
        for (const auto& [record, line] : m_records) {
            employee_id = record.employee_id;
            found = soci::i_null;
            select.execute(true);
            if (found != soci::i_ok) {
                continue;  // a new person has no entries yet
            }
            const EsfData before{stored_optional_enum<Gender>(gender), birth_year.get(),
                                 stored_optional_enum<Education>(education),
                                 stored_optional_enum<LabourStatus>(labour_status)};
            EsfData after = before;
            if (m_binding.has("gender"))
                after.gender = record.gender;
            if (m_binding.has("birth_year"))
                after.birth_year = record.birth_year;
            if (m_binding.has("education"))
                after.education = record.education;
            if (m_binding.has("labour_status"))
                after.labour_status = record.labour_status;
            if (const auto columns = changed_esf_columns(before, after); !columns.empty()) {
                if (const PeriodLock* lock = m_locks.lock_counting_person(id)) {
                    for (const auto& column : columns) {
                        refuse_locked_value(
                            line, column,
                            message(N_("the {} of a person counted in the locked period"), column),
                            *lock);
                    }
                }
            }
            if (m_binding.has("target_groups")) {
                check_locked_groups(id, record, line);
            }
        }
    }

    // A person's days count in their target groups' rows of each project: in a locked
    // project, a person counted there keeps their groups.
    void check_locked_groups(long long id, const PersonRecord& record, std::size_t line) {
        std::vector<GroupRef> stored;
        std::string project, group;
        soci::statement st =
            (m_sql.prepare << "SELECT p.code, g.name FROM target_group_members m "
                              "JOIN target_groups g ON g.id = m.target_group_id "
                              "JOIN projects p ON p.id = g.project_id WHERE m.person_id = :p",
             soci::use(id), soci::into(project), soci::into(group));
        st.execute();
        while (st.fetch()) {
            stored.push_back({project, group});
        }
        for (const auto& code : projects_with_changed_groups(stored, record.target_groups)) {
            const auto project_id = m_projects.find(code);
            if (project_id == m_projects.end()) {
                continue;  // an unknown project, already an error
            }
            if (const PeriodLock* lock = m_locks.lock_counting_person_in(id, project_id->second)) {
                refuse_locked_value(
                    line, "target_groups",
                    message(N_("the target groups in {} of a person counted in the locked period"),
                            code),
                    *lock);
            }
        }
    }

    std::pair<long long, Outcome> write_person(const PersonRecord& record, Change& change) {
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
            change.before = person_fields(s, in);
            change.after = person_fields(in, s);
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

    bool write_supervisor(long long id, const std::optional<std::string>& supervisor_employee_id,
                          Change& change) {
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
        change.before.emplace_back(
            "supervisor_id",
            audit_name(m_sql, "SELECT employee_id FROM people WHERE id = :id", stored));
        change.after.emplace_back("supervisor_id", supervisor_employee_id
                                                       ? AuditValue(*supervisor_employee_id)
                                                       : AuditValue(std::monostate{}));
        return true;
    }

    bool write_memberships(long long id, const std::vector<GroupRef>& groups, Change& change) {
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
        change.before.emplace_back("target_groups", groups_text(stored));
        change.after.emplace_back("target_groups", groups_text(wanted));
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
