#pragma once
// The migrations' SQL, embedded from db/migrations/NNN_*.sql at configure time.

#include <string_view>
#include <vector>

namespace polku::db {

struct MigrationText {
    std::string_view description;  // the file's first line, after "-- "
    std::string_view sql;          // statements separated by ';', {id} for the id column
};

// In order: element i is schema version i + 1.
const std::vector<MigrationText>& schema_migrations();

}  // namespace polku::db
