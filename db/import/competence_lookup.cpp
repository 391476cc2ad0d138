#include "db/import/competence_lookup.hpp"

#include "core/message.hpp"

namespace polku::db::import {

CompetenceLookup::CompetenceLookup(soci::session& sql) {
    long long id = 0;
    std::string id_number, framework, name;
    soci::statement st =
        (sql.prepare << "SELECT c.id, c.id_number, f.id_number, c.short_name FROM competences c "
                        "JOIN competence_frameworks f ON f.id = c.framework_id",
         soci::into(id), soci::into(id_number), soci::into(framework), soci::into(name));
    st.execute();
    while (st.fetch()) {
        m_by_number[id_number].push_back({framework, id});
        m_names[id] = id_number + " (" + name + ")";
    }
    soci::statement frameworks =
        (sql.prepare << "SELECT id_number FROM competence_frameworks", soci::into(name));
    frameworks.execute();
    while (frameworks.fetch()) {
        m_frameworks.insert(name);
    }
}

long long CompetenceLookup::find(const std::string& competence,
                                 const std::optional<std::string>& framework, std::size_t line,
                                 ErrorList& errors, const std::string& column,
                                 const std::string& framework_column) const {
    const auto it = m_by_number.find(competence);
    if (framework) {
        if (!m_frameworks.count(*framework)) {
            errors.add(line, framework_column,
                       message(N_("no competence framework with ID number '{}'; import it first "
                                  "(polku-cli import competencies FILE)"),
                               *framework));
            return 0;
        }
        if (it != m_by_number.end()) {
            for (const auto& c : it->second) {
                if (c.framework == *framework) {
                    return c.id;
                }
            }
        }
        errors.add(line, column,
                   message(N_("no competence with ID number '{}' in framework {}; import it "
                              "first (competencies or competences)"),
                           competence, *framework));
        return 0;
    }
    if (it == m_by_number.end()) {
        errors.add(line, column,
                   message(N_("no competence with ID number '{}'; import its framework first "
                              "(polku-cli import competencies FILE)"),
                           competence));
        return 0;
    }
    if (it->second.size() > 1) {
        std::string names;
        for (const auto& c : it->second) {
            names += (names.empty() ? "" : ", ") + c.framework;
        }
        errors.add(line, column,
                   message(N_("the ID number '{}' is in several frameworks ({}); name one in a {} "
                              "column"),
                           competence, names, framework_column));
        return 0;
    }
    return it->second.front().id;
}

std::string CompetenceLookup::describe(long long id) const {
    const auto it = m_names.find(id);
    return it == m_names.end() ? message(N_("competence {}"), id) : it->second;
}

}  // namespace polku::db::import
