#include "gui/wx_text.hpp"

namespace polku::gui {

wxString to_wx(const std::string& utf8) {
    return wxString::FromUTF8(utf8.data(), utf8.size());
}

std::string from_wx(const wxString& text) {
    return text.utf8_string();
}

}  // namespace polku::gui
