#pragma once
// The people list (the desktop's People window): who a search keeps, by last name, first
// name and employee id, and their rows a page at a time. Lists of 100,000 people stay
// quick: the search is run (and sorted) once for the ordered keys, and a page is read by
// its keys (the primary key), whatever its position.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace polku::db {

class Database;

struct PersonListFilter {
    std::string text;  // words found in the name or employee id, any case
};

struct PersonListRow {
    long long key = 0;
    std::string employee_id;
    std::string last_name;
    std::string first_name;
    std::optional<std::string> organisation;
    std::optional<std::string> unit;
    std::optional<std::string> supervisor_id;    // the supervisor's employee id
    std::optional<std::string> supervisor_name;  // "Last First"
};

class PersonListRepository {
  public:
    explicit PersonListRepository(Database& db) : m_db(db) {}

    // The keys of the people `filter` keeps, in list order. Throws DatabaseError.
    std::vector<long long> keys(const PersonListFilter& filter);
    // The rows of `keys`, in the same order (a key no longer stored is left out).
    // Throws DatabaseError.
    std::vector<PersonListRow> rows(const std::vector<long long>& keys);

    // How many people `filter` keeps. Throws DatabaseError.
    std::size_t count(const PersonListFilter& filter);
    // `limit` rows from `offset` of what `filter` keeps, in list order (LIMIT/OFFSET).
    // Throws DatabaseError.
    std::vector<PersonListRow> page(const PersonListFilter& filter, std::size_t offset,
                                    std::size_t limit);

  private:
    Database& m_db;
};

}  // namespace polku::db
