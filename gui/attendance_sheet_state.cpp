#include "gui/attendance_sheet_state.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace polku::gui {

namespace {

constexpr std::chrono::milliseconds kFindingPause{1500};
constexpr std::size_t kMaxMinuteDigits = 4;

}  // namespace

char32_t fold_for_finding(char32_t ch) {
    if (ch >= U'A' && ch <= U'Z') {
        return ch - U'A' + U'a';
    }
    // Latin-1 capitals À..Þ (but ×) have their small letter 0x20 above.
    if (ch >= 0xC0 && ch <= 0xDE && ch != 0xD7) {
        return ch + 0x20;
    }
    return ch;
}

std::u32string fold_for_finding(const std::string& utf8) {
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 1;
        if (length == 1 || i + length > utf8.size()) {
            out.push_back(fold_for_finding(static_cast<char32_t>(lead)));
            ++i;
            continue;
        }
        char32_t cp = lead & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        }
        out.push_back(fold_for_finding(cp));
        i += length;
    }
    return out;
}

bool starts_a_word(const std::u32string& text, const std::u32string& prefix, bool first_word_only) {
    if (prefix.empty()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool word_start =
            i == 0 || text[i - 1] == U' ' || text[i - 1] == U',' || text[i - 1] == U'-';
        if (word_start && text.compare(i, prefix.size(), prefix) == 0) {
            return true;
        }
        if (first_word_only) {
            return false;
        }
    }
    return false;
}

std::vector<SigninParticipant> matching_people(const std::vector<SigninParticipant>& people,
                                               const std::string& typed, std::size_t limit) {
    std::vector<std::u32string> words;
    std::u32string word;
    for (const char32_t c : fold_for_finding(typed) + U" ") {
        if (c == U' ' || c == U',') {
            if (!word.empty()) {
                words.push_back(word);
            }
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    std::vector<SigninParticipant> out;
    if (words.empty()) {
        return out;
    }
    for (const auto& person : people) {
        const auto name = fold_for_finding(person.name);
        const auto id = fold_for_finding(person.employee_id);
        const bool all = std::all_of(words.begin(), words.end(), [&](const std::u32string& w) {
            return starts_a_word(name, w, false) || starts_a_word(id, w, true);
        });
        if (all) {
            out.push_back(person);
            if (out.size() == limit) {
                break;
            }
        }
    }
    return out;
}

AttendanceSheetState::AttendanceSheetState(int session_length, std::vector<SheetRow> rows)
    : m_length(session_length), m_rows(std::move(rows)) {}

void AttendanceSheetState::move_to(std::size_t row) {
    if (!m_rows.empty()) {
        m_cursor = std::min(row, m_rows.size() - 1);
    }
}

void AttendanceSheetState::move_by(long delta) {
    if (m_rows.empty()) {
        return;
    }
    const long last = static_cast<long>(m_rows.size()) - 1;
    m_cursor = static_cast<std::size_t>(std::clamp(static_cast<long>(m_cursor) + delta, 0L, last));
}

void AttendanceSheetState::set_mark(std::size_t row, std::optional<Mark> mark) {
    if (row < m_rows.size() && m_rows[row].mark != mark) {
        m_rows[row].mark = std::move(mark);
        m_dirty = true;
    }
}

void AttendanceSheetState::mark_all_present() {
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (!m_rows[row].mark) {
            set_mark(row, Mark{AttendanceStatus::present, std::nullopt});
        }
    }
}

std::size_t AttendanceSheetState::add_new_person(const NewPerson& person) {
    const std::string id(trim(person.employee_id));
    const std::string first(trim(person.first_name));
    const std::string last(trim(person.last_name));
    const std::size_t row = add_walk_in(SigninParticipant{id, signin_name(first, last), ""});
    if (m_rows[row].walk_in) {
        m_rows[row].new_person = true;
        m_rows[row].first_name = first;
        m_rows[row].last_name = last;
    }
    return row;
}

std::vector<NewPerson> AttendanceSheetState::new_people() const {
    std::vector<NewPerson> out;
    for (const auto& row : m_rows) {
        if (row.new_person) {
            out.push_back({row.person.employee_id, row.first_name, row.last_name});
        }
    }
    return out;
}

void AttendanceSheetState::saved() {
    m_dirty = false;
    for (auto& row : m_rows) {
        row.new_person = false;
        row.stored = row.mark;
    }
}

std::vector<std::string> AttendanceSheetState::reread(std::vector<SheetRow> rows) {
    commit_minutes();
    std::vector<std::string> clashed;
    std::vector<SheetRow> mine;  // walk-ins and new people of this sheet the database lacks
    for (auto& row : m_rows) {
        const auto now = std::find_if(rows.begin(), rows.end(), [&](const SheetRow& r) {
            return r.person.employee_id == row.person.employee_id;
        });
        if (now == rows.end()) {
            if (row.mark != row.stored || row.new_person) {
                mine.push_back(row);
            }
            continue;
        }
        const bool changed_here = row.mark != row.stored;
        const bool changed_there = now->stored != row.stored;
        if (changed_here && changed_there && row.mark != now->stored) {
            clashed.push_back(row.person.name);
        } else if (changed_here) {
            now->mark = row.mark;  // the stored mark is now->stored: the save is based on it
        }
        now->walk_in = row.walk_in;
    }
    for (auto& row : mine) {
        row.stored.reset();
        rows.push_back(std::move(row));
    }
    const std::string at =
        m_cursor < m_rows.size() ? m_rows[m_cursor].person.employee_id : std::string();
    m_rows = std::move(rows);
    m_cursor = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].person.employee_id == at) {
            m_cursor = i;
        }
    }
    m_dirty = std::any_of(m_rows.begin(), m_rows.end(),
                          [](const SheetRow& r) { return r.mark != r.stored || r.new_person; });
    return clashed;
}

