#pragma once
// A compiled gettext catalogue (.mo, as msgfmt writes it) read from memory. Reports choose
// their language per document, so they look messages up here instead of through libintl,
// which ties translations to the process locale (and to a generated fi_FI locale, absent
// on a fresh Debian).

#include <string>
#include <string_view>
#include <unordered_map>

namespace polku::reports {

class MessageCatalogue {
  public:
    MessageCatalogue() = default;
    // Throws std::runtime_error for bytes that are not a .mo file.
    explicit MessageCatalogue(std::string_view mo_bytes);

    // The translation of msgid, or none when the catalogue lacks it.
    const std::string* find(std::string_view msgid) const;
    std::size_t size() const { return m_messages.size(); }

  private:
    std::unordered_map<std::string, std::string> m_messages;
};

}  // namespace polku::reports
