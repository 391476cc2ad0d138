#include "gui/transcript_dialog.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "gui/dashboard_panel.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"
#include "reports/transcript_report.hpp"

namespace polku::gui {

TranscriptDialog::TranscriptDialog(wxWindow* parent, const Transcript& transcript,
                                   reports::Language language)
    : wxDialog(parent, wxID_ANY,
               wxString::Format(_("Transcript: %s"), to_wx(transcript.person.employee_id)),
               wxDefaultPosition, wxSize(1100, 640), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_document = new DashboardPanel(this);
    m_document->show(reports::transcript_document(transcript, language));
    sizer->Add(m_document, 1, wxEXPAND);
    sizer->Add(labelled_button(this, wxID_CANCEL, _("Close")), 0, wxALIGN_RIGHT | wxALL, 8);
    SetSizer(sizer);
    SetEscapeId(wxID_CANCEL);
}

}  // namespace polku::gui
