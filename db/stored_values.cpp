#include "db/stored_values.hpp"

namespace polku::db {

Date stored_date(const std::string& text) {
    if (auto d = parse_date(text)) {
        return *d;
    }
    throw DatabaseError("the database holds a date that is not valid: '" + text + "'");
}

}  // namespace polku::db
