// attendance.csv: key (event_id, date, start, employee_id). The large one: up to millions of
// rows, so it streams. Every session is loaded at the start, in one read; the stored marks of
// an event are read on its first mention, and only for events that have any, so that a first
// import reads nothing while its batches are written. Writes go out in batches, and repeated
// keys are found by sorting at the end.
#include <algorithm>
#include <map>
#include <memory>

#include <soci/sqlite3/soci-sqlite3.h>

#include "core/error.hpp"
#include "core/hand_off_queue.hpp"
#include "core/message.hpp"
#include "core/time_of_day.hpp"
#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

constexpr std::size_t kBatchSize = 2000;

struct SessionInfo {
    long long id;
    Date date;
    int start;
    int length;
};

struct EventCache {
    long long id = 0;
    long long project_id = 0;
    bool has_marks = false;     // some session of the event has a stored mark
    bool marks_loaded = false;  // ...and they are in m_stored
    std::vector<SessionInfo> sessions;
};

struct Mark {
    int status = 0;    // AttendanceStatus
    int minutes = -1;  // -1: none
    bool operator==(const Mark&) const = default;
};

// A mark's fields as the attendance sheet's audit rows name them.
AuditFields mark_fields(const Mark& mark) {
    return {{"status", std::string(name_of(static_cast<AttendanceStatus>(mark.status)))},
            {"minutes", mark.minutes < 0 ? AuditValue(std::monostate{})
                                         : AuditValue(std::int64_t{mark.minutes})}};
}

struct KeyHash {
    std::size_t operator()(const std::pair<long long, long long>& k) const noexcept {
        return std::hash<long long>()(k.first * 1000003LL ^ k.second);
    }
};

constexpr const char* kUpsertOne =
    "INSERT INTO attendance (session_id, person_id, status, minutes) VALUES (:s, :p, :st, :m) "
    "ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status, minutes = "
    "excluded.minutes";

// SQLite: whole batches in one statement each, through SQLite's own API. SOCI runs a vector
// statement as one execution per row, and SQLite's per-statement work (transaction check,
// cursors, statement journal, halt) was then a third of a large import; SOCI itself cannot
// bind a 2,000-parameter statement cheaply. The statement is prepared once per batch size.
//
// The batches are written on a thread of their own while the importer reads and checks the
// rows of the next: SQLite's part was over half of a million-row import, and the second core
// idled. The connection is SQLite's serialized kind (db/database.cpp), so the importer's own
// look-ups on it from the reading thread wait their turn; what the writing thread throws is
// rethrown by the next write() or wait(). The importer must be destroyed before the
// transaction ends, so that no batch is written after a rollback.
class SqliteBatchUpsert {
  public:
    struct Batch {
        std::vector<long long> session, person;
        std::vector<std::string> status;
        std::vector<int> minutes;
        std::vector<soci::indicator> minutes_ind;
    };

    explicit SqliteBatchUpsert(soci::session& sql)
        : m_statements{static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_, {}} {}
    SqliteBatchUpsert(const SqliteBatchUpsert&) = delete;
    SqliteBatchUpsert& operator=(const SqliteBatchUpsert&) = delete;

    // Queues the batch and gives `batch` back empty, with the memory of one written before.
    void write(Batch& batch) { m_queue.hand_over(batch); }

    // Returns once every queued batch is written.
    void wait() { m_queue.drain(); }

  private:
    static constexpr std::size_t kQueued = 2;

    // The statements, one per batch size, used by the writing thread only and finalized
    // after it has stopped (the queue is destroyed first).
    struct Statements {
        sqlite_api::sqlite3* db;
        std::map<std::size_t, sqlite_api::sqlite3_stmt*> by_rows;
        ~Statements() {
            for (auto& [rows, st] : by_rows) {
                sqlite_api::sqlite3_finalize(st);
            }
        }
    };

    void write_and_empty(Batch& batch) {
        write_now(batch);
        batch.session.clear();
        batch.person.clear();
        batch.status.clear();
        batch.minutes.clear();
        batch.minutes_ind.clear();
    }

