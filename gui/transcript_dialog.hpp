#pragma once
// A person's transcript on screen: the transcript report's own document (title block, every
// line and the totals per project), shown as the dashboard shows the monitoring report, so
// what is seen is what `report transcript` writes.

#include <wx/dialog.h>

#include "core/transcript.hpp"
#include "reports/language.hpp"

namespace polku::gui {

class DashboardPanel;

class TranscriptDialog : public wxDialog {
  public:
    TranscriptDialog(wxWindow* parent, const Transcript& transcript, reports::Language language);

    DashboardPanel* document() const { return m_document; }

  private:
    DashboardPanel* m_document = nullptr;
};

}  // namespace polku::gui
