#pragma once
// The SHA-256 of a file, as lowercase hex: what an import's audit row records, so an auditor
// can tell which file was imported (sha256sum prints the same).

#include <string>

namespace polku::app {

// Throws InputError when the file cannot be read.
std::string sha256_of_file(const std::string& path);

}  // namespace polku::app
