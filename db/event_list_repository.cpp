#include "db/event_list_repository.hpp"

#include <soci/soci.h>

#include <unordered_map>

#include "core/message.hpp"
#include "db/database.hpp"
#include "db/list_query.hpp"
#include "db/soci_errors.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

namespace {

// " WHERE …" for what `filter` keeps of `events e`, its values added to `parameters`.
std::string where_clause(Database& db, const EventListFilter& filter,
                         list::Parameters& parameters) {
    std::vector<std::string> parts;
    const auto words = list::search_words(filter.text);
    const std::string searched =
        words.empty() ? std::string() : list::folded_sql(db, "e.code || ' ' || e.title");
    for (const auto& word : words) {
        parts.push_back(searched + " LIKE " + parameters.text(list::contains_pattern(word)) +
                        " ESCAPE '!'");
    }
    if (filter.kind) {
        parts.push_back("e.kind = " + parameters.text(std::string(name_of(*filter.kind))));
    }
    if (filter.work_package) {
        parts.push_back("e.work_package_id = " + parameters.number(*filter.work_package));
    }
    if (filter.from || filter.to) {
        std::string exists = "EXISTS (SELECT 1 FROM sessions s WHERE s.event_id = e.id";
        if (filter.from) {
            exists += " AND s.session_date >= " + parameters.text(format_iso_date(*filter.from));
        }
        if (filter.to) {
            exists += " AND s.session_date <= " + parameters.text(format_iso_date(*filter.to));
        }
        parts.push_back(exists + ")");
    }
    std::string where;
    for (const auto& part : parts) {
        where += (where.empty() ? " WHERE " : " AND ") + part;
    }
    return where;
}

}  // namespace

std::vector<long long> EventListRepository::keys(const EventListFilter& filter) {
    try {
        list::Parameters parameters;
        const std::string query = "SELECT e.id FROM events e" +
                                  where_clause(m_db, filter, parameters) + " ORDER BY e.code";
        return list::read_keys(m_db.session(), query, parameters);
    } catch (...) {
        rethrow_as_database_error(translate(N_("listing events")));
    }
}

std::vector<EventListRow> EventListRepository::rows(const std::vector<long long>& keys) {
    if (keys.empty()) {
        return {};
    }
    try {
        list::Parameters parameters;
        const std::string query =
            "SELECT e.id, e.code, e.title, e.kind, p.code, w.name, "
            "(SELECT MIN(s.session_date) FROM sessions s WHERE s.event_id = e.id), "
            "(SELECT MAX(s.session_date) FROM sessions s WHERE s.event_id = e.id), "
            "(SELECT COUNT(*) FROM sessions s WHERE s.event_id = e.id), "
            "(SELECT COUNT(DISTINCT a.person_id) FROM sessions s "
            "JOIN attendance a ON a.session_id = s.id WHERE s.event_id = e.id "
            "AND (a.status = 'present' OR a.status = 'partial')) "
            "FROM events e JOIN projects p ON p.id = e.project_id "
            "LEFT JOIN work_packages w ON w.id = e.work_package_id "
            "WHERE e.id IN (" +
            parameters.numbers(keys) + ")";
        EventListRow row;
        std::string kind;
        import::Nullable<std::string> work_package, first, last;
        list::BoundStatement st(m_db.session(), query, parameters);
        st.into(row.key);
        st.into(row.event_id);
        st.into(row.title);
        st.into(kind);
        st.into(row.project_code);
        st.into(work_package.value, work_package.ind);
        st.into(first.value, first.ind);
        st.into(last.value, last.ind);
        st.into(row.sessions);
        st.into(row.participants);
        std::unordered_map<long long, EventListRow> found;
        found.reserve(keys.size());
        for (bool more = st.execute(); more; more = st.fetch()) {
            row.kind = stored_enum<Kind>(kind);
            row.work_package = work_package.get();
            row.first_session =
                first.get() ? std::optional<Date>(stored_date(first.value)) : std::nullopt;
            row.last_session =
                last.get() ? std::optional<Date>(stored_date(last.value)) : std::nullopt;
            found.emplace(row.key, row);
        }
        return list::in_key_order(keys, found);
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading events")));
    }
}

std::size_t EventListRepository::count(const EventListFilter& filter) {
    try {
        list::Parameters parameters;
        const std::string query =
            "SELECT COUNT(*) FROM events e" + where_clause(m_db, filter, parameters);
        long long n = 0;
        list::BoundStatement st(m_db.session(), query, parameters);
        st.into(n);
        st.execute();
        return static_cast<std::size_t>(n);
    } catch (...) {
        rethrow_as_database_error(translate(N_("counting events")));
    }
}

std::vector<EventListRow> EventListRepository::page(const EventListFilter& filter,
                                                    std::size_t offset, std::size_t limit) {
    std::vector<long long> page_keys;
    try {
        list::Parameters parameters;
        std::string query = "SELECT e.id FROM events e" + where_clause(m_db, filter, parameters) +
                            " ORDER BY e.code LIMIT ";
        query += parameters.number(static_cast<long long>(limit));
        query += " OFFSET " + parameters.number(static_cast<long long>(offset));
        page_keys = list::read_keys(m_db.session(), query, parameters);
    } catch (...) {
        rethrow_as_database_error(translate(N_("listing events")));
    }
    return rows(page_keys);
}

std::vector<WorkPackageChoice> EventListRepository::work_packages() {
    try {
        std::vector<WorkPackageChoice> out;
        WorkPackageChoice choice;
        list::Parameters none;
        list::BoundStatement st(m_db.session(),
                                "SELECT w.id, p.code, w.name FROM work_packages w "
                                "JOIN projects p ON p.id = w.project_id ORDER BY p.code, w.name",
                                none);
        st.into(choice.key);
        st.into(choice.project_code);
        st.into(choice.name);
        for (bool more = st.execute(); more; more = st.fetch()) {
            out.push_back(choice);
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading the work packages")));
    }
}

}  // namespace polku::db
