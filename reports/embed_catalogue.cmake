# Writes OUT, a C++ file holding the bytes of the compiled catalogue MO, as a function
# NAME returning them. Run by a custom command after msgfmt (cmake -P).
file(READ "${MO}" hex HEX)
string(LENGTH "${hex}" length)
math(EXPR size "${length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUT}.tmp" "// Generated from a .po catalogue by msgfmt: do not edit.
#include <string_view>

namespace polku::reports {

namespace {
const char bytes[] = {${bytes}};
}

std::string_view ${NAME}() { return std::string_view(bytes, ${size}); }

}  // namespace polku::reports
")
file(RENAME "${OUT}.tmp" "${OUT}")
