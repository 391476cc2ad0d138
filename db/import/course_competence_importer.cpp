// course_competences.csv: key course, framework, competence. A course is created on first
// mention (as events.csv does); the competence must be stored, named by its ID number and,
// where that number is in two frameworks, the framework's. required_share sets the course's
// share; blank leaves it as it is.
#include <map>

#include "core/competence_rows.hpp"
#include "core/message.hpp"
#include "db/import/competence_lookup.hpp"
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
            m_errors.add(line, "competence",
                         duplicate_message(message(N_("competence {} of course {}"),
                                                   record->competence, record->course),
                                           first));
            return;
        }
        if (record->required_share) {
            auto [it, inserted] =
                m_shares.try_emplace(record->course, *record->required_share, line);
            if (!inserted && it->second.first != *record->required_share) {
                m_errors.add(line, "required_share",
                             message(N_("the course {} has another required share ({}) on line "
                                        "{}; a course has one share"),
                                     record->course, it->second.first, it->second.second));
            }
        }
        m_rows.push_back({std::move(*record), line});
    }

    ImportCounts finish() override {
        const CompetenceLookup competences(m_sql);
        std::vector<long long> competence_ids;
        for (const auto& [record, line] : m_rows) {
            competence_ids.push_back(
                competences.find(record.competence, record.framework, line, m_errors));
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
                    audit_update("courses", {{"course", record.course}},
                                 {{"required_share", std::int64_t{stored}}},
                                 {{"required_share", std::int64_t{*record.required_share}}},
                                 std::nullopt, std::nullopt);
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
    NameRegistry m_names;
    std::vector<std::pair<CourseCompetenceRecord, std::size_t>> m_rows;
    std::map<std::string, std::pair<int, std::size_t>> m_shares;  // course → share, line
};

}  // namespace

std::unique_ptr<RecordImporter> make_course_competence_importer(soci::session& sql,
                                                                ErrorList& errors,
                                                                const HeaderBinding& binding,
                                                                const RowContext& context) {
    return std::make_unique<CourseCompetenceImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
