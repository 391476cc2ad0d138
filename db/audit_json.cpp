#include "db/audit_json.hpp"

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/message.hpp"

namespace polku::db {

std::string audit_json(const AuditFields& fields) {
    // ordered_json keeps the order the fields were given in: the key reads as people name it.
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto& [name, value] : fields) {
        if (const auto* n = std::get_if<std::int64_t>(&value)) {
            object[name] = *n;
        } else if (const auto* s = std::get_if<std::string>(&value)) {
            object[name] = *s;
        } else {
            object[name] = nullptr;
        }
    }
    return object.dump();
}

AuditFields parse_audit_json(const std::string& text) {
    const auto object = nlohmann::ordered_json::parse(text, nullptr, false);
    if (!object.is_object()) {
        throw DatabaseError(message(N_("an audit row holds values that are not a JSON object: {}"),
                                    text.substr(0, 80)));
    }
    AuditFields fields;
    for (const auto& [name, value] : object.items()) {
        if (value.is_number_integer()) {
            fields.emplace_back(name, value.get<std::int64_t>());
        } else if (value.is_string()) {
            fields.emplace_back(name, value.get<std::string>());
        } else {
            fields.emplace_back(name, std::monostate{});
        }
    }
    return fields;
}

}  // namespace polku::db
