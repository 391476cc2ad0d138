#pragma once
// What the desktop says when the database fails under a piece of work (locked by another
// program, the server gone): what happened, in db's own words with its advice, and what to
// do next. Nothing is written then (every write is one transaction), and the window keeps
// what was typed or chosen, so trying again is all it takes.

#include <wx/string.h>

#include <string>

namespace polku::gui {

// `message` is the DatabaseError's.
wxString database_error_text(const std::string& message);

}  // namespace polku::gui
