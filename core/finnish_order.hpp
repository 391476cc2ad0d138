#pragma once
// The Finnish alphabetical order of names: case ignored, å, ä and ö after z in that order, ü
// as y, any other letter after those by its code point. Lists of people (the sign-in sheet,
// the paths report) use it so that Äijälä comes after Zetterberg, as Finns expect.

#include <cstdint>
#include <string_view>
#include <vector>

namespace polku {

// Compare keys, then the names' bytes for a total order.
std::vector<std::uint32_t> finnish_sort_key(std::string_view name);

}  // namespace polku
