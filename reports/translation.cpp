#include "reports/translation.hpp"

#include "reports/message_catalogue.hpp"

namespace polku::reports {

const MessageCatalogue& catalogue(Language language) {
    static const MessageCatalogue empty;
    static const MessageCatalogue finnish(embedded_catalogue_fi());
    return language == Language::fi ? finnish : empty;
}

std::string tr(Language language, std::string_view msgid) {
    if (const auto* text = catalogue(language).find(msgid)) {
        return *text;
    }
    return std::string(msgid);
}

}  // namespace polku::reports
