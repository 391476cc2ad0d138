#include "gui/attendance_sheet.hpp"

#include <wx/intl.h>
#include <wx/settings.h>

#include <chrono>

#include "gui/wx_text.hpp"

namespace polku::gui {

namespace {

std::chrono::milliseconds now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

}  // namespace

wxString mark_text(const std::optional<Mark>& mark) {
    if (!mark) {
        return wxString();
    }
    switch (mark->status) {
        case AttendanceStatus::present:
            return _("present");
        case AttendanceStatus::partial:
            return _("partial");
        case AttendanceStatus::absent:
            return _("absent");
        case AttendanceStatus::excused:
            return _("excused");
    }
    return wxString();
}

wxString problem_text(MarkProblem problem, const Mark& mark, int session_length) {
    switch (problem) {
        case MarkProblem::none:
            return wxString();
        case MarkProblem::minutes_missing:
            return _("partial attendance needs its minutes");
        case MarkProblem::minutes_too_few:
            return _("partial attendance needs at least 1 minute");
        case MarkProblem::minutes_too_many:
            return wxString::Format(_("%d minutes is more than the session lasts (%d minutes)"),
                                    mark.minutes.value_or(0), session_length);
        case MarkProblem::minutes_not_partial:
            return _("minutes are given for partial attendance only");
    }
    return wxString();
}

AttendanceSheet::AttendanceSheet(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxSize(640, 420),
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES | wxWANTS_CHARS) {
    InsertColumn(name, _("Name"), wxLIST_FORMAT_LEFT, 240);
    InsertColumn(employee_id, _("Employee id"), wxLIST_FORMAT_LEFT, 100);
    InsertColumn(unit, _("Unit"), wxLIST_FORMAT_LEFT, 140);
    InsertColumn(mark, _("Mark"), wxLIST_FORMAT_LEFT, 100);
    InsertColumn(minutes, _("Minutes"), wxLIST_FORMAT_RIGHT, 80);
    m_problem_attr.SetBackgroundColour(wxColour(255, 205, 205));
    m_absent_attr.SetTextColour(wxColour(140, 140, 140));
    m_walk_in_attr.SetBackgroundColour(wxColour(230, 242, 255));
    Bind(wxEVT_KEY_DOWN, &AttendanceSheet::on_key_down, this);
    Bind(wxEVT_CHAR, &AttendanceSheet::on_char, this);
    Bind(wxEVT_LIST_ITEM_SELECTED, &AttendanceSheet::on_selected, this);
}

void AttendanceSheet::load(AttendanceSheetState state) {
    m_state = std::move(state);
    refresh();
}

void AttendanceSheet::refresh() {
    const auto rows = static_cast<long>(m_state.rows().size());
    if (GetItemCount() != rows) {
        SetItemCount(rows);
    }
    const int per_page = GetCountPerPage();
    m_state.set_page_rows(per_page > 1 ? static_cast<std::size_t>(per_page - 1) : 1);
    if (rows > 0) {
        const long cursor = static_cast<long>(m_state.cursor());
        m_showing = true;
        SetItemState(cursor, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                     wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        m_showing = false;
        EnsureVisible(cursor);
        RefreshItems(0, rows - 1);
    }
}

SheetAction AttendanceSheet::press(const KeyPress& key) {
    const auto action = m_state.press(key);
    if (action != SheetAction::ignored) {
        refresh();
        if (on_action) {
            on_action(action);
        }
    }
    return action;
}

void AttendanceSheet::on_key_down(wxKeyEvent& event) {
    std::optional<SheetKey> key;
    const bool ctrl = event.GetModifiers() == wxMOD_CONTROL;
    switch (event.GetKeyCode()) {
        case WXK_UP:
            key = SheetKey::up;
            break;
        case WXK_DOWN:
            key = SheetKey::down;
            break;
        case WXK_PAGEUP:
            key = SheetKey::page_up;
            break;
        case WXK_PAGEDOWN:
            key = SheetKey::page_down;
            break;
        case WXK_HOME:
            key = SheetKey::home;
            break;
        case WXK_END:
            key = SheetKey::end;
            break;
        case WXK_RETURN:
        case WXK_NUMPAD_ENTER:
            key = SheetKey::enter;
            break;
        case WXK_ESCAPE:
            key = SheetKey::escape;
            break;
        case WXK_BACK:
            key = SheetKey::backspace;
            break;
        case WXK_DELETE:
            key = SheetKey::del;
            break;
        case WXK_INSERT:
            key = SheetKey::insert;
            break;
        case 'S':
            if (ctrl) {
                key = SheetKey::save;
            }
            break;
        case 'A':
            if (ctrl) {
                key = SheetKey::all_present;
            }
            break;
        default:
            break;
    }
    if (!key || press(KeyPress{*key, 0, now_ms()}) == SheetAction::ignored) {
        event.Skip();  // a character: it comes back as wxEVT_CHAR
    }
}

void AttendanceSheet::on_char(wxKeyEvent& event) {
    const wxChar ch = event.GetUnicodeKey();
    const bool plain = (event.GetModifiers() & ~wxMOD_SHIFT) == 0;
    if (ch == WXK_NONE || !plain ||
        press(KeyPress{SheetKey::character, static_cast<char32_t>(ch), now_ms()}) ==
            SheetAction::ignored) {
        event.Skip();
    }
}

void AttendanceSheet::on_selected(wxListEvent& event) {
    // A click moves the cursor; selecting the cursor's own row is just showing it.
    if (!m_showing && event.GetIndex() >= 0) {
        m_state.move_to(static_cast<std::size_t>(event.GetIndex()));
        if (on_action) {
            on_action(SheetAction::changed);
        }
    }
}

wxString AttendanceSheet::OnGetItemText(long item, long column) const {
    const auto& rows = m_state.rows();
    if (item < 0 || static_cast<std::size_t>(item) >= rows.size()) {
        return wxString();
    }
    const auto& row = rows[static_cast<std::size_t>(item)];
    const bool typing_minutes =
        static_cast<std::size_t>(item) == m_state.cursor() && m_state.minutes_typed();
    switch (column) {
        case name:
            return to_wx(row.person.name);
        case employee_id:
            return to_wx(row.person.employee_id);
        case unit:
            return to_wx(row.person.unit);
        case mark:
            if (typing_minutes) {
                return _("partial");
            }
            return row.walk_in && row.mark
                       ? wxString::Format(_("%s (walk-in)"), mark_text(row.mark))
                       : mark_text(row.mark);
        case minutes:
            if (typing_minutes) {
                return to_wx(*m_state.minutes_typed()) + "_";
            }
            if (row.mark && row.mark->minutes) {
                return wxString::Format("%d", *row.mark->minutes);
            }
            if (row.mark && row.mark->status == AttendanceStatus::present) {
                return wxString::Format("%d", m_state.session_length());
            }
            return wxString();
        default:
            return wxString();
    }
}

wxListItemAttr* AttendanceSheet::OnGetItemAttr(long item) const {
    const auto index = static_cast<std::size_t>(item);
    if (item < 0 || index >= m_state.rows().size()) {
        return nullptr;
    }
    if (m_state.problem(index) != MarkProblem::none) {
        return &m_problem_attr;
    }
    const auto& row = m_state.rows()[index];
    if (row.mark && (row.mark->status == AttendanceStatus::absent ||
                     row.mark->status == AttendanceStatus::excused)) {
        return &m_absent_attr;
    }
    if (row.walk_in) {
        return &m_walk_in_attr;
    }
    return nullptr;
}

}  // namespace polku::gui
