#include "db/counting_repository.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <unordered_map>

#include "core/attendance_rules.hpp"
#include "core/error.hpp"
#include "core/message.hpp"
#include "core/text.hpp"
#include "db/database.hpp"
#include "db/import/import_support.hpp"
#include "db/project_sessions.hpp"
#include "db/soci_errors.hpp"
#include "db/sqlite_read.hpp"
#include "db/stored_values.hpp"

namespace polku::db {

using import::Nullable;

namespace {

ProjectInfo load_project(soci::session& sql, const std::string& code, long long& id) {
    ProjectInfo p;
    Nullable<std::string> implementer, business_id, authority, start, end, extended_end;
    std::string rounding, excluded;
    int cap = 1;
    soci::indicator found = soci::i_null;
    sql << "SELECT p.id, p.code, p.name, o.name, o.business_id, p.authority, p.start_date, "
           "p.end_date, "
           "p.extended_end, p.day_minutes, p.cap_per_day, p.rounding, p.excluded_kinds "
           "FROM projects p LEFT JOIN organisations o ON o.id = p.implementer_id WHERE p.code = "
           ":code",
        soci::use(code), soci::into(id, found), soci::into(p.code), soci::into(p.name),
        soci::into(implementer.value, implementer.ind),
        soci::into(business_id.value, business_id.ind), soci::into(authority.value, authority.ind),
        soci::into(start.value, start.ind), soci::into(end.value, end.ind),
        soci::into(extended_end.value, extended_end.ind), soci::into(p.rules.day_minutes),
        soci::into(cap), soci::into(rounding), soci::into(excluded);
    if (found != soci::i_ok) {
        throw InputError(message(N_("no project with code '{}'"), code));
    }
    if (start.ind != soci::i_ok || end.ind != soci::i_ok) {
        throw InputError(message(N_("project {} has no start or end date, so nothing can be "
                                    "counted; set them in projects.csv"),
                                 code));
    }
    p.implementer = implementer.get();
    p.implementer_business_id = business_id.get();
    p.authority = authority.get();
    p.start = stored_date(start.value);
    p.end = stored_date(end.value);
    if (extended_end.ind == soci::i_ok) {
        p.extended_end = stored_date(extended_end.value);
    }
    p.rules.cap_per_day = cap != 0;
    p.rules.rounding = stored_enum<DayRounding>(rounding);
    for (const auto& k : split_list(excluded, '|')) {
        p.rules.excluded_kinds.push_back(stored_enum<Kind>(k));
    }
    return p;
}

constexpr std::size_t kFetchBatch = 4096;

// One attendance mark as four numbers: session, person, status (AttendanceStatus order),
// partial minutes (or none).
constexpr const char* kAttendanceMarks =
    "SELECT a.session_id, a.person_id, CASE a.status WHEN 'present' THEN 0 WHEN 'partial' THEN 1 "
    "WHEN 'absent' THEN 2 ELSE 3 END, a.minutes FROM events e JOIN sessions s ON s.event_id = e.id "
    "JOIN attendance a ON a.session_id = s.id WHERE e.project_id = :p";

// SQLite: straight through its own API (SqliteRead): this read is the report's hot path.
template <typename OnMark>
void stream_marks_sqlite(soci::session& sql, long long project_id, OnMark on_mark) {
    SqliteRead marks(sql, kAttendanceMarks, "attendance");
    marks.bind(1, project_id);
    while (marks.next()) {
        on_mark(marks.integer(0), marks.integer(1), static_cast<int>(marks.integer(2)),
                marks.optional_int(3));
    }
}

// Other backends: through SOCI, in batches of rows fetched into vectors.
template <typename OnMark>
void stream_marks_soci(soci::session& sql, long long project_id, OnMark on_mark) {
    std::vector<long long> session(kFetchBatch), person(kFetchBatch);
    std::vector<int> status(kFetchBatch), minutes(kFetchBatch);
    std::vector<soci::indicator> minutes_ind(kFetchBatch);
    soci::statement st =
        (sql.prepare << kAttendanceMarks, soci::use(project_id), soci::into(session),
         soci::into(person), soci::into(status), soci::into(minutes, minutes_ind));
    st.execute();
    while (st.fetch()) {
        for (std::size_t i = 0; i < session.size(); ++i) {
            on_mark(session[i], person[i], status[i],
                    minutes_ind[i] == soci::i_ok ? std::optional<int>(minutes[i]) : std::nullopt);
        }
        session.resize(kFetchBatch);
        person.resize(kFetchBatch);
        status.resize(kFetchBatch);
        minutes.resize(kFetchBatch);
        minutes_ind.resize(kFetchBatch);
    }
}

// The ledger's labels: each person and source gets an index the first time an entry names
// it; their names are read afterwards, once each.
class DetailCollector {
  public:
    explicit DetailCollector(EntryDetails& details) : m_details(details) {}

