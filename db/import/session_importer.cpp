// sessions.csv: key (event_id, date, start).
#include "core/message.hpp"
#include "core/time_of_day.hpp"
#include "db/import/importers.hpp"

namespace polku::db::import {

namespace {

class SessionImporter final : public ImporterBase {
  public:
    SessionImporter(soci::session& sql, ErrorList& errors, const HeaderBinding& binding,
                    RowContext context)
        : ImporterBase(sql, errors, binding, context),
          m_events(load_ids(sql, "SELECT code, id FROM events")),
          m_event_projects(load_ids(sql, "SELECT code, project_id FROM events")) {}

    void add(const std::vector<std::string>& fields, std::size_t line) override {
        RowFields row(m_binding, fields, line, m_errors);
        auto record = parse_session_row(row, m_context);
        if (!record) {
            return;
        }
        const auto event = m_events.find(record->event_id);
        if (event == m_events.end()) {
            m_errors.add(line, "event_id", no_event_message(record->event_id));
            return;
        }
        const std::string date = format_iso_date(record->date);
        if (auto first = m_keys.seen(
                record->event_id + '\x1f' + date + '\x1f' + std::to_string(record->start), line)) {
            m_errors.add(
                line, "start",
                duplicate_message(translate(N_("session (event, date and start)")), first));
            return;
        }
        const long long project_id = m_event_projects.at(record->event_id);
        long long id = 0;
        int end = 0;
        int break_minutes = 0;
        soci::indicator found = soci::i_null;
        m_sql << "SELECT id, end_minute, break_minutes FROM sessions WHERE event_id = :e AND "
                 "session_date = :d "
                 "AND start_minute = :s",
            soci::use(event->second), soci::use(date), soci::use(record->start),
            soci::into(id, found), soci::into(end), soci::into(break_minutes);
        const bool unchanged =
            found == soci::i_ok && end == record->end && break_minutes == record->break_minutes;
        if (!unchanged &&
            refused_by_lock(line, "date", project_id, record->date, N_("a session dated {}"))) {
            return;
        }
        if (found != soci::i_ok) {
            ++m_counts.added;
            m_sql << "INSERT INTO sessions (event_id, session_date, start_minute, end_minute, "
                     "break_minutes) "
                     "VALUES (:e, :d, :s, :end, :b)",
                soci::use(event->second), soci::use(date), soci::use(record->start),
                soci::use(record->end), soci::use(record->break_minutes);
            return;
        }
        if (unchanged) {
            ++m_counts.unchanged;
            return;
        }
        // A shorter session must still hold every partial attendance already marked in it.
        const int length = record->length();
        int too_long = 0;
        m_sql << "SELECT COUNT(*) FROM attendance WHERE session_id = :id AND status = 'partial' "
                 "AND minutes > :len",
            soci::use(id), soci::use(length), soci::into(too_long);
        if (too_long > 0) {
            m_errors.add(line, "end",
                         message(N_("the session would last {} minutes, but {} partial "
                                    "attendances in it are longer; correct the attendance first"),
                                 length, too_long));
            return;
        }
        ++m_counts.updated;
        m_sql << "UPDATE sessions SET end_minute = :end, break_minutes = :b WHERE id = :id",
            soci::use(record->end), soci::use(record->break_minutes), soci::use(id);
        const auto times = [](int end_minute, int break_length) {
            return AuditFields{{"end", format_time_of_day(end_minute)},
                               {"break_minutes", std::int64_t{break_length}}};
        };
        audit_update("sessions",
                     {{"event", record->event_id},
                      {"date", date},
                      {"start", format_time_of_day(record->start)}},
                     times(end, break_minutes), times(record->end, record->break_minutes),
                     std::nullopt, project_id);
    }

  private:
    std::unordered_map<std::string, long long> m_events;
    std::unordered_map<std::string, long long> m_event_projects;
};

}  // namespace

std::unique_ptr<RecordImporter> make_session_importer(soci::session& sql, ErrorList& errors,
                                                      const HeaderBinding& binding,
                                                      const RowContext& context) {
    return std::make_unique<SessionImporter>(sql, errors, binding, context);
}

}  // namespace polku::db::import
