#include "core/age_band.hpp"

namespace polku {

AgeBand age_band(int birth_year, Date start) {
    const int age = static_cast<int>(start.year()) - birth_year;
    return age < 25 ? AgeBand::under_25 : age <= 54 ? AgeBand::from_25_to_54 : AgeBand::from_55;
}

std::string_view name_of(AgeBand band) {
    switch (band) {
        case AgeBand::under_25:
            return "under_25";
        case AgeBand::from_25_to_54:
            return "25_54";
        case AgeBand::from_55:
            return "55_over";
    }
    return "under_25";
}

std::optional<AgeBand> parse_age_band(std::string_view name) {
    for (const auto band : {AgeBand::under_25, AgeBand::from_25_to_54, AgeBand::from_55}) {
        if (name_of(band) == name) {
            return band;
        }
    }
    return std::nullopt;
}

}  // namespace polku
