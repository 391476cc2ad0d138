#include "core/message.hpp"

#include <atomic>

namespace polku {

namespace {

std::atomic<Translator> g_translator{nullptr};

}  // namespace

void set_translator(Translator translator) noexcept {
    g_translator.store(translator, std::memory_order_release);
}

std::string translate(std::string_view msgid) {
    const Translator translator = g_translator.load(std::memory_order_acquire);
    return translator ? translator(msgid) : std::string(msgid);
}

std::string substitute(std::string_view pattern,
                       std::initializer_list<std::string_view> arguments) {
    std::string out;
    out.reserve(pattern.size() + 16 * arguments.size());
    std::size_t next = 0;
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '{' && i + 1 < pattern.size()) {
            std::size_t index = arguments.size();  // none
            std::size_t length = 0;
            if (pattern[i + 1] == '}') {
                index = next++;
                length = 2;
            } else if (i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' &&
                       pattern[i + 2] == '}') {
                index = static_cast<std::size_t>(pattern[i + 1] - '0');
                length = 3;
            }
            if (length > 0 && index < arguments.size()) {
                out += *(arguments.begin() + index);
                i += length;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

}  // namespace polku
