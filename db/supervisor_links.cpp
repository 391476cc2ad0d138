#include "db/supervisor_links.hpp"

namespace polku::db {

std::vector<SupervisorLink> load_supervisor_links(soci::session& sql) {
    std::vector<SupervisorLink> links;
    long long person = 0, supervisor = 0;
    soci::statement st =
        (sql.prepare << "SELECT id, supervisor_id FROM people WHERE supervisor_id IS NOT NULL",
         soci::into(person), soci::into(supervisor));
    st.execute();
    while (st.fetch()) {
        links.push_back({person, supervisor});
    }
    return links;
}

}  // namespace polku::db
