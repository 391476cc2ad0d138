#pragma once
// The desktop's _() messages from the one catalogue (po/fi.po), embedded in the program:
// nothing to install or find at run time.

#include "reports/language.hpp"

namespace polku::gui {

// Call once, before the first window. English needs no catalogue. Installs also the
// translator of core's messages (core/message.hpp), which follows the language installed last.
void install_translations(reports::Language language);

}  // namespace polku::gui