std::vector<SheetRow> sheet_rows(const std::vector<SigninParticipant>& people,
                                 const std::vector<PersonMark>& marks) {
    std::vector<SheetRow> rows;
    rows.reserve(people.size());
    for (const auto& person : people) {
        SheetRow row;
        row.person = person;
        for (const auto& m : marks) {
            if (m.employee_id == person.employee_id) {
                row.mark = m.mark;
                row.stored = m.mark;
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::size_t AttendanceSheetState::add_walk_in(const SigninParticipant& person) {
    clear_finding();
    commit_minutes();
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].person.employee_id == person.employee_id) {
            m_cursor = row;
            if (!m_rows[row].mark) {
                set_mark(row, Mark{AttendanceStatus::present, std::nullopt});
            }
            return row;
        }
    }
    SheetRow added;
    added.person = person;
    added.mark = Mark{AttendanceStatus::present, std::nullopt};
    added.walk_in = true;
    const auto at = std::upper_bound(
        m_rows.begin(), m_rows.end(), added,
        [](const SheetRow& a, const SheetRow& b) { return signin_order(a.person, b.person); });
    m_cursor = static_cast<std::size_t>(at - m_rows.begin());
    m_rows.insert(at, std::move(added));
    m_dirty = true;
    return m_cursor;
}

void AttendanceSheetState::clear_finding() {
    m_finding.clear();
    m_finding_failed = false;
}

void AttendanceSheetState::find(char32_t ch, std::chrono::milliseconds at) {
    if (at - m_last_find > kFindingPause) {
        clear_finding();
    }
    m_last_find = at;
    m_finding.push_back(fold_for_finding(ch));
    // Last names and employee ids first (a paper list is read by surname), then first names.
    for (const bool first_word_only : {true, false}) {
        for (std::size_t row = 0; row < m_rows.size(); ++row) {
            const auto& person = m_rows[row].person;
            if (starts_a_word(fold_for_finding(person.name), m_finding, first_word_only) ||
                (first_word_only &&
                 starts_a_word(fold_for_finding(person.employee_id), m_finding, true))) {
                m_cursor = row;
                m_finding_failed = false;
                return;
            }
        }
    }
    m_finding_failed = true;
}

void AttendanceSheetState::commit_minutes() {
    if (!m_minutes) {
        return;
    }
    const std::string digits = *m_minutes;
    m_minutes.reset();
    if (!digits.empty()) {
        set_mark(m_cursor, Mark{AttendanceStatus::partial, std::stoi(digits)});
    }
}

SheetAction AttendanceSheetState::press(const KeyPress& key) {
    if (m_rows.empty()) {
        if (key.key == SheetKey::save || key.key == SheetKey::enter) {
            return SheetAction::save;
        }
        if (key.key == SheetKey::insert || (key.key == SheetKey::character && key.ch == U'+')) {
            return SheetAction::walk_in;
        }
        return SheetAction::ignored;
    }
    // Typing the minutes of a partial mark: digits, Backspace and Escape belong to it; any
    // other key takes the minutes typed and then does what it does.
    if (m_minutes) {
        if (key.key == SheetKey::character && key.ch >= U'0' && key.ch <= U'9') {
            if (m_minutes->size() < kMaxMinuteDigits) {
                m_minutes->push_back(static_cast<char>(key.ch));
            }
            return SheetAction::changed;
        }
        if (key.key == SheetKey::backspace) {
            if (!m_minutes->empty()) {
                m_minutes->pop_back();
            }
            return SheetAction::changed;
        }
        if (key.key == SheetKey::escape) {
            m_minutes.reset();
            return SheetAction::changed;
        }
        commit_minutes();
        if (key.key == SheetKey::enter) {
            return SheetAction::changed;  // Enter ends the minutes; a second Enter saves
        }
    }
    const auto mark = [this](AttendanceStatus status) {
        clear_finding();
        set_mark(m_cursor, Mark{status, std::nullopt});
        return SheetAction::changed;
    };
    const auto move = [this](long delta) {
        clear_finding();
        move_by(delta);
        return SheetAction::changed;
    };
    const long page = static_cast<long>(m_page);
    switch (key.key) {
        case SheetKey::up:
            return move(-1);
        case SheetKey::down:
            return move(1);
        case SheetKey::page_up:
            return move(-page);
        case SheetKey::page_down:
            return move(page);
        case SheetKey::home:
            return move(-static_cast<long>(m_rows.size()));
        case SheetKey::end:
            return move(static_cast<long>(m_rows.size()));
        case SheetKey::enter:
        case SheetKey::save:
            clear_finding();
            return SheetAction::save;
        case SheetKey::escape:
            if (m_finding.empty()) {
                return SheetAction::ignored;
            }
            clear_finding();
            return SheetAction::changed;
        case SheetKey::backspace:
            if (m_finding.empty()) {
                return SheetAction::ignored;
            }
            m_finding.pop_back();
            m_finding_failed = false;
            return SheetAction::changed;
        case SheetKey::del:
            clear_finding();
            set_mark(m_cursor, std::nullopt);
            return SheetAction::changed;
        case SheetKey::insert:
            clear_finding();
            return SheetAction::walk_in;
        case SheetKey::all_present:
            clear_finding();
            mark_all_present();
            return SheetAction::changed;
        case SheetKey::character:
            break;
    }
    const char32_t ch = key.ch;
    switch (ch) {
        case U' ': {
            const auto& current = m_rows[m_cursor].mark;
            const bool present = current && current->status == AttendanceStatus::present;
            clear_finding();
            set_mark(m_cursor, present ? std::nullopt
                                       : std::optional<Mark>(Mark{AttendanceStatus::present, {}}));
            return SheetAction::changed;
        }
        case U'A':
            return mark(AttendanceStatus::absent);
        case U'E':
            return mark(AttendanceStatus::excused);
        case U'P':
            clear_finding();
            m_minutes.emplace();
            return SheetAction::changed;
        case U'*':
            clear_finding();
            mark_all_present();
            return SheetAction::changed;
        case U'+':
            clear_finding();
            return SheetAction::walk_in;
        default:
            break;
    }
    // Letters (any script) and digits find; other punctuation means nothing here.
    const bool ascii_other =
        ch < 0x80 && !((ch >= U'a' && ch <= U'z') || (ch >= U'A' && ch <= U'Z') ||
                       (ch >= U'0' && ch <= U'9') || ch == U'-');
    if (ch < 0x20 || ascii_other) {
        return SheetAction::ignored;
    }
    find(ch, key.at);
    return SheetAction::changed;
}

MarkProblem AttendanceSheetState::problem(std::size_t row) const {
    if (row >= m_rows.size() || !m_rows[row].mark) {
        return MarkProblem::none;
    }
    return mark_problem(*m_rows[row].mark, m_length);
}

std::vector<std::pair<std::size_t, MarkProblem>> AttendanceSheetState::problems() const {
    std::vector<std::pair<std::size_t, MarkProblem>> out;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (const auto p = problem(row); p != MarkProblem::none) {
            out.emplace_back(row, p);
        }
    }
    return out;
}

std::vector<PersonMark> AttendanceSheetState::marks() const {
    std::vector<PersonMark> out;
    out.reserve(m_rows.size());
    for (const auto& row : m_rows) {
        out.push_back({row.person.employee_id, row.mark});
    }
    return out;
}

std::vector<MarkEdit> AttendanceSheetState::edits() const {
    std::vector<MarkEdit> out;
    out.reserve(m_rows.size());
    for (const auto& row : m_rows) {
        out.push_back({row.person.employee_id, row.stored, row.mark});
    }
    return out;
}

std::size_t AttendanceSheetState::marked_count() const {
    return static_cast<std::size_t>(std::count_if(
        m_rows.begin(), m_rows.end(), [](const SheetRow& r) { return r.mark.has_value(); }));
}

}  // namespace polku::gui
