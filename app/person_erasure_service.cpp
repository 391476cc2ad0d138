#include "app/person_erasure_service.hpp"

#include "core/error.hpp"
#include "core/training_day_calculator.hpp"
#include "db/counting_repository.hpp"
#include "db/person_erasure.hpp"

namespace polku::app {

ErasureSummary erase_person(db::Database& db, const std::string& employee_id) {
    const auto person = db::find_person_to_erase(db, employee_id);
    // The age band is the one report input the erasure takes away (the birth year): keep it
    // for every project the person has started in, as the counting engine dates the start.
    std::vector<db::ErasedAgeBand> bands;
    db::CountingRepository counting(db);
    for (const auto& code : counting.project_codes()) {
        db::ProjectCounting loaded;
        try {
            loaded = counting.load(code);
        } catch (const InputError&) {
            continue;  // a project without dates counts nothing, so no one has started in it
        }
        if (const auto start = start_date(loaded.input, person.id)) {
            bands.push_back({code, person.birth_year
                                       ? std::optional(age_band(*person.birth_year, *start))
                                       : std::nullopt});
        }
    }
    ErasureSummary summary{db::erase_person(db, person, bands), bands.size()};
    db::compact_after_erasure(db);
    return summary;
}

}  // namespace polku::app
