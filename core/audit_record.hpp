#pragma once
// One change as the audit trail keeps it: what was done to which record, with the values
// before and after. Plain values; db/ stores them, reports/ shows them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace polku {

enum class AuditAction { insert, update, remove, import, erase };

std::string_view name_of(AuditAction action);  // "insert", …, "delete" for remove
std::optional<AuditAction> parse_audit_action(std::string_view name);

// A stored value: none (NULL), a whole number or text. Dates and times are kept as the text
// the database holds ("2024-03-15"), so the trail shows what was stored.
using AuditValue = std::variant<std::monostate, std::int64_t, std::string>;
// Named values in a fixed order: a record's key, or its columns before or after a change.
using AuditFields = std::vector<std::pair<std::string, AuditValue>>;

struct AuditChange {
    AuditAction action = AuditAction::insert;
    std::string table;  // "attendance", or the import kind for an import
    AuditFields key;    // names a person can read: event id, date, employee id, …
    AuditFields old_values;
    AuditFields new_values;
    // Whom and which project the change is about, for `report audit --person/--project`
    // and for scrubbing an erased person's values; internal ids, never shown.
    std::optional<std::int64_t> person;
    std::optional<std::int64_t> project;
};

// A change as it was recorded: when (UTC, "2026-11-24T06:15:02Z") and by whom.
struct AuditEntry {
    std::int64_t id = 0;
    std::string at;
    std::string actor;
    AuditChange change;
};

// The fields whose value differs between `before` and `after` (same names, same order), in
// after's order: an update records only what changed. Fields only in one side are kept.
std::pair<AuditFields, AuditFields> changed_fields(const AuditFields& before,
                                                   const AuditFields& after);

// "status = partial, minutes = 90": the fields as one line of text for tables; none as "–".
std::string describe(const AuditFields& fields);

// "gender: male → female; birth_year: – → 1980": a change field by field, old → new (what a
// record's history shows); an insert's or a delete's values as describe() gives them.
std::string describe_change(const AuditChange& change);

}  // namespace polku
