#include "reports/paths_report.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>

#include "core/hand_off_queue.hpp"
#include "core/quantity.hpp"
#include "reports/cell_text.hpp"
#include "reports/translation.hpp"
#include "reports/vocabulary.hpp"

namespace polku::reports {

namespace {

using Json = nlohmann::ordered_json;

Cell date_cell(const std::optional<Date>& date) {
    return date ? Cell{*date} : Cell{Empty{}};
}

Cell percent_cell(const PathProgress& progress) {
    return progress.percent_tenths ? Cell{Tenths{*progress.percent_tenths}} : Cell{Empty{}};
}

const NamedPerson& person_of(const PathsReport& report, PersonKey key) {
    static const NamedPerson unknown{};
    const auto it = report.people.find(key);
    return it == report.people.end() ? unknown : it->second;
}

Json step_json(const PathStep& step, const StepLabels& labels) {
    Json j;
    j["step"] = labels.number;
    j["kind"] = name_of(step.kind);
    j["name"] = step_name(labels);
    j["competence"] = labels.competence.empty() ? Json(nullptr) : Json(labels.competence);
    j["course"] = labels.course.empty() ? Json(nullptr) : Json(labels.course);
    j["required_minutes"] =
        step.kind == StepKind::competence ? Json(step.required_minutes) : Json(nullptr);
    j["mandatory"] = step.mandatory;
    j["due_days"] = step.due_offset_days ? Json(*step.due_offset_days) : Json(nullptr);
    return j;
}

}  // namespace

void for_each_status(const PathsReport& report,
                     const std::function<void(const PathResult&, const AssignmentStatus&)>& visit) {
    AssignmentStatus status;
    for (const auto& result : report.paths) {
        for (const auto& assignment : result.assignments) {
            report.judge->judge(result.path.path, assignment, status);
            visit(result, status);
        }
    }
}

namespace {

// Text being made for the sink. Its appends are inline, with no check beyond the room left:
// a million step objects are a few dozen appends each, and std::string's are calls into the
// library.
class TextBuffer {
  public:
    TextBuffer() = default;
    TextBuffer(TextBuffer&& other) noexcept { *this = std::move(other); }
    TextBuffer& operator=(TextBuffer&& other) noexcept {
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        return *this;
    }

    std::string_view view() const { return {m_data.get(), m_size}; }
    std::size_t size() const { return m_size; }
    void clear() { m_size = 0; }
    // Out of line: the buffers seldom grow.
    [[gnu::noinline]] void reserve(std::size_t capacity) {
        if (capacity > m_capacity) {
            auto data = std::make_unique_for_overwrite<char[]>(capacity);
            if (m_size > 0) {
                std::memcpy(data.get(), m_data.get(), m_size);
            }
            m_data = std::move(data);
            m_capacity = capacity;
        }
    }
    // Inlined, so that a literal's copy is a few moves.
    [[gnu::always_inline]] void append(const char* text, std::size_t size) {
        if (m_capacity - m_size < size) {
            reserve(std::max(2 * m_capacity, m_size + size));
        }
        std::memcpy(m_data.get() + m_size, text, size);
        m_size += size;
    }
    [[gnu::always_inline]] TextBuffer& operator+=(std::string_view text) {
        append(text.data(), text.size());
        return *this;
    }
    [[gnu::always_inline]] TextBuffer& operator+=(char c) {
        if (m_size == m_capacity) {
            reserve(std::max<std::size_t>(2 * m_capacity, 64));
        }
        m_data[m_size++] = c;
        return *this;
    }

  private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// The report's text, handed to the sink in large chunks on a thread of its own: the sink's
// write (the kernel copying 385 MB of JSON into the page cache took a third of the time)
// overlaps making the next chunk. The sink is called in order, from that thread only; what
// it throws is rethrown in the report's thread. The buffers go round between the two
// threads, so no fresh memory is touched after the first few.
class ChunkedOutput {
  public:
    explicit ChunkedOutput(const ByteSink& sink)
        : m_queue(
              [&sink](TextBuffer& chunk) {
                  sink(chunk.view());
                  chunk.clear();
              },
              kQueued) {
        m_text.reserve(kChunk + kSlack);
    }
    ChunkedOutput(const ChunkedOutput&) = delete;
    ChunkedOutput& operator=(const ChunkedOutput&) = delete;

