#include "app/activity_entry_service.hpp"

#include "core/error.hpp"
#include "db/activity_repository.hpp"
#include "db/database.hpp"

namespace polku::app {

ActivityRecord log_activity(db::Database& db, const ActivityDraft& draft) {
    const auto checked = check_activity_draft(draft);
    if (!checked.ok()) {
        throw InputErrors(field_errors(checked.problems));
    }
    db::Transaction transaction(db);
    db::ActivityRepository(db).add(checked.activity);
    transaction.commit();
    return checked.activity;
}

}  // namespace polku::app
