#include "db/ledger_entry_reader.hpp"

#include <soci/soci.h>

#include <optional>
#include <unordered_map>

#include "core/attendance_rules.hpp"
#include "core/error.hpp"
#include "core/message.hpp"
#include "db/database.hpp"
#include "db/project_sessions.hpp"
#include "db/soci_errors.hpp"
#include "db/sqlite_read.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

namespace {

// Attendance and activities in one sorted stream: person, which (0 attendance, 1 activity),
// the session or activity id, the mark (AttendanceStatus order), minutes (partial or the
// activity's), and the activity's date, kind and description.
constexpr const char* kEntriesByPerson =
    "SELECT a.person_id, 0, a.session_id, CASE a.status WHEN 'present' THEN 0 "
    "WHEN 'partial' THEN 1 WHEN 'absent' THEN 2 ELSE 3 END, a.minutes, CAST(NULL AS TEXT), "
    "CAST(NULL AS TEXT), CAST(NULL AS TEXT) FROM events e JOIN sessions s ON s.event_id = e.id "
    "JOIN attendance a ON a.session_id = s.id WHERE e.project_id = :p "
    "UNION ALL SELECT person_id, 1, id, 0, minutes, activity_date, kind, description "
    "FROM activities WHERE project_id = :q ORDER BY 1, 2, 3";

struct Row {
    long long person = 0;
    bool activity = false;
    long long id = 0;
    int status = 0;
    std::optional<int> minutes;
    std::string date;
    std::string kind;
    std::optional<std::string> description;
};

// Who and what each entry names, read once: bounded by the people and events, not the rows.
struct Labels {
    std::unordered_map<PersonKey, PersonLabel> people;
    std::unordered_map<EventKey, SourceLabel> events;
};

Labels read_labels(soci::session& sql, long long project_id) {
    Labels labels;
    long long id = 0;
    std::string employee_id, first, last, code, title;
    soci::statement people =
        (sql.prepare << "SELECT id, employee_id, first_name, last_name FROM people", soci::into(id),
         soci::into(employee_id), soci::into(first), soci::into(last));
    people.execute();
    while (people.fetch()) {
        labels.people.emplace(id, PersonLabel{employee_id, first + " " + last});
    }
    soci::statement events =
        (sql.prepare << "SELECT id, code, title FROM events WHERE project_id = :p",
         soci::use(project_id), soci::into(id), soci::into(code), soci::into(title));
    events.execute();
    while (events.fetch()) {
        labels.events.emplace(id, SourceLabel{code, title});
    }
    return labels;
}

// Gathers rows into batches that end with a person's last entry.
class BatchBuilder {
  public:
    BatchBuilder(const std::unordered_map<long long, SessionFacts>& sessions, const Labels& labels,
                 std::size_t batch_entries, const std::function<void(const EntryBatch&)>& on_batch)
        : m_sessions(sessions),
          m_labels(labels),
          m_batch_entries(batch_entries),
          m_on_batch(on_batch) {}

    void add(const Row& row) {
        if (row.person != m_person && m_batch.entries.size() >= m_batch_entries) {
            flush();
        }
        m_person = row.person;
        const std::uint32_t person = person_index(row.person);
        if (!row.activity) {
            const auto& session = m_sessions.at(row.id);
            const auto mark = static_cast<AttendanceStatus>(row.status);
            m_batch.entries.push_back(Entry{row.person, session.event, session.date, session.kind,
                                            attended_minutes(mark, row.minutes, session.length)});
            m_batch.details.entries.push_back(
                EntryDetail{person, event_index(session.event), session.start, session.end, mark});
        } else {
            m_batch.entries.push_back(Entry{row.person, 0, stored_date(row.date),
                                            stored_enum<Kind>(row.kind), row.minutes.value_or(0)});
            m_batch.details.entries.push_back(
                EntryDetail{person, description_index(row.description), std::nullopt, std::nullopt,
                            std::nullopt});
        }
    }

    void flush() {
        if (!m_batch.entries.empty()) {
            m_on_batch(m_batch);
        }
        m_batch = EntryBatch{};
        m_people.clear();
        m_events.clear();
        m_descriptions.clear();
    }

  private:
    std::uint32_t person_index(PersonKey person) {
        const auto [at, added] =
            m_people.try_emplace(person, static_cast<std::uint32_t>(m_batch.details.people.size()));
        if (added) {
            const auto label = m_labels.people.find(person);
            m_batch.details.people.push_back(label == m_labels.people.end() ? PersonLabel{}
                                                                            : label->second);
        }
        return at->second;
    }
    std::uint32_t event_index(EventKey event) {
        const auto [at, added] =
            m_events.try_emplace(event, static_cast<std::uint32_t>(m_batch.details.sources.size()));
        if (added) {
            const auto label = m_labels.events.find(event);
            m_batch.details.sources.push_back(label == m_labels.events.end() ? SourceLabel{}
                                                                             : label->second);
        }
        return at->second;
    }
    std::uint32_t description_index(const std::optional<std::string>& description) {
        const auto [at, added] = m_descriptions.try_emplace(
            description.value_or(""), static_cast<std::uint32_t>(m_batch.details.sources.size()));
        if (added) {
            m_batch.details.sources.push_back(SourceLabel{"", at->first});
        }
        return at->second;
    }

