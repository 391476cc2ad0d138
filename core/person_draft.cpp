#include "core/person_draft.hpp"

#include "core/draft_rows.hpp"

namespace polku {

namespace {

template <typename E>
std::string name_or_blank(const std::optional<E>& value) {
    return value ? std::string(name_of(*value)) : std::string();
}

}  // namespace

CheckedPerson check_person_draft(const PersonDraft& d, const RowContext& context) {
    std::string groups;
    for (const auto& g : d.target_groups) {
        groups += (groups.empty() ? "" : "|") + g.project + ":" + g.group;
    }
    CheckedPerson out;
    ErrorList errors("");
    auto person = parse_as_row(
        person_columns(),
        {d.employee_id, d.first_name, d.last_name, d.email, d.organisation, d.unit, d.supervisor_id,
         d.gender, d.birth_year, d.education, d.labour_status, groups},
        1, errors, [&context](const RowFields& row, const RowContext&) {
            return parse_person_row(row, context);
        });
    for (auto& e : errors.sorted()) {
        out.problems.push_back({e.place.column, std::nullopt, e.message});
    }
    if (person) {
        out.person = std::move(*person);
    }
    return out;
}

PersonDraft person_draft(const PersonRecord& p) {
    PersonDraft d;
    d.employee_id = p.employee_id;
    d.first_name = p.first_name;
    d.last_name = p.last_name;
    d.email = p.email.value_or("");
    d.organisation = p.organisation.value_or("");
    d.unit = p.unit.value_or("");
    d.supervisor_id = p.supervisor_id.value_or("");
    d.gender = name_or_blank(p.gender);
    d.birth_year = p.birth_year ? std::to_string(*p.birth_year) : std::string();
    d.education = name_or_blank(p.education);
    d.labour_status = name_or_blank(p.labour_status);
    d.target_groups = p.target_groups;
    return d;
}

}  // namespace polku
