#pragma once
// Values read back from the database in their stored text form: a date or a name the schema
// allows but that does not parse means the file was changed behind Polku's back.

#include <soci/soci.h>

#include <optional>
#include <string>

#include "core/counting_input.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "core/kinds.hpp"
#include "db/import/import_support.hpp"

namespace polku::db {

// Throws DatabaseError for text that is not an ISO date.
Date stored_date(const std::string& text);

// Throws DatabaseError for a name that is not one of E's.
template <typename E>
E stored_enum(const std::string& text) {
    if (auto v = enum_from_name<E>(text)) {
        return *v;
    }
    throw DatabaseError("the database holds an unknown value '" + text + "'");
}

template <typename E>
std::optional<E> stored_optional_enum(const import::Nullable<std::string>& text) {
    return text.ind == soci::i_ok ? std::optional<E>(stored_enum<E>(text.value)) : std::nullopt;
}

// A project's counting rules from its stored columns (excluded kinds `|`-separated, read
// sorted). Throws DatabaseError for a rounding or kind name that is not one of core's.
CountingRules stored_rules(int day_minutes, int cap_per_day, const std::string& rounding,
                           const std::string& excluded_kinds);

}  // namespace polku::db
