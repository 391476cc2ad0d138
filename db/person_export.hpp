#pragma once
// Everything the database holds about one person (GDPR's right of access; issue: "polku-cli
// person export ID writes everything held about a person"), table by table, each value as
// the database holds it (text, or none for NULL), joined to the names a person reads
// (project codes, event ids) rather than internal keys.

#include <string>
#include <vector>

#include "core/text_table.hpp"

namespace polku::db {

class Database;

// Throws InputError when no one has `employee_id`, DatabaseError.
std::vector<TextTable> export_person(Database& db, const std::string& employee_id);

}  // namespace polku::db