    void attendance(PersonKey person, EventKey event, const SessionFacts& session,
                    AttendanceStatus status) {
        m_details.entries.push_back(EntryDetail{person_index(person), event_index(event),
                                                session.start, session.end, status});
    }
    void activity(PersonKey person, const std::optional<std::string>& description) {
        const auto [at, added] = m_descriptions.try_emplace(
            description.value_or(""), static_cast<std::uint32_t>(m_details.sources.size()));
        if (added) {
            m_details.sources.push_back(SourceLabel{"", at->first});
        }
        m_details.entries.push_back(EntryDetail{person_index(person), at->second, std::nullopt,
                                                std::nullopt, std::nullopt});
    }

    void read_labels(soci::session& sql, long long project_id) {
        long long id = 0;
        std::string employee_id, first, last, code, title;
        soci::statement people =
            (sql.prepare << "SELECT id, employee_id, first_name, last_name FROM people",
             soci::into(id), soci::into(employee_id), soci::into(first), soci::into(last));
        people.execute();
        while (people.fetch()) {
            if (const auto it = m_people.find(id); it != m_people.end()) {
                m_details.people[it->second] = PersonLabel{employee_id, first + " " + last};
            }
        }
        soci::statement events =
            (sql.prepare << "SELECT id, code, title FROM events WHERE project_id = :p",
             soci::use(project_id), soci::into(id), soci::into(code), soci::into(title));
        events.execute();
        while (events.fetch()) {
            if (const auto it = m_events.find(id); it != m_events.end()) {
                m_details.sources[it->second] = SourceLabel{code, title};
            }
        }
    }

  private:
    std::uint32_t person_index(PersonKey person) {
        const auto [at, added] =
            m_people.try_emplace(person, static_cast<std::uint32_t>(m_details.people.size()));
        if (added) {
            m_details.people.emplace_back();
        }
        return at->second;
    }
    std::uint32_t event_index(EventKey event) {
        const auto [at, added] =
            m_events.try_emplace(event, static_cast<std::uint32_t>(m_details.sources.size()));
        if (added) {
            m_details.sources.emplace_back();
        }
        return at->second;
    }

