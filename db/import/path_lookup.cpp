#include "db/import/path_lookup.hpp"

#include "core/message.hpp"

namespace polku::db::import {

std::unordered_map<std::string, long long> load_path_ids(soci::session& sql) {
    std::unordered_map<std::string, long long> ids;
    std::string project, path_id;
    long long id = 0;
    soci::statement st = (sql.prepare << "SELECT p.code, pa.path_id, pa.id FROM paths pa JOIN "
                                         "projects p ON p.id = pa.project_id",
                          soci::into(project), soci::into(path_id), soci::into(id));
    st.execute();
    while (st.fetch()) {
        ids.emplace(path_key(project, path_id), id);
    }
    return ids;
}

std::string path_key(const std::string& project, const std::string& path_id) {
    return project + '\x1f' + path_id;
}

std::string no_path_message(const std::string& project, const std::string& path_id) {
    return message(N_("no path '{}' in project {}; import it in paths.csv first"), path_id,
                   project);
}

}  // namespace polku::db::import
