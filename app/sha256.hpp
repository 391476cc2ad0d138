#pragma once
// SHA-256 as lowercase hex (sha256sum prints the same): an import's audit row names its file
// by it, and a report snapshot seals the figures sent with it.

#include <string>
#include <string_view>

namespace polku::app {

// Throws InputError when the file cannot be read.
std::string sha256_of_file(const std::string& path);

std::string sha256_of_text(std::string_view text);

}  // namespace polku::app
