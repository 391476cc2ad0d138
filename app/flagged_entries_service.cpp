#include "app/flagged_entries_service.hpp"

#include "db/counting_repository.hpp"

namespace polku::app {

std::vector<FlaggedRow> flagged_entries(db::Database& db, const std::string& project_code) {
    const auto counting = db::CountingRepository(db).load(project_code, db::WithDetails::yes);
    return flagged_rows(counting.input, counting.details);
}

}  // namespace polku::app