    TextBuffer& text() { return m_text; }
    void flush_when_full() {
        if (m_text.size() >= kChunk) {
            hand_over();
        }
    }
    // Hands over the rest and waits until the sink has written everything. Unless this was
    // called, what is still queued is dropped when the output goes: the report failed.
    void finish() {
        hand_over();
        m_queue.drain();
    }

  private:
    // A quarter of a megabyte, and at most three queued: a few large writes, and little
    // fresh memory.
    static constexpr std::size_t kChunk = std::size_t{1} << 18;
    static constexpr std::size_t kSlack = std::size_t{1} << 16;
    static constexpr std::size_t kQueued = 3;

    void hand_over() {
        m_queue.hand_over(m_text);
        m_text.clear();
        m_text.reserve(kChunk + kSlack);
    }

    TextBuffer m_text;                 // being made, by the report's thread
    HandOffQueue<TextBuffer> m_queue;  // last: its thread stops before the rest goes
};

// Every assignment's verdict in the report's order (path after path), judged ahead on a
// thread of its own while the writer formats the ones before: judging was a fifth of the
// writers' time, and a second core is idle while they run. The judge is only read, so the
// two threads may share it. Batches go round between the threads, as ChunkedOutput's
// buffers do.
class VerdictsAhead {
  public:
    explicit VerdictsAhead(const PathsReport& report) : m_report(report) {
        m_thread = std::thread([this] { judge_all(); });
    }
    ~VerdictsAhead() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    VerdictsAhead(const VerdictsAhead&) = delete;
    VerdictsAhead& operator=(const VerdictsAhead&) = delete;

    // The next assignment's verdict, valid until the next call.
    const AssignmentStatus& next() {
        if (m_at == m_current.count) {
            std::unique_lock lock(m_mutex);
            if (!m_current.verdicts.empty()) {
                m_spare.push_back(std::move(m_current));
                m_changed.notify_all();
            }
            m_changed.wait(lock, [&] { return !m_ready.empty() || m_error || m_done; });
            if (m_ready.empty()) {
                if (m_error) {
                    std::rethrow_exception(m_error);
                }
                throw std::logic_error("more verdicts asked for than there are assignments");
            }
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
            m_at = 0;
        }
        return m_current.verdicts[m_at++];
    }

  private:
    static constexpr std::size_t kBatch = 512;
    static constexpr std::size_t kReady = 3;

    // Verdicts whose step vectors keep their memory from one round to the next.
    struct Batch {
        std::vector<AssignmentStatus> verdicts;
        std::size_t count = 0;
    };

    void judge_all() {
        try {
            Batch batch;
            for (const auto& result : m_report.paths) {
                for (const auto& assignment : result.assignments) {
                    if (batch.count == 0 && !take_spare(batch)) {
                        return;
                    }
                    if (batch.count == batch.verdicts.size()) {
                        batch.verdicts.emplace_back();
                    }
                    m_report.judge->judge(result.path.path, assignment,
                                          batch.verdicts[batch.count++]);
                    if (batch.count == kBatch) {
                        hand_over(batch);
                    }
                }
            }
            if (batch.count > 0) {
                hand_over(batch);
            }
            std::lock_guard lock(m_mutex);
            m_done = true;
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        m_changed.notify_all();
    }

    // Waits for room ahead; false when the writer has stopped.
    bool take_spare(Batch& batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_ready.size() < kReady || m_stop; });
        if (m_stop) {
            return false;
        }
        if (!m_spare.empty() && batch.verdicts.empty()) {
            batch = std::move(m_spare.back());
            m_spare.pop_back();
        }
        batch.count = 0;
        return true;
    }

    void hand_over(Batch& batch) {
        {
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(batch));
        }
        m_changed.notify_all();
        batch = Batch();
    }

