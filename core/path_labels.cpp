#include "core/path_labels.hpp"

namespace polku {

std::string step_name(const StepLabels& labels) {
    if (labels.title) {
        return *labels.title;
    }
    return labels.competence.empty() ? labels.course : labels.competence;
}

std::string full_name(const NamedPerson& person) {
    return person.last_name + " " + person.first_name;
}

}  // namespace polku
