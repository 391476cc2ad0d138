#include "db/person_repository.hpp"

#include <soci/soci.h>

#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

std::optional<PersonCard> PersonRepository::find(const std::string& employee_id) {
    try {
        PersonCard card;
        import::Nullable<std::string> organisation, unit;
        long long key = 0;
        m_db.session() << "SELECT p.id, p.employee_id, p.first_name, p.last_name, o.name, u.name "
                          "FROM people p "
                          "LEFT JOIN organisations o ON o.id = p.organisation_id "
                          "LEFT JOIN units u ON u.id = p.unit_id "
                          "WHERE p.employee_id = :employee_id",
            soci::into(key), soci::into(card.employee_id), soci::into(card.first_name),
            soci::into(card.last_name), soci::into(organisation.value, organisation.ind),
            soci::into(unit.value, unit.ind), soci::use(employee_id, "employee_id");
        if (!m_db.session().got_data()) {
            return std::nullopt;
        }
        card.key = key;
        card.organisation = organisation.get();
        card.unit = unit.get();
        return card;
    } catch (...) {
        rethrow_as_database_error("reading a person");
    }
}

}  // namespace polku::db