    const PathsReport& m_report;
    Batch m_current;  // being read, by the writer's thread
    std::size_t m_at = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::vector<Batch> m_spare;
    bool m_stop = false;
    bool m_done = false;
    std::exception_ptr m_error;
    std::thread m_thread;  // last: started once everything above is made
};

// Who each assignment of a path is of, looked up together before the path is written: a
// hundred thousand lookups in a loop of their own overlap their cache misses, where one
// between each person's rows waits for every miss.
std::vector<const NamedPerson*> people_of(const PathsReport& report, const PathResult& result) {
    std::vector<const NamedPerson*> people;
    people.reserve(result.assignments.size());
    for (const auto& assignment : result.assignments) {
        people.push_back(&person_of(report, assignment.person));
    }
    return people;
}

// A number without the locale lookups of std::to_string.
template <typename Text>
void append_number(Text& out, std::int64_t value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, static_cast<std::size_t>(end - digits));
}

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// format_iso_date and format_fi_date written in place: a million dates are not a million
// strings.
template <typename Text>
void append_iso_date(Text& out, Date date) {
    char text[24];
    const int y = static_cast<int>(date.year());
    const unsigned m = static_cast<unsigned>(date.month());
    const unsigned d = static_cast<unsigned>(date.day());
    if (y >= 1000 && y <= 9999 && m < 100 && d < 100) {
        // Every date but the odd typo: ten characters by hand, two digits at a time, copied
        // as one.
        const auto pair = [](unsigned n, char* to) { std::memcpy(to, kDigitPairs + 2 * n, 2); };
        char digits[10];
        pair(static_cast<unsigned>(y) / 100, digits);
        pair(static_cast<unsigned>(y) % 100, digits + 2);
        digits[4] = '-';
        pair(m, digits + 5);
        digits[7] = '-';
        pair(d, digits + 8);
        out.append(digits, sizeof digits);
        return;
    }
    char* end = std::to_chars(text, text + 12, y).ptr;
    *end++ = '-';
    *end++ = static_cast<char>('0' + m / 10);
    *end++ = static_cast<char>('0' + m % 10);
    *end++ = '-';
    *end++ = static_cast<char>('0' + d / 10);
    *end++ = static_cast<char>('0' + d % 10);
    out.append(text, static_cast<std::size_t>(end - text));
}

template <typename Text>
void append_fi_date(Text& out, Date date) {
    char text[32];
    const int y = static_cast<int>(date.year());
    const unsigned m = static_cast<unsigned>(date.month());
    const unsigned d = static_cast<unsigned>(date.day());
    char* end = text;
    if (y >= 1000 && y <= 9999 && m < 100 && d < 100) {
        const auto number = [&](unsigned n) {
            if (n >= 10) {
                std::memcpy(end, kDigitPairs + 2 * n, 2);
                end += 2;
            } else {
                *end++ = static_cast<char>('0' + n);
            }
        };
        number(d);
        *end++ = '.';
        number(m);
        *end++ = '.';
        std::memcpy(end, kDigitPairs + 2 * (static_cast<unsigned>(y) / 100), 2);
        std::memcpy(end + 2, kDigitPairs + 2 * (static_cast<unsigned>(y) % 100), 2);
        end += 4;
    } else {
        end = std::to_chars(end, end + 4, d).ptr;
        *end++ = '.';
        end = std::to_chars(end, end + 4, m).ptr;
        *end++ = '.';
        end = std::to_chars(end, end + 12, y).ptr;
    }
    out.append(text, static_cast<std::size_t>(end - text));
}

// JSON text written by hand for the million step objects of a large report: nlohmann builds
// a tree per object, which made the JSON eight times slower than the CSV. Strings are escaped
// as nlohmann escapes them, so both write the same text.
template <typename Text>
void append_string(Text& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const auto plain = [](char c) {
        return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
    };
    if (std::all_of(text.begin(), text.end(), plain)) {
        out.append(text.data(), text.size());  // names almost always: copied whole
        out += '"';
        return;
    }
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            // nlohmann's spelling: \n, \t, … and \u00XX for the rest.
            switch (c) {
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                case '\b':
                    out += "\\b";
                    break;
                case '\f':
                    out += "\\f";
                    break;
                default:
                    out += "\\u00";
                    out += hex[byte >> 4];
                    out += hex[byte & 0xF];
            }
        } else {
            out += c;  // UTF-8 as it is (names are checked on import)
        }
    }
    out += '"';
}

template <typename Text>
void append_json_date(Text& out, const std::optional<Date>& date) {
    if (date) {
        out += '"';
        append_iso_date(out, *date);
        out += '"';
    } else {
        out += "null"sv;
    }
}

std::string json_string(std::string_view text) {
    std::string out;
    append_string(out, text);
    return out;
}

