#pragma once
// A person as the desktop's person editor holds them: the text of each field, checked with
// the people.csv import's own rules (parse_person_row), so the editor refuses what the import
// refuses and says the same about it.

#include <string>
#include <vector>

#include "core/event_draft.hpp"
#include "core/records.hpp"
#include "core/row_parsers.hpp"

namespace polku {

// Fields are named as the columns of people.csv (formats.md); enumerations by their names
// there (gender "female", …; blank for "not given").
struct PersonDraft {
    std::string employee_id;
    std::string first_name;
    std::string last_name;
    std::string email;
    std::string organisation;
    std::string unit;
    std::string supervisor_id;  // the supervisor's employee id
    std::string gender;
    std::string birth_year;
    std::string education;
    std::string labour_status;
    std::vector<GroupRef> target_groups;
    bool operator==(const PersonDraft&) const = default;
};

struct CheckedPerson {
    PersonRecord person;
    std::vector<DraftProblem> problems;  // empty: person holds the typed values
    bool ok() const { return problems.empty(); }
};

// Checks every field as the import checks a row of people.csv. Never throws.
CheckedPerson check_person_draft(const PersonDraft& draft, const RowContext& context);

// A stored person as the form starts from it.
PersonDraft person_draft(const PersonRecord& person);

}  // namespace polku
