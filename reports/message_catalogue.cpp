#include "reports/message_catalogue.hpp"

#include <cstdint>
#include <stdexcept>

namespace polku::reports {

namespace {

class MoReader {
  public:
    explicit MoReader(std::string_view bytes) : m_bytes(bytes) {
        const std::uint32_t magic = word(0, false);
        if (magic == 0x950412deU) {
            m_swap = false;
        } else if (magic == 0xde120495U) {
            m_swap = true;
        } else {
            throw std::runtime_error("not a gettext .mo catalogue");
        }
    }
    std::uint32_t word(std::size_t offset) const { return word(offset, m_swap); }
    std::string_view string_at(std::uint32_t table, std::uint32_t index) const {
        const std::uint32_t length = word(table + index * 8);
        const std::uint32_t offset = word(table + index * 8 + 4);
        if (std::size_t{offset} + length > m_bytes.size()) {
            throw std::runtime_error("a .mo string lies outside the file");
        }
        return m_bytes.substr(offset, length);
    }

  private:
    std::uint32_t word(std::size_t offset, bool swap) const {
        if (offset + 4 > m_bytes.size()) {
            throw std::runtime_error("truncated .mo catalogue");
        }
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const auto b = static_cast<std::uint8_t>(m_bytes[offset + i]);
            v |= std::uint32_t{b} << (swap ? 8 * (3 - i) : 8 * i);
        }
        return v;
    }

    std::string_view m_bytes;
    bool m_swap = false;
};

}  // namespace

MessageCatalogue::MessageCatalogue(std::string_view mo_bytes) {
    const MoReader mo(mo_bytes);
    const std::uint32_t count = mo.word(8);
    const std::uint32_t originals = mo.word(12);
    const std::uint32_t translations = mo.word(16);
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto msgid = mo.string_at(originals, i);
        const auto msgstr = mo.string_at(translations, i);
        if (msgid.empty() || msgstr.empty()) {
            continue;  // the header entry, or an untranslated message
        }
        // Plural forms are NUL-separated; reports use none, keep the first.
        m_messages.emplace(std::string(msgid.substr(0, msgid.find('\0'))),
                           std::string(msgstr.substr(0, msgstr.find('\0'))));
    }
}

const std::string* MessageCatalogue::find(std::string_view msgid) const {
    const auto it = m_messages.find(std::string(msgid));
    return it == m_messages.end() ? nullptr : &it->second;
}

}  // namespace polku::reports
