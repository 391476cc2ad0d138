#include "core/finnish_order.hpp"

namespace polku {

namespace {

// The next code point of valid UTF-8 (names are checked on import); a stray byte stands
// for itself so that no input can make the order undefined.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const std::size_t length = lead < 0x80         ? 1
                               : lead >> 5 == 0x6  ? 2
                               : lead >> 4 == 0xE  ? 3
                               : lead >> 3 == 0x1E ? 4
                                                   : 1;
    if (length == 1 || i + length > text.size()) {
        ++i;
        return lead;
    }
    char32_t cp = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += length;
    return cp;
}

// Primary weights of the Finnish alphabet: a code point shifted left by eight, so that å, ä
// and ö fit between z and the next code point ('{').
std::uint32_t primary_weight(char32_t cp) {
    if (cp >= U'A' && cp <= U'Z') {
        cp = cp - U'A' + U'a';
    }
    switch (cp) {
        case U'å':
        case U'Å':
            return (U'z' << 8) + 1;
        case U'ä':
        case U'Ä':
            return (U'z' << 8) + 2;
        case U'ö':
        case U'Ö':
            return (U'z' << 8) + 3;
        case U'ü':
        case U'Ü':
            return U'y' << 8;
        default:
            return static_cast<std::uint32_t>(cp) << 8;
    }
}

}  // namespace

std::vector<std::uint32_t> finnish_sort_key(std::string_view name) {
    std::vector<std::uint32_t> key;
    key.reserve(name.size());
    for (std::size_t i = 0; i < name.size();) {
        key.push_back(primary_weight(next_code_point(name, i)));
    }
    return key;
}

}  // namespace polku
