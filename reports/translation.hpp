#pragma once
// Report text in the document's language. Messages are written in English in the code,
// marked with N_() so xgettext finds them; po/fi.po (the one catalogue, shared with the
// desktop application) is compiled by msgfmt and embedded at build time.

#include <string>
#include <string_view>

#include "reports/language.hpp"

#ifndef N_  // wxWidgets defines the same marker
#define N_(text) text
#endif

namespace polku::reports {

class MessageCatalogue;

// The message in `language`; the English msgid when the catalogue lacks it.
std::string tr(Language language, std::string_view msgid);

// The embedded catalogue of a language (empty for English).
const MessageCatalogue& catalogue(Language language);

// The compiled Finnish catalogue's bytes (.mo), for the desktop's own translation loader.
std::string_view embedded_catalogue_fi();

}  // namespace polku::reports
