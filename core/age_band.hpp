#pragma once
// The ESF age bands (domain.md "ESF participant data"): age = year of the start date − birth
// year. An erased person keeps the band they had, not the birth year.

#include <optional>
#include <string_view>

#include "core/date.hpp"

namespace polku {

enum class AgeBand { under_25, from_25_to_54, from_55 };

AgeBand age_band(int birth_year, Date start);

std::string_view name_of(AgeBand band);  // "under_25", "25_54", "55_over" (as reports say)
std::optional<AgeBand> parse_age_band(std::string_view name);

}  // namespace polku
