#include "app/list_service.hpp"

#include "db/database.hpp"

namespace polku::app {

std::vector<long long> event_keys(db::Database& db, const db::EventListFilter& filter) {
    return db::EventListRepository(db).keys(filter);
}

std::vector<db::EventListRow> event_rows(db::Database& db, const std::vector<long long>& keys) {
    return db::EventListRepository(db).rows(keys);
}

std::vector<db::WorkPackageChoice> work_packages(db::Database& db) {
    return db::EventListRepository(db).work_packages();
}

std::vector<long long> person_keys(db::Database& db, const db::PersonListFilter& filter) {
    return db::PersonListRepository(db).keys(filter);
}

std::vector<db::PersonListRow> person_rows(db::Database& db, const std::vector<long long>& keys) {
    return db::PersonListRepository(db).rows(keys);
}

}  // namespace polku::app
