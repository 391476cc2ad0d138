#pragma once
// The one place where domain strings (UTF-8 std::string) cross into wxString and back.
// wxString's implicit char* conversion uses the C locale and drops ä, ö, å under LANG=C.

#include <wx/string.h>

#include <string>

namespace polku::gui {

wxString to_wx(const std::string& utf8);
std::string from_wx(const wxString& text);

}  // namespace polku::gui