void append_status(TextBuffer& out, const PathsReport& report, const StepStatus& s,
                   std::string_view opening, StepKind kind) {
    out += opening;  // {"step":N,"state":"
    out += name_of(s.state);
    out += "\",\"due\":"sv;
    append_json_date(out, s.due);
    out += ",\"completed_on\":"sv;
    append_json_date(out, s.completed_on);
    out += ",\"completed_by\":"sv;
    if (s.completed_by) {
        out += '"';
        out += name_of(*s.completed_by);
        out += '"';
    } else {
        out += "null"sv;
    }
    out += s.late ? ",\"late\":true"sv : ",\"late\":false"sv;
    if (kind == StepKind::competence) {
        out += ",\"minutes\":"sv;
        append_number(out, s.minutes);
        out += ",\"required_minutes\":"sv;
        append_number(out, s.required_minutes);
    }
    if (kind == StepKind::course) {
        out += ",\"sessions_attended\":"sv;
        append_number(out, s.sessions_attended);
        out += ",\"sessions_required\":"sv;
        append_number(out, s.sessions_required);
    }
    if (s.sign_off) {
        out += ",\"signed_off\":{\"date\":"sv;
        append_json_date(out, s.sign_off->date);
        out += ",\"by\":"sv;
        append_string(out, person_of(report, s.sign_off->by).employee_id);
        out += ",\"note\":"sv;
        append_string(out, s.sign_off->note);
        out += '}';
    }
    out += '}';
}

// One overdue step of an assignment as the overdue list gives it.
struct OverdueStep {
    std::uint32_t step = 0;  // index into the path's steps
    int minutes = 0;
    Date due;  // an overdue step is always due
};

// The overdue steps of one verdict, in step order.
template <typename Visit>
void overdue_of(const AssignmentStatus& status, const Visit& visit) {
    for (std::size_t s = 0; s < status.steps.size(); ++s) {
        const auto& st = status.steps[s];
        if (st.state == StepState::overdue) {
            visit(OverdueStep{static_cast<std::uint32_t>(s), st.minutes, *st.due});
        }
    }
}

// The overdue steps of every assignment of a path, kept from the one pass that judges each
// until the paths are written: 12 bytes each, as a million of them are fresh memory, and
// fresh memory costs a page fault a page.
struct PathOverdue {
    std::vector<std::uint32_t> first;  // assignment i's are steps[first[i] .. first[i + 1])
    std::vector<OverdueStep> steps;
};

std::vector<Cell> overdue_cells(const PathsReport& report, const PathResult& result,
                                const AssignmentStatus& status, const OverdueStep& o) {
    const auto& path = result.path;
    const auto& who = person_of(report, status.assignment.person);
    const auto& step = path.path.steps[o.step];
    const bool competence = step.kind == StepKind::competence;
    return {path.project_code,
            path.path_id,
            who.employee_id,
            who.last_name,
            who.first_name,
            std::int64_t{path.steps[o.step].number},
            step_name(path.steps[o.step]),
            o.due,
            competence ? Cell{std::int64_t{o.minutes}} : Cell{Empty{}},
            competence ? Cell{std::int64_t{step.required_minutes}} : Cell{Empty{}}};
}

// `"key":` for each column of the overdue table.
std::vector<std::string> json_keys(const std::vector<std::string>& columns) {
    std::vector<std::string> keys;
    for (const auto& c : columns) {
        keys.push_back(json_string(c) + ':');
    }
    return keys;
}

}  // namespace

