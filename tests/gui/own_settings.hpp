#pragma once
// A settings file (wxConfig) of the test's own, not the user's, while it lives: the main
// window keeps its place, open lists and language there.
#include <wx/config.h>
#include <wx/fileconf.h>

#include <filesystem>

#include "gui/wx_text.hpp"

namespace polku::test {

class OwnSettings {
  public:
    explicit OwnSettings(const std::filesystem::path& file)
        : m_previous(
              wxConfigBase::Set(new wxFileConfig("polku", wxEmptyString, gui::to_wx(file.string()),
                                                 wxEmptyString, wxCONFIG_USE_LOCAL_FILE))) {}
    ~OwnSettings() { delete wxConfigBase::Set(m_previous); }
    OwnSettings(const OwnSettings&) = delete;
    OwnSettings& operator=(const OwnSettings&) = delete;

  private:
    wxConfigBase* m_previous;
};

}  // namespace polku::test
