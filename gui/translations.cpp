#include "gui/translations.hpp"

#include <wx/arrstr.h>
#include <wx/translation.h>

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

}  // namespace

void install_translations(reports::Language language) {
    auto* translations = new wxTranslations;
    translations->SetLoader(new EmbeddedCatalogueLoader);
    translations->SetLanguage(language == reports::Language::fi ? "fi" : "en");
    translations->AddCatalog("polku");
    wxTranslations::Set(translations);
}

}  // namespace polku::gui