    EntryDetails& m_details;
    std::unordered_map<PersonKey, std::uint32_t> m_people;
    std::unordered_map<EventKey, std::uint32_t> m_events;
    std::unordered_map<std::string, std::uint32_t> m_descriptions;
};

// Every entry of the project; with `details`, also what a reader needs to find its row.
void load_entries(soci::session& sql, Backend backend, long long project_id, CountingInput& input,
                  EntryDetails* details) {
    const auto sessions = load_sessions(sql, project_id);
    std::optional<DetailCollector> collector;
    if (details) {
        collector.emplace(*details);
    }
    const auto on_mark = [&](long long session, long long person, int status,
                             std::optional<int> partial) {
        const auto& facts = sessions.at(session);
        const auto mark = static_cast<AttendanceStatus>(status);
        input.entries.push_back(Entry{person, facts.event, facts.date, facts.kind,
                                      attended_minutes(mark, partial, facts.length)});
        if (collector) {
            collector->attendance(person, facts.event, facts, mark);
        }
    };
    if (backend == Backend::sqlite) {
        stream_marks_sqlite(sql, project_id, on_mark);
    } else {
        stream_marks_soci(sql, project_id, on_mark);
    }
    std::vector<long long> person(kFetchBatch);
    std::vector<std::string> date(kFetchBatch), kind(kFetchBatch), description(kFetchBatch);
    std::vector<soci::indicator> description_ind(kFetchBatch);
    std::vector<int> minutes(kFetchBatch);
    soci::statement st =
        (sql.prepare << "SELECT person_id, activity_date, kind, minutes, description "
                        "FROM activities WHERE project_id = :p",
         soci::use(project_id), soci::into(person), soci::into(date), soci::into(kind),
         soci::into(minutes), soci::into(description, description_ind));
    st.execute();
    while (st.fetch()) {
        for (std::size_t i = 0; i < person.size(); ++i) {
            input.entries.push_back(
                Entry{person[i], 0, stored_date(date[i]), stored_enum<Kind>(kind[i]), minutes[i]});
            if (collector) {
                collector->activity(person[i], description_ind[i] == soci::i_ok
                                                   ? std::optional<std::string>(description[i])
                                                   : std::nullopt);
            }
        }
        for (auto* v : {&date, &kind, &description}) {
            v->resize(kFetchBatch);
        }
        person.resize(kFetchBatch);
        minutes.resize(kFetchBatch);
        description_ind.resize(kFetchBatch);
    }
    if (collector) {
        collector->read_labels(sql, project_id);
    }
}

void load_events(soci::session& sql, long long project_id, CountingInput& input) {
    long long id = 0;
    std::string kind, date;
    soci::indicator date_ind = soci::i_null;
    soci::statement st =
        (sql.prepare << "SELECT e.id, e.kind, s.session_date FROM events e "
                        "LEFT JOIN sessions s ON s.event_id = e.id WHERE e.project_id = :p "
                        "ORDER BY e.id",
         soci::use(project_id), soci::into(id), soci::into(kind), soci::into(date, date_ind));
    st.execute();
    while (st.fetch()) {
        if (input.events.empty() || input.events.back().id != id) {
            input.events.push_back(EventFacts{id, stored_enum<Kind>(kind), {}});
        }
        if (date_ind == soci::i_ok) {
            input.events.back().session_dates.push_back(stored_date(date));
        }
    }
}

void load_people(soci::session& sql, long long project_id, CountingInput& input) {
    std::unordered_map<PersonKey, std::size_t> index;
    PersonFacts p;
    Nullable<std::string> gender, education, labour;
    Nullable<int> birth_year;
    // Everyone: a plain scan of people is cheaper than finding those the project names.
    soci::statement st =
        (sql.prepare
             << "SELECT id, gender, birth_year, education, labour_status FROM people ORDER BY id",
         soci::into(p.id), soci::into(gender.value, gender.ind),
         soci::into(birth_year.value, birth_year.ind), soci::into(education.value, education.ind),
         soci::into(labour.value, labour.ind));
    st.execute();
    while (st.fetch()) {
        PersonFacts facts;
        facts.id = p.id;
        facts.gender = stored_optional_enum<Gender>(gender);
        facts.birth_year = birth_year.get();
        facts.education = stored_optional_enum<Education>(education);
        facts.labour_status = stored_optional_enum<LabourStatus>(labour);
        index.emplace(facts.id, input.people.size());
        input.people.push_back(std::move(facts));
    }
    long long person = 0, group = 0;
    std::string name;
    Nullable<std::string> band;
    soci::statement erased =
        (sql.prepare << "SELECT r.person_id, b.age_band FROM erasures r LEFT JOIN "
                        "erased_age_bands b ON b.person_id = r.person_id AND b.project_id = :p",
         soci::use(project_id), soci::into(person), soci::into(band.value, band.ind));
    erased.execute();
    while (erased.fetch()) {
        if (auto it = index.find(person); it != index.end()) {
            auto& facts = input.people[it->second];
            facts.erased = true;
            facts.erased_age_band =
                band.ind == soci::i_ok ? parse_age_band(band.value) : std::nullopt;
        }
    }
    soci::statement groups =
        (sql.prepare << "SELECT id, name FROM target_groups WHERE project_id = :p ORDER BY name",
         soci::use(project_id), soci::into(group), soci::into(name));
    groups.execute();
    while (groups.fetch()) {
        input.target_groups.push_back(TargetGroupFacts{group, name});
    }
    soci::statement members =
        (sql.prepare << "SELECT m.person_id, m.target_group_id FROM target_group_members m "
                        "JOIN target_groups g ON g.id = m.target_group_id WHERE g.project_id = :p",
         soci::use(project_id), soci::into(person), soci::into(group));
    members.execute();
    while (members.fetch()) {
        if (auto it = index.find(person); it != index.end()) {
            input.people[it->second].target_groups.push_back(group);
        }
    }
}

void load_targets(soci::session& sql, long long project_id, CountingInput& input) {
    Target t;
    Nullable<long long> group;
    soci::statement st =
        // The project-wide target first on both backends: SQLite sorts NULL first, PostgreSQL
        // last (the copy to the server found the two reports listing targets apart).
        (sql.prepare << "SELECT metric, target_group_id, planned_hundredths FROM targets "
                        "WHERE project_id = :p ORDER BY metric, target_group_id IS NOT NULL, "
                        "target_group_id",
         soci::use(project_id), soci::into(t.metric), soci::into(group.value, group.ind),
         soci::into(t.planned_hundredths));
    st.execute();
    while (st.fetch()) {
        Target row = t;
        if (group.ind == soci::i_ok) {
            row.target_group = group.value;
        }
        input.targets.push_back(std::move(row));
    }
}

}  // namespace

std::vector<std::string> CountingRepository::project_codes() {
    try {
        std::vector<std::string> codes;
        std::string code;
        soci::statement st =
            (m_db.session().prepare << "SELECT code FROM projects ORDER BY code", soci::into(code));
        st.execute();
        while (st.fetch()) {
            codes.push_back(code);
        }
        return codes;
    } catch (...) {
        rethrow_as_database_error("listing projects");
    }
}

ProjectInfo CountingRepository::project(const std::string& project_code) {
    try {
        long long id = 0;
        return load_project(m_db.session(), project_code, id);
    } catch (...) {
        rethrow_as_database_error("reading project " + project_code);
    }
}

ProjectCounting CountingRepository::load(const std::string& project_code, WithDetails details) {
    try {
        auto& sql = m_db.session();
        ProjectCounting out;
        long long id = 0;
        out.project = load_project(sql, project_code, id);
        out.input.rules = out.project.rules;
        out.input.span = out.project.span();
        load_entries(sql, m_db.backend(), id, out.input,
                     details == WithDetails::yes ? &out.details : nullptr);
        load_events(sql, id, out.input);
        load_people(sql, id, out.input);
        load_targets(sql, id, out.input);
        return out;
    } catch (...) {
        rethrow_as_database_error("reading project " + project_code);
    }
}

}  // namespace polku::db
