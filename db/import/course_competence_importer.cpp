// course_competences.csv: key course, framework, competence. A course is created on first
// mention (as events.csv does); the competence must be stored, named by its ID number and,
// where that number is in two frameworks, the framework's. required_share sets the course's
// share; blank leaves it as it is.
#include <map>
#include <set>

#include "core/competence_rows.hpp"
#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

class CourseCompetenceImporter final : public ImporterBase {
  public:
    CourseCompetenceImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                             const RowContext& context)
        : ImporterBase(sql, errors, binding, context), m_names(sql) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_course_competence_row(row);
        if (!record) {
            return;
        }
        const std::string key =
            record->course + '\x1f' + record->framework.value_or("") + '\x1f' + record->competence;
        if (auto first = m_keys.seen(key, line)) {
            m_errors.add(
                line, "competence",
                duplicate_message(
                    "competence " + record->competence + " of course " + record->course, first));
            return;
        }
        if (record->required_share) {
            auto [it, inserted] =
                m_shares.try_emplace(record->course, *record->required_share, line);
            if (!inserted && it->second.first != *record->required_share) {
                m_errors.add(line, "required_share",
                             "the course " + record->course + " has another required share (" +
                                 std::to_string(it->second.first) + ") on line " +
                                 std::to_string(it->second.second) + "; a course has one share");
            }
        }
        m_rows.push_back({std::move(*record), line});
    }

    ImportCounts finish() override {
        load_competences();
        std::vector<long long> competence_ids;
        for (const auto& [record, line] : m_rows) {
            competence_ids.push_back(resolve(record, line));
        }
        if (!m_errors.empty()) {
            return {};
        }
        ImportCounts counts;
        std::map<std::string, bool> share_written;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const auto& record = m_rows[i].first;
            const long long course = m_names.course(record.course);
            bool updated = false;
            if (record.required_share && !share_written[record.course]) {
                share_written[record.course] = true;
                int stored = 0;
                m_sql << "SELECT required_share FROM courses WHERE id = :c", soci::use(course),
                    soci::into(stored);
                if (stored != *record.required_share) {
                    m_sql << "UPDATE courses SET required_share = :s WHERE id = :c",
                        soci::use(*record.required_share), soci::use(course);
                    updated = true;
                }
            }
            int links = 0;
            m_sql << "SELECT COUNT(*) FROM course_competences WHERE course_id = :c AND "
                     "competence_id = :k",
                soci::use(course), soci::use(competence_ids[i]), soci::into(links);
            if (links == 0) {
                m_sql << "INSERT INTO course_competences (course_id, competence_id) VALUES (:c, "
                         ":k)",
                    soci::use(course), soci::use(competence_ids[i]);
                ++counts.added;
            } else if (updated) {
                ++counts.updated;
            } else {
                ++counts.unchanged;
            }
        }
        return counts;
    }

  private:
    struct Stored {
        std::string framework;
        long long id = 0;
    };

    void load_competences() {
        long long id = 0;
        std::string id_number, framework;
        soci::statement st =
            (m_sql.prepare << "SELECT c.id, c.id_number, f.id_number FROM competences c JOIN "
                              "competence_frameworks f ON f.id = c.framework_id",
             soci::into(id), soci::into(id_number), soci::into(framework));
        st.execute();
        while (st.fetch()) {
            m_competences[id_number].push_back({framework, id});
        }
        std::string name;
        soci::statement frameworks =
            (m_sql.prepare << "SELECT id_number FROM competence_frameworks", soci::into(name));
        frameworks.execute();
        while (frameworks.fetch()) {
            m_frameworks.insert(name);
        }
    }

    // The competence's id, or 0 with an error.
    long long resolve(const CourseCompetenceRecord& record, std::size_t line) {
        const auto it = m_competences.find(record.competence);
        if (record.framework) {
            if (!m_frameworks.count(*record.framework)) {
                m_errors.add(line, "framework",
                             "no competence framework with ID number '" + *record.framework +
                                 "'; import it first (polku-cli import competencies FILE)");
                return 0;
            }
            if (it != m_competences.end()) {
                for (const auto& c : it->second) {
                    if (c.framework == *record.framework) {
                        return c.id;
                    }
                }
            }
            m_errors.add(line, "competence",
                         "no competence with ID number '" + record.competence + "' in framework " +
                             *record.framework + "; import it first (competencies or competences)");
            return 0;
        }
        if (it == m_competences.end()) {
            m_errors.add(line, "competence",
                         "no competence with ID number '" + record.competence +
                             "'; import its framework first (polku-cli import competencies FILE)");
            return 0;
        }
        if (it->second.size() > 1) {
            std::string names;
            for (const auto& c : it->second) {
                names += (names.empty() ? "" : ", ") + c.framework;
            }
            m_errors.add(line, "competence",
                         "the ID number '" + record.competence + "' is in several frameworks (" +
                             names + "); name one in a framework column");
            return 0;
        }
        return it->second.front().id;
    }

    NameRegistry m_names;
    std::vector<std::pair<CourseCompetenceRecord, std::size_t>> m_rows;
    std::map<std::string, std::pair<int, std::size_t>> m_shares;  // course → share, line
    std::map<std::string, std::vector<Stored>> m_competences;     // by ID number
    std::set<std::string> m_frameworks;
};

}  // namespace

std::unique_ptr<RecordImporter> make_course_competence_importer(soci::session& sql,
                                                                ErrorList& errors,
                                                                const HeaderBinding& binding,
                                                                const RowContext& context) {
    return std::make_unique<CourseCompetenceImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