void write_paths_json(const PathsReport& report, const ByteSink& out) {
    Json scope = Json::object();
    if (report.project) {
        scope["project"] = *report.project;
    }
    if (report.supervisor) {
        scope["supervisor"] = {{"employee_id", report.supervisor->employee_id},
                               {"first_name", report.supervisor->first_name},
                               {"last_name", report.supervisor->last_name}};
    }
    // The overdue steps, listed after the paths, and who each is of.
    std::vector<PathOverdue> overdue(report.paths.size());
    std::vector<std::vector<const NamedPerson*>> people(report.paths.size());
    ChunkedOutput output(out);
    TextBuffer& buffer = output.text();
    buffer += "{\n  \"report\": \"paths\",\n  \"to\": \"" + format_iso_date(report.to) +
              "\",\n  \"scope\": " + scope.dump() + ",\n  \"paths\": [";
    VerdictsAhead verdicts(report);
    for (std::size_t p = 0; p < report.paths.size(); ++p) {
        const auto& result = report.paths[p];
        const auto& path = result.path;
        Json head;
        head["project"] = path.project_code;
        head["path_id"] = path.path_id;
        head["name"] = path.path.name;
        head["target_group"] = path.target_group ? Json(*path.target_group) : Json(nullptr);
        Json steps = Json::array();
        // What opens each step's verdict, the same for everyone on the path.
        std::vector<std::string> openings;
        for (std::size_t s = 0; s < path.path.steps.size(); ++s) {
            steps.push_back(step_json(path.path.steps[s], path.steps[s]));
            openings.push_back("{\"step\":" + std::to_string(path.steps[s].number) +
                               ",\"state\":\"");
        }
        head["steps"] = std::move(steps);
        std::string text = head.dump();
        text.pop_back();  // the closing brace: the people follow
        buffer += (p ? ",\n    " : "\n    ") + text + ",\n     \"people\": [";
        people[p] = people_of(report, result);
        auto& kept = overdue[p];
        kept.first.reserve(result.assignments.size() + 1);
        // At most every step of everyone: only what is used is touched.
        kept.steps.reserve(result.assignments.size() * path.path.steps.size());
        for (std::size_t i = 0; i < result.assignments.size(); ++i) {
            const AssignmentStatus& status = verdicts.next();
            const auto& who = *people[p][i];
            buffer += i ? ",\n      {\"employee_id\":"sv : "\n      {\"employee_id\":"sv;
            append_string(buffer, who.employee_id);
            buffer += ",\"first_name\":"sv;
            append_string(buffer, who.first_name);
            buffer += ",\"last_name\":"sv;
            append_string(buffer, who.last_name);
            buffer += ",\"start\":"sv;
            append_json_date(buffer, status.assignment.start);
            buffer += ",\"due\":"sv;
            append_json_date(buffer, status.assignment.due);
            buffer += ",\"progress\":{\"complete\":"sv;
            append_number(buffer, status.progress.complete);
            buffer += ",\"mandatory\":"sv;
            append_number(buffer, status.progress.mandatory);
            buffer += ",\"percent\":"sv;
            if (status.progress.percent_tenths) {
                append_string(buffer, format_fixed(*status.progress.percent_tenths, 1));
            } else {
                buffer += "null"sv;
            }
            buffer += "},\"steps\":["sv;
            for (std::size_t s = 0; s < status.steps.size(); ++s) {
                if (s) {
                    buffer += ',';
                }
                append_status(buffer, report, status.steps[s], openings[s],
                              path.path.steps[s].kind);
            }
            kept.first.push_back(static_cast<std::uint32_t>(kept.steps.size()));
            overdue_of(status, [&](const OverdueStep& o) { kept.steps.push_back(o); });
            buffer += "]}"sv;
            output.flush_when_full();
        }
        kept.first.push_back(static_cast<std::uint32_t>(kept.steps.size()));
        buffer += result.assignments.empty() ? "]}"sv : "\n     ]}"sv;
    }
    buffer += report.paths.empty() ? "],\n"sv : "\n  ],\n"sv;
    buffer += "  \"overdue\": ["sv;
    // Each overdue step in the overdue table's columns: the path's and the step's part of the
    // text made once, not once per person.
    const auto keys = json_keys(paths_overdue_columns());
    std::vector<std::string> path_texts;
    std::vector<std::vector<std::string>> step_texts;
    for (const auto& result : report.paths) {
        const auto& path = result.path;
        path_texts.push_back(keys[0] + json_string(path.project_code) + ',' + keys[1] +
                             json_string(path.path_id) + ',' + keys[2]);
        auto& texts = step_texts.emplace_back();
        for (std::size_t s = 0; s < path.steps.size(); ++s) {
            texts.push_back(',' + keys[5] + std::to_string(path.steps[s].number) + ',' + keys[6] +
                            json_string(step_name(path.steps[s])) + ',' + keys[7]);
        }
    }
    const std::string minutes_key = ',' + keys[8];
    const std::string required_key = ',' + keys[9];
    const std::string last_name_key = ',' + keys[3];
    const std::string first_name_key = ',' + keys[4];
    bool first = true;
    TextBuffer person_text;
    for (std::size_t p = 0; p < report.paths.size(); ++p) {
        const auto& result = report.paths[p];
        const auto& kept = overdue[p];
        for (std::size_t i = 0; i < result.assignments.size(); ++i) {
            if (kept.first[i] == kept.first[i + 1]) {
                continue;
            }
            // The person's part, the same in each of their overdue steps.
            const auto& who = *people[p][i];
            person_text.clear();
            append_string(person_text, who.employee_id);
            person_text += last_name_key;
            append_string(person_text, who.last_name);
            person_text += first_name_key;
            append_string(person_text, who.first_name);
            for (std::uint32_t k = kept.first[i]; k < kept.first[i + 1]; ++k) {
                const OverdueStep& o = kept.steps[k];
                const auto& step = result.path.path.steps[o.step];
                buffer += first ? "\n    {"sv : ",\n    {"sv;
                first = false;
                buffer += path_texts[p];
                buffer += person_text.view();
                buffer += step_texts[p][o.step];
                buffer += '"';
                append_iso_date(buffer, o.due);
                buffer += '"';
                buffer += minutes_key;
                if (step.kind == StepKind::competence) {
                    append_number(buffer, o.minutes);
                    buffer += required_key;
                    append_number(buffer, step.required_minutes);
                } else {
                    buffer += "null"sv;
                    buffer += required_key;
                    buffer += "null"sv;
                }
                buffer += '}';
            }
            output.flush_when_full();
        }
    }
    buffer += first ? "]\n}\n"sv : "\n  ]\n}\n"sv;
    output.finish();
}

