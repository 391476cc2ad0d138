#include "gui/language_preference.hpp"

#include <wx/config.h>

namespace polku::gui {

namespace {

constexpr const char* kKey = "preferences/language";

}  // namespace

LanguageChoice stored_language_choice() {
    const wxString value = wxConfigBase::Get()->Read(kKey, wxString("system"));
    return value == "fi"   ? LanguageChoice::fi
           : value == "en" ? LanguageChoice::en
                           : LanguageChoice::system;
}

void store_language_choice(LanguageChoice choice) {
    auto* config = wxConfigBase::Get();
    config->Write(kKey, wxString(choice == LanguageChoice::fi   ? "fi"
                                 : choice == LanguageChoice::en ? "en"
                                                                : "system"));
    config->Flush();
}

reports::Language language_at_start() {
    switch (stored_language_choice()) {
        case LanguageChoice::fi:
            return reports::Language::fi;
        case LanguageChoice::en:
            return reports::Language::en;
        default:
            return reports::language_from_environment();
    }
}

}  // namespace polku::gui
