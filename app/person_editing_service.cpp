#include "app/person_editing_service.hpp"

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/database.hpp"
#include "db/person_repository.hpp"

namespace polku::app {

PersonRecord read_person(db::Database& db, const std::string& employee_id) {
    auto person = db::PersonRepository(db).load(employee_id);
    if (!person) {
        throw InputError(message(N_("no person has the employee id {}"), employee_id));
    }
    return std::move(*person);
}

std::optional<std::string> person_name(db::Database& db, const std::string& employee_id) {
    const auto card = db::PersonRepository(db).find(employee_id);
    return card ? std::optional<std::string>(card->last_name + " " + card->first_name)
                : std::nullopt;
}

std::vector<db::PersonListRow> find_people(db::Database& db, const std::string& text,
                                           std::size_t limit) {
    return db::PersonListRepository(db).page(db::PersonListFilter{text}, 0, limit);
}

std::vector<GroupRef> target_group_choices(db::Database& db) {
    return db::PersonRepository(db).target_groups();
}

void save_person(db::Database& db, const std::string& stored_id, const PersonDraft& draft,
                 const RowContext& context) {
    const auto checked = check_person_draft(draft, context);
    if (!checked.ok()) {
        throw InputErrors(field_errors(checked.problems));
    }
    db::Transaction transaction(db);
    db::PersonRepository(db).save(stored_id, checked.person);
    transaction.commit();
}

}  // namespace polku::app
