#pragma once
// The language a report is written in. It is a property of the document, not of the
// process: an English-speaking HR officer writes the funder's appendix in Finnish.

#include <optional>
#include <string_view>

namespace polku::reports {

enum class Language { en, fi };

// "fi" or "en"; none for anything else.
std::optional<Language> parse_language(std::string_view text);

// From LC_ALL, LC_MESSAGES or LANG (the first set): Finnish for fi_*, else English.
Language language_from_environment();

}  // namespace polku::reports
