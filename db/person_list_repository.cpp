#include "db/person_list_repository.hpp"

#include <soci/soci.h>

#include <unordered_map>

#include "core/message.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/list_query.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

constexpr const char* kOrder = " ORDER BY p.last_name, p.first_name, p.employee_id";

// " WHERE …" for whom `filter` keeps of `people p`, its values added to `parameters`.
std::string where_clause(Database& db, const PersonListFilter& filter,
                         list::Parameters& parameters) {
    const auto words = list::search_words(filter.text);
    if (words.empty()) {
        return {};
    }
    const std::string searched =
        list::folded_sql(db, "p.last_name || ' ' || p.first_name || ' ' || p.employee_id");
    std::string where;
    for (const auto& word : words) {
        where += (where.empty() ? " WHERE " : " AND ") + searched + " LIKE " +
                 parameters.text(list::contains_pattern(word)) + " ESCAPE '!'";
    }
    return where;
}

}  // namespace

std::vector<long long> PersonListRepository::keys(const PersonListFilter& filter) {
    try {
        list::Parameters parameters;
        const std::string query =
            "SELECT p.id FROM people p" + where_clause(m_db, filter, parameters) + kOrder;
        return list::read_keys(m_db.session(), query, parameters);
    } catch (...) {
        rethrow_as_database_error(translate(N_("listing people")));
    }
}

std::vector<PersonListRow> PersonListRepository::rows(const std::vector<long long>& keys) {
    if (keys.empty()) {
        return {};
    }
    try {
        list::Parameters parameters;
        const std::string query =
            "SELECT p.id, p.employee_id, p.last_name, p.first_name, o.name, u.name, "
            "s.employee_id, s.last_name, s.first_name "
            "FROM people p "
            "LEFT JOIN organisations o ON o.id = p.organisation_id "
            "LEFT JOIN units u ON u.id = p.unit_id "
            "LEFT JOIN people s ON s.id = p.supervisor_id "
            "WHERE p.id IN (" +
            parameters.numbers(keys) + ")";
        PersonListRow row;
        import::Nullable<std::string> organisation, unit, boss_id, boss_last, boss_first;
        list::BoundStatement st(m_db.session(), query, parameters);
        st.into(row.key);
        st.into(row.employee_id);
        st.into(row.last_name);
        st.into(row.first_name);
        st.into(organisation.value, organisation.ind);
        st.into(unit.value, unit.ind);
        st.into(boss_id.value, boss_id.ind);
        st.into(boss_last.value, boss_last.ind);
        st.into(boss_first.value, boss_first.ind);
        std::unordered_map<long long, PersonListRow> found;
        found.reserve(keys.size());
        for (bool more = st.execute(); more; more = st.fetch()) {
            row.organisation = organisation.get();
            row.unit = unit.get();
            row.supervisor_id = boss_id.get();
            row.supervisor_name =
                boss_id.get() ? std::optional<std::string>(boss_last.value + " " + boss_first.value)
                              : std::nullopt;
            found.emplace(row.key, row);
        }
        return list::in_key_order(keys, found);
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading people")));
    }
}

std::size_t PersonListRepository::count(const PersonListFilter& filter) {
    try {
        list::Parameters parameters;
        long long n = 0;
        list::BoundStatement st(
            m_db.session(),
            "SELECT COUNT(*) FROM people p" + where_clause(m_db, filter, parameters), parameters);
        st.into(n);
        st.execute();
        return static_cast<std::size_t>(n);
    } catch (...) {
        rethrow_as_database_error(translate(N_("counting people")));
    }
}

std::vector<PersonListRow> PersonListRepository::page(const PersonListFilter& filter,
                                                      std::size_t offset, std::size_t limit) {
    std::vector<long long> page_keys;
    try {
        list::Parameters parameters;
        std::string query =
            "SELECT p.id FROM people p" + where_clause(m_db, filter, parameters) + kOrder;
        query += " LIMIT " + parameters.number(static_cast<long long>(limit));
        query += " OFFSET " + parameters.number(static_cast<long long>(offset));
        page_keys = list::read_keys(m_db.session(), query, parameters);
    } catch (...) {
        rethrow_as_database_error(translate(N_("listing people")));
    }
    return rows(page_keys);
}

}  // namespace polku::db
