#include "gui/translations.hpp"

#include <wx/arrstr.h>
#include <wx/translation.h>

#include <string>
#include <string_view>

#include "core/message.hpp"
#include "reports/translation.hpp"

namespace polku::gui {

namespace {

class EmbeddedCatalogueLoader : public wxTranslationsLoader {
  public:
    wxMsgCatalog* LoadCatalog(const wxString& domain, const wxString& language) override {
        if (!language.StartsWith("fi")) {
            return nullptr;
        }
        const auto bytes = reports::embedded_catalogue_fi();
        return wxMsgCatalog::CreateFromData(
            wxScopedCharBuffer::CreateNonOwned(bytes.data(), bytes.size()), domain);
    }
    wxArrayString GetAvailableTranslations(const wxString&) const override {
        wxArrayString languages;
        languages.Add("fi");
        return languages;
    }
};

// core's messages through the same catalogue as _(): the msgid and the result in UTF-8. The
// translations are looked up on each call, so a language installed later is used at once.
std::string translate_core_message(std::string_view msgid) {
    const wxString& text = wxGetTranslation(wxString::FromUTF8(msgid.data(), msgid.size()));
    const wxScopedCharBuffer utf8 = text.utf8_str();
    return std::string(utf8.data(), utf8.length());
}

}  // namespace

// wx's own texts our windows show, translated in our catalogue (wx's is not installed):
// the file picker's button.
[[maybe_unused]] constexpr const char* kWxTexts[] = {N_("Browse")};

void install_translations(reports::Language language) {
    auto* translations = new wxTranslations;
    translations->SetLoader(new EmbeddedCatalogueLoader);
    translations->SetLanguage(language == reports::Language::fi ? "fi" : "en");
    translations->AddCatalog("polku");
    wxTranslations::Set(translations);
    set_translator(&translate_core_message);
}

}  // namespace polku::gui