std::vector<std::string> paths_matrix_columns() {
    return {"project",
            "path_id",
            "employee_id",
            "last_name",
            "first_name",
            "step",
            "step_name",
            "kind",
            "mandatory",
            "state",
            "due",
            "completed_on",
            "completed_by",
            "late",
            "minutes",
            "required_minutes",
            "sessions_attended",
            "sessions_required",
            "signed_off_by"};
}

namespace {

// Sets a reused row's cell, keeping a string cell's memory for the next row.
void set_text(Cell& cell, std::string_view text) {
    if (auto* s = std::get_if<std::string>(&cell)) {
        s->assign(text);
    } else {
        cell.emplace<std::string>(text);
    }
}

}  // namespace

void for_each_matrix_row(const PathsReport& report, const RowSink& sink) {
    std::vector<Cell> cells(paths_matrix_columns().size());
    AssignmentStatus status;
    for (const auto& result : report.paths) {
        std::vector<std::string> step_names;
        for (const auto& labels : result.path.steps) {
            step_names.push_back(step_name(labels));
        }
        for (const auto& assignment : result.assignments) {
            report.judge->judge(result.path.path, assignment, status);
            const auto& who = person_of(report, status.assignment.person);
            set_text(cells[0], result.path.project_code);
            set_text(cells[1], result.path.path_id);
            set_text(cells[2], who.employee_id);
            set_text(cells[3], who.last_name);
            set_text(cells[4], who.first_name);
            for (std::size_t s = 0; s < status.steps.size(); ++s) {
                const auto& st = status.steps[s];
                const auto& step = result.path.path.steps[s];
                const bool competence = step.kind == StepKind::competence;
                const bool course = step.kind == StepKind::course;
                cells[5] = std::int64_t{result.path.steps[s].number};
                set_text(cells[6], step_names[s]);
                set_text(cells[7], name_of(step.kind));
                set_text(cells[8], step.mandatory ? "yes" : "no");
                set_text(cells[9], name_of(st.state));
                cells[10] = date_cell(st.due);
                cells[11] = date_cell(st.completed_on);
                if (st.completed_by) {
                    set_text(cells[12], name_of(*st.completed_by));
                } else {
                    cells[12] = Empty{};
                }
                set_text(cells[13], st.late ? "yes" : "no");
                cells[14] = competence ? Cell{std::int64_t{st.minutes}} : Cell{Empty{}};
                cells[15] = competence ? Cell{std::int64_t{st.required_minutes}} : Cell{Empty{}};
                cells[16] = course ? Cell{std::int64_t{st.sessions_attended}} : Cell{Empty{}};
                cells[17] = course ? Cell{std::int64_t{st.sessions_required}} : Cell{Empty{}};
                if (st.sign_off) {
                    set_text(cells[18], person_of(report, st.sign_off->by).employee_id);
                } else {
                    cells[18] = Empty{};
                }
                sink(cells, RowStyle::normal);
            }
        }
    }
}

