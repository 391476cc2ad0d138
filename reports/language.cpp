#include "reports/language.hpp"

#include <cstdlib>

namespace polku::reports {

std::optional<Language> parse_language(std::string_view text) {
    if (text == "fi") {
        return Language::fi;
    }
    if (text == "en") {
        return Language::en;
    }
    return std::nullopt;
}

Language language_from_environment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) {
            return std::string_view(value).substr(0, 2) == "fi" ? Language::fi : Language::en;
        }
    }
    return Language::en;
}

}  // namespace polku::reports
