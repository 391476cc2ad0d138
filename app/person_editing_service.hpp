#pragma once
// Editing one person (the desktop's person editor): reading them, the target groups they may
// join, and saving.

#include <optional>
#include <string>
#include <vector>

#include "core/person_draft.hpp"
#include "core/records.hpp"
#include "db/person_list_repository.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

// The person as stored. Throws InputError (no such person), DatabaseError.
PersonRecord read_person(db::Database& db, const std::string& employee_id);

// "Last First" of the person with the employee id, or none. Throws DatabaseError.
std::optional<std::string> person_name(db::Database& db, const std::string& employee_id);

// The first `limit` people whose name or employee id holds the words of `text`, in the People
// list's order (the editor's type-to-find of a supervisor): one LIMIT query however many
// match. Throws DatabaseError.
std::vector<db::PersonListRow> find_people(db::Database& db, const std::string& text,
                                           std::size_t limit);

// Every project's target groups, by project code and name. Throws DatabaseError.
std::vector<GroupRef> target_group_choices(db::Database& db);

// Checks the draft with core's rules (check_person_draft, the import's), then writes it over
// the stored person `stored_id` (empty: adds them) in one transaction with the audit row: all
// of it or nothing. Throws InputErrors (every problem of the draft, by column), InputError
// (the employee id taken, an unknown supervisor, a supervisor cycle naming the people, the
// person gone; its place names the field), PeriodLockedError, DatabaseError.
void save_person(db::Database& db, const std::string& stored_id, const PersonDraft& draft,
                 const RowContext& context);

}  // namespace polku::app
