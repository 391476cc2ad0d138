#include "reports/figure_changes.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/error.hpp"

namespace polku::reports {

namespace {

using Json = nlohmann::ordered_json;

// Every leaf value by its path, in document order.
void flatten(const Json& value, const std::string& path,
             std::vector<std::pair<std::string, std::string>>& out) {
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            flatten(child, path.empty() ? key : path + "." + key, out);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            flatten(value[i], path + "[" + std::to_string(i) + "]", out);
        }
    } else {
        out.emplace_back(path, value.dump());
    }
}

std::vector<std::pair<std::string, std::string>> leaves(const std::string& text) {
    const auto json = Json::parse(text, nullptr, false);
    if (json.is_discarded()) {
        throw InputError("a stored report is not JSON");
    }
    std::vector<std::pair<std::string, std::string>> out;
    flatten(json, "", out);
    return out;
}

}  // namespace

std::vector<FigureChange> figure_changes(const std::string& before_json,
                                         const std::string& after_json) {
    const auto before = leaves(before_json);
    const auto after = leaves(after_json);
    std::vector<FigureChange> out;
    for (const auto& [path, value] : before) {
        const auto it = std::find_if(after.begin(), after.end(),
                                     [&](const auto& leaf) { return leaf.first == path; });
        if (it == after.end()) {
            out.push_back({path, value, ""});
        } else if (it->second != value) {
            out.push_back({path, value, it->second});
        }
    }
    for (const auto& [path, value] : after) {
        if (std::none_of(before.begin(), before.end(),
                         [&](const auto& leaf) { return leaf.first == path; })) {
            out.push_back({path, "", value});
        }
    }
    return out;
}

}  // namespace polku::reports
