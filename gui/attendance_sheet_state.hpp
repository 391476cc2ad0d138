#pragma once
// What the attendance sheet holds and what each key does to it, without wx: the rows and
// their marks, the row the cursor is on, the letters typed to jump, the minutes being typed
// for a partial mark. AttendanceSheet (the control) only turns wx key events into KeyPress,
// shows this state and acts on the returned SheetAction.
//
// Keys (uppercase letters are commands, so lowercase letters are free for finding names):
//   letters, digits   find: jump to the first row whose last name, a first name or employee
//                     id starts with what was typed (case and å/ä/ö case ignored)
//   Space             present, or back to unmarked when already present
//   A / E             absent / excused (Shift+a, Shift+e)
//   P, digits         partial: the minutes follow; Enter, or any next command, takes them
//   * or Ctrl+A       every unmarked row present
//   Delete            unmark
//   arrows, Page Up/Down, Home, End   move
//   + or Insert       add a walk-in
//   Enter, Ctrl+S     save
//   Escape            cancel the minutes or the finding being typed
//   Backspace         the last digit or letter typed

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/attendance_marks.hpp"
#include "core/signin_sheet.hpp"

namespace polku::gui {

struct SheetRow {
    SigninParticipant person;
    std::optional<Mark> mark;    // none: not marked
    std::optional<Mark> stored;  // the mark in the database when read or last saved
    bool walk_in = false;        // added on this sheet, not expected
    bool new_person = false;     // added as a new person: created when the sheet is saved
    std::string first_name;      // of a new person
    std::string last_name;       // of a new person
};

enum class SheetKey {
    character,  // KeyPress::ch
    up,
    down,
    page_up,
    page_down,
    home,
    end,
    enter,
    escape,
    backspace,
    del,
    insert,
    save,         // Ctrl+S
    all_present,  // Ctrl+A
};

struct KeyPress {
    SheetKey key = SheetKey::character;
    char32_t ch = 0;
    // When the key came: finding starts afresh after a pause (1.5 s). Tests leave it at zero.
    std::chrono::milliseconds at{0};
};

enum class SheetAction {
    ignored,  // the key means nothing here (let the control handle it)
    changed,  // handled: show the state again
    save,     // handled: the user asks to save
    walk_in,  // handled: the user asks to add a walk-in
};

class AttendanceSheetState {
  public:
    AttendanceSheetState() = default;
    AttendanceSheetState(int session_length, std::vector<SheetRow> rows);

    // The key → action mapping (the table at the top of this file).
    SheetAction press(const KeyPress& key);

    const std::vector<SheetRow>& rows() const { return m_rows; }
    int session_length() const { return m_length; }
    std::size_t cursor() const { return m_cursor; }
    void move_to(std::size_t row);
    // Rows scrolled by Page Up/Down (the control sets how many fit).
    void set_page_rows(std::size_t rows) { m_page = rows == 0 ? 1 : rows; }

    // The letters typed to find a row, and whether a row matched them.
    const std::u32string& finding() const { return m_finding; }
    bool finding_failed() const { return m_finding_failed; }
    // The minutes being typed for the cursor's row after P (digits only), or none.
    const std::optional<std::string>& minutes_typed() const { return m_minutes; }

    void set_mark(std::size_t row, std::optional<Mark> mark);
    // Every row without a mark becomes present.
    void mark_all_present();
    // Adds a walk-in as present (or moves to them when already listed) and puts the cursor
    // on them; returns their row.
    std::size_t add_walk_in(const SigninParticipant& person);
    // Adds a walk-in who is not in the database yet (new_person_problem must be none).
    std::size_t add_new_person(const NewPerson& person);

    // Rows whose mark breaks a rule (core's mark_problem), by row.
    std::vector<std::pair<std::size_t, MarkProblem>> problems() const;
    MarkProblem problem(std::size_t row) const;
    // The marks to save: every row, marked or not (no mark removes a stored one).
    std::vector<PersonMark> marks() const;
    // Every row's mark as read and as wanted: what saving sends (only changes are written).
    std::vector<MarkEdit> edits() const;
    std::size_t marked_count() const;

    // The new people of walk-in rows still on the sheet: created when the sheet is saved.
    std::vector<NewPerson> new_people() const;
    // Changed since loading or the last save.
    bool dirty() const { return m_dirty; }
    // After a save: nothing is changed and the new people exist.
    void saved();
    // After another writer saved marks of this session: `rows` read again (sheet_rows).
    // Marks only this user changed stay changed; a mark both changed takes the stored one.
    // Returns the names of those, for the user to check.
    std::vector<std::string> reread(std::vector<SheetRow> rows);

  private:
    void commit_minutes();
    void find(char32_t ch, std::chrono::milliseconds at);
    void clear_finding();
    void move_by(long delta);

    int m_length = 0;
    std::vector<SheetRow> m_rows;
    std::size_t m_cursor = 0;
    std::size_t m_page = 10;
    std::u32string m_finding;
    bool m_finding_failed = false;
    std::chrono::milliseconds m_last_find{0};
    std::optional<std::string> m_minutes;
    bool m_dirty = false;
};

// The sheet's rows: each person with their stored mark (read and wanted alike).
std::vector<SheetRow> sheet_rows(const std::vector<SigninParticipant>& people,
                                 const std::vector<PersonMark>& marks);

// Lower case for finding, in code points: A–Z and the Finnish (and Swedish, German) letters
// with their small forms; other code points as they are.
std::u32string fold_for_finding(const std::string& utf8);
char32_t fold_for_finding(char32_t ch);

// Whether `text` (folded) has a word starting with `prefix` (folded); `first_word_only`
// looks at the start of the text alone.
bool starts_a_word(const std::u32string& text, const std::u32string& prefix, bool first_word_only);

// Walk-in finding: the people (in their order) with a word of the name or the employee id
// starting with `typed` (every word typed must match: "vir an"), at most `limit`.
std::vector<SigninParticipant> matching_people(const std::vector<SigninParticipant>& people,
                                               const std::string& typed, std::size_t limit);

}  // namespace polku::gui
