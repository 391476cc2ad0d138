#pragma once
// The language of the desktop, as chosen in Preferences and kept in the settings (wxConfig):
// Finnish, English, or whatever the system's LANG says. Read at start, and when it is changed
// (the windows are then built again in the new language).

#include "reports/language.hpp"

namespace polku::gui {

enum class LanguageChoice { system, fi, en };

// The stored choice; `system` when none was made.
LanguageChoice stored_language_choice();
// Keeps the choice in the settings (written at once).
void store_language_choice(LanguageChoice choice);

// The language to start in: the stored choice, or the system's for `system`.
reports::Language language_at_start();

}  // namespace polku::gui
