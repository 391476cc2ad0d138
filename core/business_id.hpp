#pragma once
// The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.

#include <string_view>

namespace polku {

// True for "1234567-8" forms whose check digit is right: the digits weighted 7,9,10,5,8,4,2,
// summed, mod 11; remainder 0 gives check digit 0, remainder 1 is never issued, otherwise
// the check digit is 11 - remainder.
bool is_valid_business_id(std::string_view text);

}  // namespace polku