namespace {

// The CSV of write_csv (csv_writer): a field quoted when it holds the delimiter, a quote or
// a line break, its quotes doubled.
template <typename Text>
void append_csv_field(Text& out, std::string_view text, char delimiter) {
    const auto plain = [delimiter](char c) {
        return c != delimiter && c != '"' && c != '\n' && c != '\r';
    };
    if (std::all_of(text.begin(), text.end(), plain)) {
        out.append(text.data(), text.size());
        return;
    }
    out += '"';
    for (const char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
}

}  // namespace

void write_paths_matrix_csv(const PathsReport& report, CsvStyle style, const ByteSink& out) {
    const bool finnish = style == CsvStyle::finnish;
    const char delimiter = finnish ? ';' : ',';
    const auto append_date = [finnish](TextBuffer& text, const std::optional<Date>& date) {
        if (date) {
            finnish ? append_fi_date(text, *date) : append_iso_date(text, *date);
        }
    };
    ChunkedOutput output(out);
    TextBuffer& text = output.text();
    if (finnish) {
        text += "\xEF\xBB\xBF"sv;
    }
    const auto columns = paths_matrix_columns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c) {
            text += delimiter;
        }
        append_csv_field(text, columns[c], delimiter);
    }
    text += "\r\n"sv;
    // A row is the path's part, the person's, the step's, then the verdict's: the first three
    // are made once, not once per row.
    std::string path_part, person_part;
    std::vector<std::string> step_parts;
    VerdictsAhead verdicts(report);
    for (const auto& result : report.paths) {
        const auto& path = result.path;
        path_part.clear();
        append_csv_field(path_part, path.project_code, delimiter);
        path_part += delimiter;
        append_csv_field(path_part, path.path_id, delimiter);
        path_part += delimiter;
        step_parts.clear();
        for (std::size_t s = 0; s < path.steps.size(); ++s) {
            const auto& step = path.path.steps[s];
            std::string& part = step_parts.emplace_back(1, delimiter);
            append_number(part, path.steps[s].number);
            part += delimiter;
            append_csv_field(part, step_name(path.steps[s]), delimiter);
            part += delimiter;
            part += name_of(step.kind);
            part += delimiter;
            part += step.mandatory ? "yes"sv : "no"sv;
            part += delimiter;
        }
        const auto people = people_of(report, result);
        for (std::size_t i = 0; i < result.assignments.size(); ++i) {
            const AssignmentStatus& status = verdicts.next();
            const auto& who = *people[i];
            person_part.clear();
            append_csv_field(person_part, who.employee_id, delimiter);
            person_part += delimiter;
            append_csv_field(person_part, who.last_name, delimiter);
            person_part += delimiter;
            append_csv_field(person_part, who.first_name, delimiter);
            for (std::size_t s = 0; s < status.steps.size(); ++s) {
                const auto& st = status.steps[s];
                const StepKind kind = path.path.steps[s].kind;
                text += path_part;
                text += person_part;
                text += step_parts[s];
                text += name_of(st.state);
                text += delimiter;
                append_date(text, st.due);
                text += delimiter;
                append_date(text, st.completed_on);
                text += delimiter;
                if (st.completed_by) {
                    text += name_of(*st.completed_by);
                }
                text += delimiter;
                text += st.late ? "yes"sv : "no"sv;
                text += delimiter;
                if (kind == StepKind::competence) {
                    append_number(text, st.minutes);
                    text += delimiter;
                    append_number(text, st.required_minutes);
                } else {
                    text += delimiter;
                }
                text += delimiter;
                if (kind == StepKind::course) {
                    append_number(text, st.sessions_attended);
                    text += delimiter;
                    append_number(text, st.sessions_required);
                } else {
                    text += delimiter;
                }
                text += delimiter;
                if (st.sign_off) {
                    append_csv_field(text, person_of(report, st.sign_off->by).employee_id,
                                     delimiter);
                }
                text += "\r\n"sv;
            }
            output.flush_when_full();
        }
    }
    output.finish();
}

std::vector<std::string> paths_progress_columns() {
    return {"project", "path_id", "path_name", "employee_id", "last_name",       "first_name",
            "start",   "due",     "complete",  "mandatory",   "progress_percent"};
}

void for_each_progress_row(const PathsReport& report, const RowSink& sink) {
    for_each_status(report, [&](const PathResult& result, const AssignmentStatus& status) {
        const auto& who = person_of(report, status.assignment.person);
        sink({result.path.project_code, result.path.path_id, result.path.path.name, who.employee_id,
              who.last_name, who.first_name, status.assignment.start,
              date_cell(status.assignment.due), std::int64_t{status.progress.complete},
              std::int64_t{status.progress.mandatory}, percent_cell(status.progress)},
             RowStyle::normal);
    });
}

std::vector<std::string> paths_overdue_columns() {
    return {"project", "path_id",   "employee_id", "last_name", "first_name",
            "step",    "step_name", "due",         "minutes",   "required_minutes"};
}

void for_each_overdue_row(const PathsReport& report, const RowSink& sink) {
    for_each_status(report, [&](const PathResult& result, const AssignmentStatus& status) {
        overdue_of(status, [&](const OverdueStep& o) {
            sink(overdue_cells(report, result, status, o), RowStyle::normal);
        });
    });
}