    void write_now(const Batch& batch) {
        using namespace sqlite_api;
        const std::size_t rows = batch.session.size();
        sqlite3_stmt* st = statement(rows);
        for (std::size_t i = 0; i < rows; ++i) {
            const int at = static_cast<int>(4 * i);
            sqlite3_bind_int64(st, at + 1, batch.session[i]);
            sqlite3_bind_int64(st, at + 2, batch.person[i]);
            sqlite3_bind_text(st, at + 3, batch.status[i].data(),
                              static_cast<int>(batch.status[i].size()), SQLITE_STATIC);
            if (batch.minutes_ind[i] == soci::i_ok) {
                sqlite3_bind_int(st, at + 4, batch.minutes[i]);
            } else {
                sqlite3_bind_null(st, at + 4);
            }
        }
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            fail(translate(N_("writing attendance")));
        }
    }

    sqlite_api::sqlite3_stmt* statement(std::size_t rows) {
        auto& st = m_statements.by_rows[rows];
        if (!st) {
            std::string text =
                "INSERT INTO attendance (session_id, person_id, status, minutes) VALUES ";
            for (std::size_t i = 0; i < rows; ++i) {
                text += i ? ", (?, ?, ?, ?)" : "(?, ?, ?, ?)";
            }
            text +=
                " ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status, "
                "minutes = excluded.minutes";
            if (sqlite_api::sqlite3_prepare_v2(m_statements.db, text.c_str(),
                                               static_cast<int>(text.size()), &st,
                                               nullptr) != SQLITE_OK) {
                fail(translate(N_("preparing the attendance batch")));
            }
        }
        return st;
    }

    [[noreturn]] void fail(const std::string& doing) {
        throw DatabaseError(message(N_("database error while {}: {}"), doing,
                                    sqlite_api::sqlite3_errmsg(m_statements.db)));
    }

    Statements m_statements;
    HandOffQueue<Batch> m_queue{[this](Batch& batch) { write_and_empty(batch); }, kQueued};
};

