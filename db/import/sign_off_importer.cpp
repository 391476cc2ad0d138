// signoffs.csv: key project, path_id, step and person. The person must be assigned to the
// path, and the one signing must be above them in the reporting chain (domain.md "Competence
// paths"); one sign-off per person and step.
#include "core/message.hpp"
#include "core/path_rows.hpp"
#include "db/import/importers.hpp"
#include "db/import/path_lookup.hpp"
#include "db/supervisor_links.hpp"

namespace polku::db::import {

namespace {

class SignOffImporter final : public ImporterBase {
  public:
    SignOffImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                    const RowContext& context)
        : ImporterBase(sql, errors, binding, context),
          m_people(load_person_ids(sql)),
          m_paths(load_path_ids(sql)) {
        for (const auto& [employee_id, id] : m_people) {
            m_employee_ids.emplace(id, employee_id);
        }
        try {
            m_chain = ReportingChain(load_supervisor_links(sql), name_of_person());
        } catch (const InputError& e) {
            m_chain_problem = e.what();
        }
    }

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_sign_off_row(row);
        if (!record) {
            return;
        }
        const auto path = m_paths.find(path_key(record->project, record->path_id));
        const auto person = m_people.find(record->employee_id);
        const auto by = m_people.find(record->by);
        if (path == m_paths.end()) {
            m_errors.add(line, "path_id", no_path_message(record->project, record->path_id));
        }
        if (person == m_people.end()) {
            m_errors.add(line, "employee_id", no_person_message(record->employee_id));
        }
        if (by == m_people.end()) {
            m_errors.add(line, "by", no_person_message(record->by));
        }
        if (path == m_paths.end() || person == m_people.end() || by == m_people.end()) {
            return;
        }
        if (m_chain_problem) {
            m_errors.add(line, "by", *m_chain_problem);
            return;
        }
        try {
            check_sign_off(*m_chain, SignOff{person->second, 0, record->date, by->second, ""},
                           name_of_person());
        } catch (const InputError& e) {
            m_errors.add(line, "by", e.what());
            return;
        }
        long long step = 0;
        soci::indicator found = soci::i_null;
        m_sql << "SELECT id FROM path_steps WHERE path_id = :p AND step_number = :n",
            soci::use(path->second), soci::use(record->step), soci::into(step, found);
        if (found != soci::i_ok) {
            m_errors.add(line, "step",
                         message(N_("path {} has no step {}; import it in path_steps.csv first"),
                                 record->path_id, record->step));
            return;
        }
        int assigned = 0;
        m_sql << "SELECT COUNT(*) FROM path_assignments WHERE path_id = :p AND person_id = :pe",
            soci::use(path->second), soci::use(person->second), soci::into(assigned);
        if (assigned == 0) {
            m_errors.add(line, "employee_id",
                         message(N_("{} is not assigned to path {}; assign them first "
                                    "(assignments.csv)"),
                                 record->employee_id, record->path_id));
            return;
        }
        if (auto first = m_keys.seen(std::to_string(step) + '\x1f' + record->employee_id, line)) {
            m_errors.add(line, "step",
                         duplicate_message(message(N_("sign-off of step {} for {}"), record->step,
                                                   record->employee_id),
                                           first));
            return;
        }
        write(step, person->second, by->second, *record);
    }

  private:
    void write(long long step, long long person, long long by, const SignOffRecord& record) {
        const std::string date = format_iso_date(record.date);
        Nullable<std::string> note(record.note);
        long long id = 0, stored_by = 0;
        soci::indicator found = soci::i_null;
        std::string stored_date;
        Nullable<std::string> stored_note;
        m_sql << "SELECT id, signed_on, signed_by, note FROM sign_offs WHERE step_id = :s AND "
                 "person_id = :p",
            soci::use(step), soci::use(person), soci::into(id, found), soci::into(stored_date),
            soci::into(stored_by), soci::into(stored_note.value, stored_note.ind);
        if (found != soci::i_ok) {
            m_sql << "INSERT INTO sign_offs (step_id, person_id, signed_on, signed_by, note) "
                     "VALUES (:s, :p, :d, :b, :n)",
                soci::use(step), soci::use(person), soci::use(date), soci::use(by),
                soci::use(note.value, note.ind);
            ++m_counts.added;
        } else if (stored_date == date && stored_by == by && stored_note == note) {
            ++m_counts.unchanged;
        } else {
            m_sql
                << "UPDATE sign_offs SET signed_on = :d, signed_by = :b, note = :n WHERE id = :id",
                soci::use(date), soci::use(by), soci::use(note.value, note.ind), soci::use(id);
            ++m_counts.updated;
            // Keyed and valued as the desktop's sign-offs are (db/sign_off_repository.cpp).
            long long project = 0;
            m_sql << "SELECT p.project_id FROM path_steps s JOIN paths p ON p.id = s.path_id "
                     "WHERE s.id = :s",
                soci::use(step), soci::into(project);
            const auto values = [this](const std::string& on, long long signer,
                                       const Nullable<std::string>& text) -> AuditFields {
                return {{"signed_on", on},
                        {"signed_by", m_employee_ids.at(signer)},
                        {"note", audit_value(text)}};
            };
            audit_update("sign_offs",
                         {{"path", record.path_id},
                          {"step", std::int64_t{record.step}},
                          {"employee_id", record.employee_id}},
                         values(stored_date, stored_by, stored_note), values(date, by, note),
                         person, project);
        }
    }

    PersonName name_of_person() const {
        return [this](PersonKey key) {
            const auto it = m_employee_ids.find(key);
            return it == m_employee_ids.end() ? "person " + std::to_string(key) : it->second;
        };
    }

    std::unordered_map<std::string, long long> m_people;
    std::unordered_map<long long, std::string> m_employee_ids;
    std::unordered_map<std::string, long long> m_paths;
    std::optional<ReportingChain> m_chain;
    std::optional<std::string> m_chain_problem;
};

}  // namespace

std::unique_ptr<RecordImporter> make_sign_off_importer(soci::session& sql, ErrorList& errors,
                                                       const HeaderBinding& binding,
                                                       const RowContext& context) {
    return std::make_unique<SignOffImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
