#pragma once
// A record's history: the audit rows about a person or an event, oldest first — when, who,
// what was done to which record, and each changed field old → new.

#include <wx/dialog.h>
#include <wx/listctrl.h>

#include <vector>

#include "core/audit_record.hpp"
#include "reports/language.hpp"

namespace polku::gui {

class HistoryDialog : public wxDialog {
  public:
    // `entries` from app::person_history or app::event_history; `what` names the record in
    // the title ("Person E100").
    HistoryDialog(wxWindow* parent, const wxString& what, const std::vector<AuditEntry>& entries,
                  reports::Language language);

    enum Column { when, who, action, record, change, column_count };
    wxListCtrl* list() const { return m_list; }

  private:
    wxListCtrl* m_list = nullptr;
};

}  // namespace polku::gui