class AttendanceImporter final : public ImporterBase {
  public:
    AttendanceImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                       RowContext context)
        : ImporterBase(sql, errors, binding, context), m_people(load_person_ids(sql)) {
        std::string code;
        long long id = 0, project_id = 0;
        soci::statement events = (sql.prepare << "SELECT code, id, project_id FROM events",
                                  soci::into(code), soci::into(id), soci::into(project_id));
        events.execute();
        std::unordered_map<long long, EventCache*> by_id;
        while (events.fetch()) {
            auto& event = m_events[code];
            event = EventCache{id, project_id, false, false, {}};
            by_id[id] = &event;
        }
        load_sessions(sql, by_id);
        // On SQLite the batches are written on another thread over the same connection, so a
        // read between them waits for a batch to finish: the marks are read only where there
        // are some.
        soci::statement marked =
            (sql.prepare << "SELECT e.id FROM events e WHERE EXISTS (SELECT 1 FROM sessions s "
                            "JOIN attendance a ON a.session_id = s.id WHERE s.event_id = e.id)",
             soci::into(id));
        marked.execute();
        while (marked.fetch()) {
            if (const auto it = by_id.find(id); it != by_id.end()) {
                it->second->has_marks = true;
            }
        }
        m_batch_session.reserve(kBatchSize);
        m_batch_person.reserve(kBatchSize);
        m_batch_status.reserve(kBatchSize);
        m_batch_minutes.reserve(kBatchSize);
        m_batch_minutes_ind.reserve(kBatchSize);
    }

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_attendance_row(row, m_context);
        if (!record) {
            return;
        }
        const auto event = m_events.find(record->event_id);
        const auto person = m_people.find(record->employee_id);
        if (event == m_events.end()) {
            m_errors.add(line, "event_id", no_event_message(record->event_id));
        }
        if (person == m_people.end()) {
            m_errors.add(line, "employee_id", no_person_message(record->employee_id));
        }
        if (event == m_events.end() || person == m_people.end()) {
            return;
        }
        const SessionInfo* session = find_session(event->second, *record, line);
        if (!session) {
            return;
        }
        if (record->minutes && *record->minutes > session->length) {
            m_errors.add(line, "minutes",
                         message(N_("{} minutes is more than the session lasts ({} minutes)"),
                                 *record->minutes, session->length));
            return;
        }
        m_seen.push_back({session->id, person->second, line});
        const Mark mark{static_cast<int>(record->status), record->minutes.value_or(-1)};
        const auto stored = m_stored.find({session->id, person->second});
        if (stored != m_stored.end() && stored->second == mark) {
            ++m_counts.unchanged;
            return;
        }
        if (refused_by_lock(line, "date", event->second.project_id, session->date,
                            N_("attendance dated {}"))) {
            return;
        }
        ++(stored != m_stored.end() ? m_counts.updated : m_counts.added);
        if (!m_errors.empty()) {
            return;  // the import is refused: writing more would only be rolled back
        }
        if (stored != m_stored.end()) {
            audit_update("attendance",
                         {{"event", record->event_id},
                          {"date", format_iso_date(session->date)},
                          {"start", format_time_of_day(session->start)},
                          {"employee_id", record->employee_id}},
                         mark_fields(stored->second), mark_fields(mark), person->second,
                         event->second.project_id);
        }
        m_batch_session.push_back(session->id);
        m_batch_person.push_back(person->second);
        m_batch_status.emplace_back(name_of(record->status));
        m_batch_minutes.push_back(record->minutes.value_or(0));
        m_batch_minutes_ind.push_back(record->minutes ? soci::i_ok : soci::i_null);
        if (m_batch_session.size() == kBatchSize) {
            flush();
        }
    }

    ImportCounts finish() override {
        if (m_errors.empty()) {
            flush();
        }
        std::sort(m_seen.begin(), m_seen.end());
        for (std::size_t i = 1; i < m_seen.size(); ++i) {
            const auto& a = m_seen[i - 1];
            const auto& b = m_seen[i];
            if (a.session == b.session && a.person == b.person) {
                m_errors.add(
                    b.line, "employee_id",
                    duplicate_message(translate(N_("person in the same session")), a.line));
            }
        }
        if (m_native) {
            m_native->wait();  // the duplicates were sought while the last batches went out
        }
        return m_counts;
    }

  private:
    struct Seen {
        long long session, person;
        std::size_t line;
        auto operator<=>(const Seen&) const = default;
    };

    const SessionInfo* find_session(EventCache& event, const AttendanceRecord& record,
                                    std::size_t line) {
        if (!event.marks_loaded) {
            load_marks(event);
        }
        const SessionInfo* match = nullptr;
        int on_date = 0;
        for (const auto& s : event.sessions) {
            if (s.date == record.date) {
                ++on_date;
                if (!record.start || *record.start == s.start) {
                    match = &s;
                }
            }
        }
        if (on_date == 1 && match) {
            return match;  // the common case: no text built
        }
        if (on_date == 0) {
            m_errors.add(line, "date",
                         message(N_("event {} has no session on {}; import the session in "
                                    "sessions.csv first"),
                                 record.event_id, format_fi_date(record.date)));
            return nullptr;
        }
        std::string starts;
        for (const auto& s : event.sessions) {
            if (s.date == record.date) {
                starts += (starts.empty() ? "" : ", ") + format_time_of_day(s.start);
            }
        }
        if (!record.start) {
            m_errors.add(line, "start",
                         message(N_("event {} has {} sessions on {} ({}); give the start time "
                                    "of the one meant"),
                                 record.event_id, on_date, format_fi_date(record.date), starts));
            return nullptr;
        }
        if (!match) {
            m_errors.add(line, "start",
                         message(N_("event {} has no session starting at {} on {} (sessions "
                                    "start at {})"),
                                 record.event_id, format_time_of_day(*record.start),
                                 format_fi_date(record.date), starts));
        }
        return match;
    }

    static void load_sessions(soci::session& sql,
                              const std::unordered_map<long long, EventCache*>& by_id) {
        long long event = 0, session = 0;
        std::string date_text;
        int start = 0, length = 0;
        soci::statement sessions =
            (sql.prepare << "SELECT event_id, id, session_date, start_minute, "
                            "end_minute - start_minute - break_minutes FROM sessions",
             soci::into(event), soci::into(session), soci::into(date_text), soci::into(start),
             soci::into(length));
        sessions.execute();
        while (sessions.fetch()) {
            const auto date = parse_date(date_text);
            if (!date) {
                throw DatabaseError("the database holds a session date that is not valid: '" +
                                    date_text + "'");
            }
            if (const auto it = by_id.find(event); it != by_id.end()) {
                it->second->sessions.push_back(SessionInfo{session, *date, start, length});
            }
        }
    }

    void load_marks(EventCache& event) {
        event.marks_loaded = true;
        if (!event.has_marks) {
            return;
        }
        m_loading_event = event.id;
        m_select_marks.execute();
        while (m_select_marks.fetch()) {
            const auto parsed = enum_from_name<AttendanceStatus>(m_row_status);
            m_stored[{m_row_session, m_row_person}] =
                Mark{static_cast<int>(parsed.value_or(AttendanceStatus::present)),
                     m_row_minutes_ind == soci::i_ok ? m_row_minutes : -1};
        }
    }

    void flush() {
        if (m_batch_session.empty()) {
            return;
        }
        if (m_native) {
            // The vectors go to the writing thread and come back empty, holding the memory
            // of a batch written before.
            auto& out = m_native_batch;
            out.session.swap(m_batch_session);
            out.person.swap(m_batch_person);
            out.status.swap(m_batch_status);
            out.minutes.swap(m_batch_minutes);
            out.minutes_ind.swap(m_batch_minutes_ind);
            m_native->write(out);
            out.session.swap(m_batch_session);
            out.person.swap(m_batch_person);
            out.status.swap(m_batch_status);
            out.minutes.swap(m_batch_minutes);
            out.minutes_ind.swap(m_batch_minutes_ind);
        } else {
            // A statement per batch: SOCI 4.0's PostgreSQL backend keeps the buffers of a
            // vector statement's first execution, so re-executing one after refilling its
            // vectors writes the first batch again (or reads freed memory).
            soci::statement upsert =
                (m_sql.prepare << kUpsertOne, soci::use(m_batch_session), soci::use(m_batch_person),
                 soci::use(m_batch_status), soci::use(m_batch_minutes, m_batch_minutes_ind));
            upsert.execute(true);
        }
        m_batch_session.clear();
        m_batch_person.clear();
        m_batch_status.clear();
        m_batch_minutes.clear();
        m_batch_minutes_ind.clear();
    }

    std::unordered_map<std::string, long long> m_people;
    std::unordered_map<std::string, EventCache> m_events;
    std::unordered_map<std::pair<long long, long long>, Mark, KeyHash> m_stored;
    std::vector<Seen> m_seen;
    // The per-event lookups, prepared once and bound to these members.
    long long m_loading_event = 0;
    long long m_row_session = 0, m_row_person = 0;
    std::string m_row_status;
    int m_row_minutes = 0;
    soci::indicator m_row_minutes_ind = soci::i_null;
    soci::statement m_select_marks{
        (m_sql.prepare << "SELECT a.session_id, a.person_id, a.status, a.minutes FROM attendance a "
                          "JOIN sessions s ON s.id = a.session_id WHERE s.event_id = :e",
         soci::use(m_loading_event), soci::into(m_row_session), soci::into(m_row_person),
         soci::into(m_row_status), soci::into(m_row_minutes, m_row_minutes_ind))};
    std::unique_ptr<SqliteBatchUpsert> m_native = m_sql.get_backend_name() == "sqlite3"
                                                      ? std::make_unique<SqliteBatchUpsert>(m_sql)
                                                      : nullptr;
    SqliteBatchUpsert::Batch m_native_batch;
    std::vector<long long> m_batch_session, m_batch_person;
    std::vector<std::string> m_batch_status;
    std::vector<int> m_batch_minutes;
    std::vector<soci::indicator> m_batch_minutes_ind;
};

}  // namespace

std::unique_ptr<RecordImporter> make_attendance_importer(soci::session& sql, ErrorList& errors,
                                                         const HeaderBinding& binding,
                                                         const RowContext& context) {
    return std::make_unique<AttendanceImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
