#pragma once
// What a report says about the project in its header.

#include <optional>
#include <string>

#include "core/counting_input.hpp"

namespace polku {

struct ProjectInfo {
    std::string code;
    std::string name;
    std::optional<std::string> implementer;
    std::optional<std::string> implementer_business_id;
    std::optional<std::string> authority;
    Date start;
    Date end;
    std::optional<Date> extended_end;
    CountingRules rules;

    // start .. extended end, or end.
    ProjectSpan span() const { return ProjectSpan{start, extended_end.value_or(end)}; }
};

}  // namespace polku
