#include "reports/person_export_json.hpp"

#include <nlohmann/json.hpp>

namespace polku::reports {

std::string write_person_export_json(const std::string& employee_id,
                                     const std::vector<TextTable>& tables) {
    using Json = nlohmann::ordered_json;
    Json out;
    out["export"] = "person";
    out["employee_id"] = employee_id;
    for (const auto& table : tables) {
        Json rows = Json::array();
        for (const auto& values : table.rows) {
            Json row = Json::object();
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                row[table.columns[i]] = values[i] ? Json(*values[i]) : Json(nullptr);
            }
            rows.push_back(std::move(row));
        }
        out[table.name] = std::move(rows);
    }
    return out.dump(2) + "\n";
}

}  // namespace polku::reports