std::size_t overdue_count(const PathsReport& report) {
    std::size_t count = 0;
    for_each_status(report, [&](const PathResult&, const AssignmentStatus& status) {
        for (const auto& st : status.steps) {
            count += st.state == StepState::overdue ? 1 : 0;
        }
    });
    return count;
}

std::string step_cell_text(const StepStatus& st, const PathStep& step, Language language) {
    const auto date = [&](const std::optional<Date>& d) {
        return d ? cell_text(Cell{*d}, language) : std::string();
    };
    std::string progress;
    if (step.kind == StepKind::competence && st.minutes > 0) {
        progress = std::to_string(st.minutes) + " / " + std::to_string(st.required_minutes) + " " +
                   tr(language, N_("min"));
    } else if (step.kind == StepKind::course && st.sessions_attended > 0) {
        progress = std::to_string(st.sessions_attended) + " / " +
                   std::to_string(st.sessions_required) + " " + tr(language, N_("sessions"));
    }
    switch (st.state) {
        case StepState::done:
            return tr(language, st.late ? N_("done late") : N_("done")) + " " +
                   date(st.completed_on);
        case StepState::in_progress:
            return progress;
        case StepState::overdue:
            return tr(language, N_("OVERDUE")) + " (" + tr(language, N_("due")) + " " +
                   date(st.due) + ")" + (progress.empty() ? "" : " " + progress);
        case StepState::not_started:
            return "–";
    }
    return {};
}

Document paths_document(const PathsReport& report, Language language) {
    Document d;
    d.language = language;
    d.title = label(language, "paths");
    if (report.project) {
        d.subtitle = *report.project;
        d.header.push_back({label(language, "project"), *report.project});
    }
    if (report.supervisor) {
        d.subtitle = full_name(*report.supervisor) + " (" + report.supervisor->employee_id + ")";
        d.header.push_back({label(language, "supervisor"), d.subtitle});
    }
    d.header.push_back({label(language, "as_of"), report.to});
    std::size_t assignments = 0;
    for (const auto& result : report.paths) {
        assignments += result.assignments.size();
    }
    d.header.push_back({label(language, "assignments"), static_cast<std::int64_t>(assignments)});
    const std::size_t overdue_steps = overdue_count(report);
    d.header.push_back(
        {label(language, "overdue_steps"), static_cast<std::int64_t>(overdue_steps)});

    for (std::size_t p = 0; p < report.paths.size(); ++p) {
        const PathResult* result = &report.paths[p];
        const auto& path = result->path;
        Section s;
        s.name = "path_" + path.path_id;
        s.title = path.path.name + " (" + path.project_code + " " + path.path_id +
                  (path.target_group ? ", " + *path.target_group : std::string()) + ")";
        s.headings = {label(language, "name"), label(language, "employee_id"),
                      label(language, "progress")};
        s.widths = {24, 12, 10};
        for (std::size_t i = 0; i < path.steps.size(); ++i) {
            s.headings.push_back(
                std::to_string(path.steps[i].number) + " " + step_name(path.steps[i]) +
                (path.path.steps[i].mandatory ? std::string()
                                              : " (" + tr(language, N_("optional")) + ")"));
            s.widths.push_back(16);
        }
        s.row_count = result->assignments.size();
        s.for_each_row = [&report, result, language](const RowSink& sink) {
            std::vector<Cell> cells;
            for (const auto& assignment : result->assignments) {
                const auto status = report.judge->judge(result->path.path, assignment);
                const auto& who = person_of(report, status.assignment.person);
                cells = {full_name(who), who.employee_id, percent_cell(status.progress)};
                for (std::size_t i = 0; i < status.steps.size(); ++i) {
                    cells.push_back(
                        step_cell_text(status.steps[i], result->path.path.steps[i], language));
                }
                sink(cells, RowStyle::normal);
            }
        };
        d.sections.push_back(std::move(s));
    }

    Section overdue;
    overdue.name = "overdue";
    overdue.title = label(language, "overdue_steps");
    for (const auto& c : paths_overdue_columns()) {
        overdue.headings.push_back(label(language, c));
    }
    overdue.widths = {10, 10, 12, 16, 14, 6, 28, 11, 9, 9};
    overdue.row_count = overdue_steps;
    overdue.for_each_row = [&report](const RowSink& sink) { for_each_overdue_row(report, sink); };
    d.sections.push_back(std::move(overdue));
    return d;
}

}  // namespace polku::reports
