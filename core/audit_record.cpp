#include "core/audit_record.hpp"

#include <algorithm>
#include <array>

namespace polku {

namespace {

constexpr std::array<std::pair<AuditAction, std::string_view>, 5> kActions{{
    {AuditAction::insert, "insert"},
    {AuditAction::update, "update"},
    {AuditAction::remove, "delete"},
    {AuditAction::import, "import"},
    {AuditAction::erase, "erase"},
}};

const AuditValue* find(const AuditFields& fields, const std::string& name) {
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const auto& field) { return field.first == name; });
    return it == fields.end() ? nullptr : &it->second;
}

std::string value_text(const AuditValue& value) {
    if (const auto* n = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*n);
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        return *s;
    }
    return "–";
}

}  // namespace

std::string_view name_of(AuditAction action) {
    for (const auto& [a, name] : kActions) {
        if (a == action) {
            return name;
        }
    }
    return "insert";
}

std::optional<AuditAction> parse_audit_action(std::string_view name) {
    for (const auto& [a, n] : kActions) {
        if (n == name) {
            return a;
        }
    }
    return std::nullopt;
}

std::pair<AuditFields, AuditFields> changed_fields(const AuditFields& before,
                                                   const AuditFields& after) {
    std::pair<AuditFields, AuditFields> out;
    for (const auto& [name, value] : before) {
        const auto* other = find(after, name);
        if (!other || *other != value) {
            out.first.emplace_back(name, value);
        }
    }
    for (const auto& [name, value] : after) {
        const auto* other = find(before, name);
        if (!other || *other != value) {
            out.second.emplace_back(name, value);
        }
    }
    return out;
}

std::string describe(const AuditFields& fields) {
    std::string out;
    for (const auto& [name, value] : fields) {
        if (!out.empty()) {
            out += ", ";
        }
        out += name;
        out += " = ";
        out += value_text(value);
    }
    return out;
}

std::string describe_change(const AuditChange& change) {
    if (change.old_values.empty() || change.new_values.empty()) {
        return describe(change.old_values.empty() ? change.new_values : change.old_values);
    }
    std::string out;
    const auto add = [&out](const std::string& name, const AuditValue* before,
                            const AuditValue* after) {
        const AuditValue none;
        out += (out.empty() ? "" : "; ") + name + ": " + value_text(before ? *before : none) +
               " → " + value_text(after ? *after : none);
    };
    for (const auto& [name, value] : change.new_values) {
        add(name, find(change.old_values, name), &value);
    }
    for (const auto& [name, value] : change.old_values) {
        if (!find(change.new_values, name)) {
            add(name, &value, nullptr);
        }
    }
    return out;
}

}  // namespace polku
