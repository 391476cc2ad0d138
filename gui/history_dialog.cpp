#include "gui/history_dialog.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/date.hpp"
#include "gui/labelled_controls.hpp"
#include "gui/wx_text.hpp"
#include "reports/vocabulary.hpp"

namespace polku::gui {

namespace {

// "2026-11-24T06:15:02Z" as the user's language writes a date, the time kept in UTC (the
// trail's clock) and said so.
wxString when_text(const std::string& at, reports::Language language) {
    const auto date = parse_date(at.substr(0, 10));
    if (!date || at.size() < 16) {
        return to_wx(at);
    }
    const std::string day =
        language == reports::Language::fi ? format_fi_date(*date) : format_iso_date(*date);
    return to_wx(day + " " + at.substr(11, 5) + " UTC");
}

}  // namespace

HistoryDialog::HistoryDialog(wxWindow* parent, const wxString& what,
                             const std::vector<AuditEntry>& entries, reports::Language language)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("History: %s"), what), wxDefaultPosition,
               wxSize(1200, 480), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(
                   this, wxID_ANY,
                   entries.empty() ? _("No changes are recorded.")
                                   : wxString::Format(wxPLURAL("%zu recorded change, oldest first",
                                                               "%zu recorded changes, oldest first",
                                                               entries.size()),
                                                      entries.size())),
               0, wxALL, 8);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    m_list->InsertColumn(when, _("When"), wxLIST_FORMAT_LEFT, 175);
    m_list->InsertColumn(who, _("Who"), wxLIST_FORMAT_LEFT, 90);
    m_list->InsertColumn(action, _("Action"), wxLIST_FORMAT_LEFT, 90);
    m_list->InsertColumn(record, _("Record"), wxLIST_FORMAT_LEFT, 230);
    m_list->InsertColumn(change, _("Change (old -> new)"), wxLIST_FORMAT_LEFT, 560);
    for (const auto& e : entries) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), when_text(e.at, language));
        m_list->SetItem(row, who, to_wx(e.actor));
        m_list->SetItem(row, action, to_wx(reports::label(language, name_of(e.change.action))));
        m_list->SetItem(row, record, to_wx(e.change.table + ": " + describe(e.change.key)));
        m_list->SetItem(row, change, to_wx(describe_change(e.change)));
    }
    sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    auto* close = labelled_button(this, wxID_CANCEL, _("Close"));
    sizer->Add(close, 0, wxALIGN_RIGHT | wxALL, 8);
    SetSizer(sizer);
    SetEscapeId(wxID_CANCEL);
    if (m_list->GetItemCount() > 0) {
        m_list->EnsureVisible(m_list->GetItemCount() -
                              1);  // the newest change is the one looked for
    }
}

}  // namespace polku::gui
