#pragma once
// The attendance sheet control: a wxListCtrl in virtual mode over AttendanceSheetState.
//
// Why wxListCtrl (virtual) rather than wxDataViewCtrl: on GTK the list control is wx's own
// generic one, whose inner window hands every key to the control first, so all keys (letters
// included) reach our handlers the same way under a user's keyboard and a test's events; the
// native GtkTreeView behind wxDataViewCtrl has its own type-ahead popup and key bindings that
// compete for the same letters. Rows are few (a session's people) and cells plain text, which
// is what the virtual list does best: it asks for the visible cells only.

#include <wx/listctrl.h>

#include <functional>

#include "gui/attendance_sheet_state.hpp"

namespace polku::gui {

class AttendanceSheet : public wxListCtrl {
  public:
    explicit AttendanceSheet(wxWindow* parent);

    // Shows `state` (replacing what was shown).
    void load(AttendanceSheetState state);
    AttendanceSheetState& state() { return m_state; }
    const AttendanceSheetState& state() const { return m_state; }
    // Shows the state again after a change made outside the key handlers.
    void refresh();
    // Feeds a key to the state as if typed, shows the result and reports save / walk-in.
    SheetAction press(const KeyPress& key);

    // Told of every handled key (after the sheet is shown again): save and walk_in ask the
    // window to act; changed lets it update its summary line.
    std::function<void(SheetAction)> on_action;

    enum Column { name, employee_id, unit, mark, minutes, column_count };

  protected:
    wxString OnGetItemText(long item, long column) const override;
    wxListItemAttr* OnGetItemAttr(long item) const override;

  private:
    void on_key_down(wxKeyEvent& event);
    void on_char(wxKeyEvent& event);
    void on_selected(wxListEvent& event);

    AttendanceSheetState m_state;
    mutable wxListItemAttr m_problem_attr;
    mutable wxListItemAttr m_absent_attr;
    mutable wxListItemAttr m_walk_in_attr;
    bool m_showing = false;  // selecting the cursor's row, not a click
};

// The mark of a row as the sheet shows it ("present", "partial"…), translated.
wxString mark_text(const std::optional<Mark>& mark);
// What is wrong with a mark, translated.
wxString problem_text(MarkProblem problem, const Mark& mark, int session_length);

}  // namespace polku::gui