    const std::unordered_map<long long, SessionFacts>& m_sessions;
    const Labels& m_labels;
    std::size_t m_batch_entries;
    const std::function<void(const EntryBatch&)>& m_on_batch;
    EntryBatch m_batch;
    PersonKey m_person = 0;
    std::unordered_map<PersonKey, std::uint32_t> m_people;
    std::unordered_map<EventKey, std::uint32_t> m_events;
    std::unordered_map<std::string, std::uint32_t> m_descriptions;
};

// One snapshot for the sessions, the labels and the entries (a session saved between their
// reads would otherwise have marks the sessions read knows nothing of), in a read
// transaction that holds up no writer: a deferred BEGIN on SQLite, REPEATABLE READ on
// PostgreSQL. On SQLite the sort spills to a file meanwhile: an in-memory temporary store
// (the connection's setting, for imports) would hold every row. It can only be changed
// outside a transaction.
class ReadSnapshot {
  public:
    ReadSnapshot(soci::session& sql, Backend backend) : m_sql(sql), m_backend(backend) {
        if (m_backend == Backend::sqlite) {
            m_sql << "PRAGMA temp_store = FILE";
            m_sql << "BEGIN";
        } else {
            m_sql << "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
        }
    }
    ~ReadSnapshot() {
        try {
            m_sql << "ROLLBACK";  // nothing was written
            if (m_backend == Backend::sqlite) {
                m_sql << "PRAGMA temp_store = MEMORY";
            }
        } catch (...) {  // the server drops the transaction with the connection; the
        }                // setting only makes later imports slower
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

  private:
    soci::session& m_sql;
    Backend m_backend;
};

// SQLite: straight through its own API (SqliteRead), as the counting read does.
template <typename OnRow>
void read_rows_sqlite(soci::session& sql, long long project_id, OnRow on_row) {
    SqliteRead entries(sql, kEntriesByPerson, "the entries");
    entries.bind(1, project_id);
    entries.bind(2, project_id);
    Row row;
    while (entries.next()) {
        row.person = entries.integer(0);
        row.activity = entries.integer(1) != 0;
        row.id = entries.integer(2);
        row.status = static_cast<int>(entries.integer(3));
        row.minutes = entries.optional_int(4);
        if (row.activity) {
            row.date = entries.text(5);
            row.kind = entries.text(6);
            row.description =
                entries.null(7) ? std::nullopt : std::optional<std::string>(entries.text(7));
        }
        on_row(row);
    }
}

// Other backends: through SOCI, row by row (the server sorts; the ledger is not its hot
// path).
template <typename OnRow>
void read_rows_soci(soci::session& sql, long long project_id, OnRow on_row) {
    Row row;
    int activity = 0, minutes = 0;
    std::string date, kind, description;
    soci::indicator minutes_ind = soci::i_null, date_ind = soci::i_null, kind_ind = soci::i_null,
                    description_ind = soci::i_null;
    soci::statement st =
        (sql.prepare << kEntriesByPerson, soci::use(project_id), soci::use(project_id),
         soci::into(row.person), soci::into(activity), soci::into(row.id), soci::into(row.status),
         soci::into(minutes, minutes_ind), soci::into(date, date_ind), soci::into(kind, kind_ind),
         soci::into(description, description_ind));
    st.execute();
    while (st.fetch()) {
        row.activity = activity != 0;
        row.minutes = minutes_ind == soci::i_ok ? std::optional<int>(minutes) : std::nullopt;
        row.date = date_ind == soci::i_ok ? date : std::string();
        row.kind = kind_ind == soci::i_ok ? kind : std::string();
        row.description =
            description_ind == soci::i_ok ? std::optional<std::string>(description) : std::nullopt;
        on_row(row);
    }
}

}  // namespace

void LedgerEntryReader::read(const std::string& project_code, std::size_t batch_entries,
                             const std::function<void(const EntryBatch&)>& on_batch) {
    try {
        auto& sql = m_db.session();
        long long project_id = 0;
        soci::indicator found = soci::i_null;
        sql << "SELECT id FROM projects WHERE code = :code", soci::use(project_code),
            soci::into(project_id, found);
        if (found != soci::i_ok) {
            throw InputError(message(N_("no project with code '{}'"), project_code));
        }
        const ReadSnapshot snapshot(sql, m_db.backend());
        const auto sessions = load_sessions(sql, project_id);
        const Labels labels = read_labels(sql, project_id);
        BatchBuilder batches(sessions, labels, batch_entries, on_batch);
        const auto on_row = [&](const Row& row) { batches.add(row); };
        if (m_db.backend() == Backend::sqlite) {
            read_rows_sqlite(sql, project_id, on_row);
        } else {
            read_rows_soci(sql, project_id, on_row);
        }
        batches.flush();
    } catch (...) {
        // What on_batch throws (a stop, a full disk) passes as it is.
        rethrow_as_database_error("reading the entries of project " + project_code);
    }
}

}  // namespace polku::db
