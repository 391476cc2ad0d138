#include "gui/database_error.hpp"

#include <wx/intl.h>

#include "gui/wx_text.hpp"

namespace polku::gui {

wxString database_error_text(const std::string& message) {
    return wxString::Format(
        _("The database did not answer as it should: %s\n\nNothing was written. What you chose "
          "in this window is kept: when the other program has finished with the database, or "
          "the connection to the server is back, try again."),
        to_wx(message));
}

}  // namespace polku::gui
