#include "db/project_repository.hpp"

#include <soci/soci.h>

#include "core/message.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

std::vector<ProjectSummary> ProjectRepository::list() {
    try {
        std::vector<ProjectSummary> out;
        std::string code, name;
        import::Nullable<std::string> start, end, extended_end;
        soci::statement st =
            (m_db.session().prepare << "SELECT code, name, start_date, end_date, extended_end FROM "
                                       "projects ORDER BY code",
             soci::into(code), soci::into(name), soci::into(start.value, start.ind),
             soci::into(end.value, end.ind), soci::into(extended_end.value, extended_end.ind));
        st.execute();
        const auto date = [](const import::Nullable<std::string>& text) -> std::optional<Date> {
            return text.ind == soci::i_ok ? parse_date(text.value) : std::nullopt;
        };
        while (st.fetch()) {
            out.push_back({code, name, date(start), date(end), date(extended_end)});
        }
        return out;
    } catch (...) {
        rethrow_as_database_error(translate(N_("listing projects")));
    }
}

}  // namespace polku::db
