#pragma once
// The events list (the desktop's Events window): which events a filter keeps, in event id
// order, and their rows a page at a time, with each event's session dates and counts.
// Lists of 50,000 events stay quick: the filter is run once for the ordered keys, and a
// page is read by its keys (the primary key), whatever its position.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/kinds.hpp"

namespace polku::db {

class Database;

struct EventListFilter {
    std::string text;                       // words found in the event id or title, any case
    std::optional<Kind> kind;               // an event kind
    std::optional<Date> from;               // the event has a session on or after
    std::optional<Date> to;                 // … and on or before (both: one session in between)
    std::optional<long long> work_package;  // WorkPackageChoice::key
};

struct EventListRow {
    long long key = 0;
    std::string event_id;
    std::string title;
    Kind kind = Kind::course;
    std::string project_code;
    std::optional<std::string> work_package;
    std::optional<Date> first_session;
    std::optional<Date> last_session;
    long long sessions = 0;
    long long participants = 0;  // different people marked present or partial
};

struct WorkPackageChoice {
    long long key = 0;
    std::string project_code;
    std::string name;
};

class EventListRepository {
  public:
    explicit EventListRepository(Database& db) : m_db(db) {}

    // The keys of the events `filter` keeps, by event id. Throws DatabaseError.
    std::vector<long long> keys(const EventListFilter& filter);
    // The rows of `keys`, in the same order (a key no longer stored is left out).
    // Throws DatabaseError.
    std::vector<EventListRow> rows(const std::vector<long long>& keys);

    // How many events `filter` keeps. Throws DatabaseError.
    std::size_t count(const EventListFilter& filter);
    // `limit` rows from `offset` of what `filter` keeps, by event id (LIMIT/OFFSET).
    // Throws DatabaseError.
    std::vector<EventListRow> page(const EventListFilter& filter, std::size_t offset,
                                   std::size_t limit);

    // Every work package, by project code and name. Throws DatabaseError.
    std::vector<WorkPackageChoice> work_packages();

  private:
    Database& m_db;
};

}  // namespace polku::db
