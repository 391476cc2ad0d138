#pragma once
// Writing a report file so that it is either whole or not there: the text goes to a
// temporary file beside the target (mode 0600: reports hold personal data), which is
// synced and renamed over the target.

#include <string>

namespace polku::reports {

// Throws InputError (with the path) when the folder cannot be written.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace polku::reports
