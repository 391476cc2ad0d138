// polku: the desktop application.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/msgdlg.h>

#include "core/error.hpp"
#include "db/database_locator.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/language_preference.hpp"
#include "gui/main_frame.hpp"
#include "gui/startup_probe.hpp"
#include "gui/translations.hpp"
#include "gui/wx_text.hpp"

namespace {

class PolkuApp : public wxApp {
  public:
    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddOption("", "db", _("SQLite database file or postgresql:// URI"),
                         wxCMD_LINE_VAL_STRING);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        wxString db;
        if (parser.Found("db", &db)) {
            m_db = polku::gui::from_wx(db);
        }
        return wxApp::OnCmdLineParsed(parser);
    }

    bool OnInit() override {
        SetAppName("polku");  // the settings file (~/.polku): window place, recent databases
        m_language = polku::gui::language_at_start();
        // Before anything shows text, and before the command line's help is written.
        polku::gui::install_translations(m_language);
        if (!wxApp::OnInit()) {
            return false;
        }
        try {
            auto* frame = new polku::gui::MainFrame(polku::db::resolve_locator(m_db), m_language);
            frame->Show();
            frame->select_first_project();
            frame->restore_last_view();
            polku::gui::probe_window_shown(frame);
            return true;
        } catch (const polku::PolkuError& e) {
            polku::gui::message_box(polku::gui::to_wx(e.what()),
                                    _("Polku cannot open the database"), wxOK | wxICON_ERROR);
            return false;
        }
    }

  private:
    std::string m_db;
    polku::reports::Language m_language = polku::reports::language_from_environment();
};

}  // namespace

wxIMPLEMENT_APP(PolkuApp);
