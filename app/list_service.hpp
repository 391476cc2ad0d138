#pragma once
// The lists of the desktop (Events, People): what a filter keeps, as ordered keys, and the
// rows of a page of those keys. A list reads its keys once per filter and its rows a page at
// a time, so 100,000 rows cost a page's reading wherever the user scrolls.

#include <vector>

#include "db/event_list_repository.hpp"
#include "db/person_list_repository.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

// The events `filter` keeps, by event id. Throws DatabaseError.
std::vector<long long> event_keys(db::Database& db, const db::EventListFilter& filter);
// The rows of `keys` in their order. Throws DatabaseError.
std::vector<db::EventListRow> event_rows(db::Database& db, const std::vector<long long>& keys);
// The work packages an events list may be narrowed to. Throws DatabaseError.
std::vector<db::WorkPackageChoice> work_packages(db::Database& db);

// The people `filter` keeps, by last name, first name and employee id. Throws DatabaseError.
std::vector<long long> person_keys(db::Database& db, const db::PersonListFilter& filter);
// The rows of `keys` in their order. Throws DatabaseError.
std::vector<db::PersonListRow> person_rows(db::Database& db, const std::vector<long long>& keys);

}  // namespace polku::app
