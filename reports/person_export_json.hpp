#pragma once
// A person's export as JSON: one key per table, each an array of objects keyed by column, in
// the database's own values (text, null).

#include <string>
#include <vector>

#include "core/text_table.hpp"

namespace polku::reports {

std::string write_person_export_json(const std::string& employee_id,
                                     const std::vector<TextTable>& tables);

}  // namespace polku::reports
