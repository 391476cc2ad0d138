#pragma once
// Small text rules shared by every input path.

#include <string>
#include <string_view>
#include <vector>

namespace polku {

// Without leading and trailing ASCII white space.
std::string_view trim(std::string_view text);
// ASCII lower case (header names are matched case-insensitively).
std::string ascii_lower(std::string_view text);
// Splits on a separator, trimming each part and dropping empty ones: "a | b|" → {a, b}.
std::vector<std::string> split_list(std::string_view text, char separator);
// Index of the first byte that breaks UTF-8 (or is NUL), or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);
// The characters (code points) of valid UTF-8 text.
std::size_t count_characters(std::string_view text);

}  // namespace polku
