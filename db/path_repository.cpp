#include "db/path_repository.hpp"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "core/attendance_rules.hpp"
#include "core/error.hpp"
#include "core/finnish_order.hpp"
#include "core/message.hpp"
#include "db/database.hpp"
#include "db/stored_values.hpp"
#include "db/supervisor_links.hpp"

namespace polku::db {

namespace {

using import::Nullable;

std::vector<DescribedPath> load_paths(soci::session& sql, const std::optional<long long>& project) {
    std::vector<DescribedPath> paths;
    std::map<long long, std::size_t> index;
    long long id = 0, project_id = 0;
    std::string path_id, name, code;
    Nullable<std::string> group;
    soci::statement st =
        (sql.prepare << "SELECT pa.id, pa.project_id, p.code, pa.path_id, pa.name, tg.name FROM "
                        "paths pa JOIN projects p ON p.id = pa.project_id LEFT JOIN target_groups "
                        "tg ON tg.id = pa.target_group_id ORDER BY p.code, pa.path_id",
         soci::into(id), soci::into(project_id), soci::into(code), soci::into(path_id),
         soci::into(name), soci::into(group.value, group.ind));
    st.execute();
    while (st.fetch()) {
        if (project && project_id != *project) {
            continue;
        }
        DescribedPath p;
        p.path.key = id;
        p.path.name = name;
        p.path.project = project_id;
        p.project_code = code;
        p.path_id = path_id;
        p.target_group = group.get();
        index.emplace(id, paths.size());
        paths.push_back(std::move(p));
    }

    long long step = 0, path = 0;
    int number = 0, mandatory = 1;
    std::string kind;
    Nullable<std::string> title, competence_number, competence_name, course_title;
    Nullable<long long> competence, course;
    Nullable<int> minutes, due;
    soci::statement steps =
        (sql.prepare << "SELECT s.id, s.path_id, s.step_number, s.kind, s.title, s.competence_id, "
                        "c.id_number, c.short_name, s.required_minutes, s.course_id, co.title, "
                        "s.mandatory, s.due_offset_days FROM path_steps s LEFT JOIN competences c "
                        "ON c.id = s.competence_id LEFT JOIN courses co ON co.id = s.course_id "
                        "ORDER BY s.path_id, s.step_number",
         soci::into(step), soci::into(path), soci::into(number), soci::into(kind),
         soci::into(title.value, title.ind), soci::into(competence.value, competence.ind),
         soci::into(competence_number.value, competence_number.ind),
         soci::into(competence_name.value, competence_name.ind),
         soci::into(minutes.value, minutes.ind), soci::into(course.value, course.ind),
         soci::into(course_title.value, course_title.ind), soci::into(mandatory),
         soci::into(due.value, due.ind));
    steps.execute();
    while (steps.fetch()) {
        const auto it = index.find(path);
        if (it == index.end()) {
            continue;
        }
        DescribedPath& p = paths[it->second];
        PathStep s;
        s.key = step;
        s.kind = stored_enum<StepKind>(kind);
        s.competence = competence.get().value_or(0);
        s.required_minutes = minutes.get().value_or(0);
        s.course = course.get().value_or(0);
        s.mandatory = mandatory != 0;
        s.due_offset_days = due.get();
        p.path.steps.push_back(s);
        StepLabels labels;
        labels.number = number;
        labels.title = title.get();
        if (competence_number.ind == soci::i_ok) {
            labels.competence = competence_number.value + " " + competence_name.value;
        }
        labels.course = course_title.get().value_or("");
        p.steps.push_back(std::move(labels));
    }
    return paths;
}

// The events that can complete a step: of a step's course, or building a step's competence
// (their own tag or their course's), with their sessions; the competences of each resolved.
void load_events(soci::session& sql, const std::set<long long>& step_courses,
                 const std::set<long long>& step_competences, bool every_competence,
                 PathFacts& facts, std::vector<long long>& event_ids) {
    std::map<long long, std::vector<CompetenceKey>> course_competences;
    long long owner = 0, competence = 0;
    soci::statement cc = (sql.prepare << "SELECT course_id, competence_id FROM course_competences",
                          soci::into(owner), soci::into(competence));
    cc.execute();
    while (cc.fetch()) {
        course_competences[owner].push_back(competence);
    }
    std::map<long long, std::vector<CompetenceKey>> event_competences;
    soci::statement ec = (sql.prepare << "SELECT event_id, competence_id FROM event_competences",
                          soci::into(owner), soci::into(competence));
    ec.execute();
    while (ec.fetch()) {
        event_competences[owner].push_back(competence);
    }

    std::map<long long, std::size_t> index;
    long long event = 0;
    Nullable<long long> course;
    soci::statement events = (sql.prepare << "SELECT id, course_id FROM events ORDER BY id",
                              soci::into(event), soci::into(course.value, course.ind));
    events.execute();
    while (events.fetch()) {
        PathEvent e;
        e.key = event;
        e.course = course.get();
        if (auto it = event_competences.find(event); it != event_competences.end()) {
            e.competences = it->second;
        }
        if (e.course) {
            if (auto it = course_competences.find(*e.course); it != course_competences.end()) {
                e.competences.insert(e.competences.end(), it->second.begin(), it->second.end());
            }
        }
        std::sort(e.competences.begin(), e.competences.end());
        e.competences.erase(std::unique(e.competences.begin(), e.competences.end()),
                            e.competences.end());
        const bool relevant =
            (e.course && step_courses.count(*e.course)) ||
            (every_competence && !e.competences.empty()) ||
            std::any_of(e.competences.begin(), e.competences.end(),
                        [&](CompetenceKey c) { return step_competences.count(c) > 0; });
        if (relevant) {
            index.emplace(event, facts.events.size());
            event_ids.push_back(event);
            facts.events.push_back(std::move(e));
        }
    }
    if (facts.events.empty()) {
        return;
    }
    long long session = 0;
    std::string date;
    int start = 0, end = 0, breaks = 0;
    soci::statement sessions =
        (sql.prepare << "SELECT id, event_id, session_date, start_minute, end_minute, "
                        "break_minutes FROM sessions ORDER BY event_id, session_date, start_minute",
         soci::into(session), soci::into(event), soci::into(date), soci::into(start),
         soci::into(end), soci::into(breaks));
    sessions.execute();
    while (sessions.fetch()) {
        if (auto it = index.find(event); it != index.end()) {
            facts.events[it->second].sessions.push_back(
                PathSession{session, stored_date(date), session_length(start, end, breaks)});
        }
    }
}

// Indexes of `people` in the Finnish order of their names, then by employee id: how every
// list of people here reads.
std::vector<std::size_t> name_order(
    const std::vector<std::pair<PersonKey, const NamedPerson*>>& people) {
    std::vector<std::vector<std::uint32_t>> keys;
    keys.reserve(people.size());
    for (const auto& [key, person] : people) {
        keys.push_back(finnish_sort_key(full_name(*person)));
    }
    std::vector<std::size_t> order(people.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(keys[a], people[a].second->employee_id) <
               std::tie(keys[b], people[b].second->employee_id);
    });
    return order;
}

// The people whose facts are read, asked about for every attendance and activity row: a
// bitmap over their keys when the keys are dense, as database ids are, else a hash set.
class PersonSet {
  public:
    explicit PersonSet(const std::unordered_set<PersonKey>& people) {
        if (people.empty()) {
            return;
        }
        const auto [low, high] = std::minmax_element(people.begin(), people.end());
        const auto span = static_cast<std::uint64_t>(*high) - static_cast<std::uint64_t>(*low);
        if (span < 64 * static_cast<std::uint64_t>(people.size())) {
            m_low = *low;
            m_bits.assign(span + 1, false);
            for (const PersonKey key : people) {
                m_bits[static_cast<std::size_t>(key - m_low)] = true;
            }
        } else {
            m_sparse = &people;
        }
    }

    bool contains(PersonKey key) const {
        if (m_sparse) {
            return m_sparse->count(key) > 0;
        }
        return key >= m_low && static_cast<std::uint64_t>(key - m_low) < m_bits.size() &&
               m_bits[static_cast<std::size_t>(key - m_low)];
    }

  private:
    PersonKey m_low = 0;
    std::vector<bool> m_bits;
    const std::unordered_set<PersonKey>* m_sparse = nullptr;
};

// Rows in a table a query reads whole: room for every row is made at once, so a vector of a
// hundred thousand rows is not copied as it grows (fresh memory is costly: a page fault a
// page). Not for the marks, read only for the events the steps name.
std::size_t row_count(soci::session& sql, const std::string& table) {
    long long count = 0;
    sql << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return static_cast<std::size_t>(std::max(0LL, count));
}

// A query read through SQLite's own API, as the counting repository reads attendance: SOCI
// converts every value of every row through its type machinery, which was half the loading
// of a large report's 320,000 assignment, attendance and activity rows. The same SQL goes
// through SOCI on other backends.
class SqliteRows {
  public:
    SqliteRows(soci::session& sql, const char* query)
        : m_db(static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_) {
        sqlite_api::sqlite3_stmt* st = nullptr;
        if (sqlite_api::sqlite3_prepare_v2(m_db, query, -1, &st, nullptr) != SQLITE_OK) {
            fail();
        }
        m_st.reset(st);
    }

    // Runs the query (again) with `value` for its one parameter.
    void run(long long value) {
        sqlite_api::sqlite3_reset(m_st.get());
        sqlite_api::sqlite3_bind_int64(m_st.get(), 1, value);
    }
    bool next() {
        const int rc = sqlite_api::sqlite3_step(m_st.get());
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc != SQLITE_DONE) {
            fail();
        }
        return false;
    }
    long long integer(int column) const {
        return sqlite_api::sqlite3_column_int64(m_st.get(), column);
    }
    bool null(int column) const {
        return sqlite_api::sqlite3_column_type(m_st.get(), column) == SQLITE_NULL;
    }
    std::string text(int column) const {
        const auto* text = sqlite_api::sqlite3_column_text(m_st.get(), column);
        const auto size = sqlite_api::sqlite3_column_bytes(m_st.get(), column);
        return text ? std::string(reinterpret_cast<const char*>(text),
                                  static_cast<std::size_t>(size))
                    : std::string();
    }

  private:
    [[noreturn]] void fail() const {
        throw DatabaseError(
            message(N_("cannot read the paths: {}"), sqlite_api::sqlite3_errmsg(m_db)));
    }

    struct Finalize {
        void operator()(sqlite_api::sqlite3_stmt* st) const { sqlite_api::sqlite3_finalize(st); }
    };
    sqlite_api::sqlite3* m_db;
    std::unique_ptr<sqlite_api::sqlite3_stmt, Finalize> m_st;
};

constexpr const char* kAssignments =
    "SELECT a.id, a.path_id, a.person_id, a.start_date, a.due_date, p.employee_id, "
    "p.first_name, p.last_name FROM path_assignments a JOIN people p ON p.id = a.person_id";
// Per event, so a database with a million marks elsewhere is not read whole.
constexpr const char* kMarks =
    "SELECT a.session_id, a.person_id, a.status, a.minutes FROM attendance a JOIN sessions s ON "
    "s.id = a.session_id WHERE s.event_id = :e";
// The rows of one activity come together.
constexpr const char* kActivities =
    "SELECT a.id, a.person_id, a.activity_date, a.minutes, ac.competence_id FROM "
    "activity_competences ac JOIN activities a ON a.id = ac.activity_id ORDER BY a.id";

// Puts `items` in `order` (sorted[i] = items[order[i]]) without a second copy of them.
template <typename T>
void permute(std::vector<T>& items, const std::vector<std::size_t>& order) {
    std::vector<bool> placed(items.size(), false);
    for (std::size_t start = 0; start < items.size(); ++start) {
        if (placed[start]) {
            continue;
        }
        T first = std::move(items[start]);
        std::size_t at = start;
        while (true) {
            placed[at] = true;
            const std::size_t from = order[at];
            if (from == start) {
                items[at] = std::move(first);
                break;
            }
            items[at] = std::move(items[from]);
            at = from;
        }
    }
}

}  // namespace

LoadedPaths PathRepository::load(const PathSelection& selection) {
    soci::session& sql = m_db.session();
    LoadedPaths loaded;
    std::optional<long long> project;
    if (selection.project) {
        long long id = 0;
        soci::indicator found = soci::i_null;
        sql << "SELECT id FROM projects WHERE code = :c", soci::use(*selection.project),
            soci::into(id, found);
        if (found != soci::i_ok) {
            throw InputError(message(N_("no project has the code {}; check --project "
                                        "(projects.csv's code column)"),
                                     *selection.project));
        }
        project = id;
    }
    loaded.paths = load_paths(sql, project);
    std::map<long long, std::size_t> path_index;
    for (std::size_t i = 0; i < loaded.paths.size(); ++i) {
        path_index.emplace(loaded.paths[i].path.key, i);
    }

    // Assignments of the chosen people, with their names.
    {
        // `text(column)` gives a column's text; the names are read once a person.
        const auto add = [&](long long id, long long path, long long person, const auto& text,
                             bool no_due) {
            if (!path_index.count(path) || (selection.people && !selection.people->count(person))) {
                return;
            }
            Assignment a;
            a.key = id;
            a.person = person;
            a.path = path;
            a.start = stored_date(text(3));
            if (!no_due) {
                a.due = stored_date(text(4));
            }
            loaded.assignments.push_back(a);
            if (auto [it, added] = loaded.people.try_emplace(person); added) {
                it->second = NamedPerson{text(5), text(6), text(7)};
            }
        };
        loaded.assignments.reserve(row_count(sql, "path_assignments"));
        if (m_db.backend() == Backend::sqlite) {
            SqliteRows rows(sql, kAssignments);
            const auto text = [&](int column) { return rows.text(column); };
            while (rows.next()) {
                add(rows.integer(0), rows.integer(1), rows.integer(2), text, rows.null(4));
            }
        } else {
            long long id = 0, path = 0, person = 0;
            std::string start, employee_id, first, last;
            Nullable<std::string> due;
            soci::statement st =
                (sql.prepare << kAssignments, soci::into(id), soci::into(path), soci::into(person),
                 soci::into(start), soci::into(due.value, due.ind), soci::into(employee_id),
                 soci::into(first), soci::into(last));
            const std::string* columns[] = {nullptr,    nullptr,      nullptr, &start,
                                            &due.value, &employee_id, &first,  &last};
            const auto text = [&](int column) { return *columns[column]; };
            st.execute();
            while (st.fetch()) {
                add(id, path, person, text, due.ind != soci::i_ok);
            }
        }
    }
    // By path, then by name in the Finnish order, as a supervisor reads the list: each
    // person's place among the names worked out once.
    std::vector<std::pair<PersonKey, const NamedPerson*>> people;
    for (const auto& [key, person] : loaded.people) {
        people.emplace_back(key, &person);
    }
    std::unordered_map<PersonKey, std::size_t> rank;
    const auto order_of_names = name_order(people);
    for (std::size_t i = 0; i < order_of_names.size(); ++i) {
        rank.emplace(people[order_of_names[i]].first, i);
    }
    std::vector<std::pair<std::size_t, std::size_t>> keys(loaded.assignments.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        keys[i] = {path_index.at(loaded.assignments[i].path),
                   rank.at(loaded.assignments[i].person)};
    }
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    permute(loaded.assignments, order);
    std::unordered_set<PersonKey> assigned;
    for (const auto& a : loaded.assignments) {
        assigned.insert(a.person);
    }

    std::set<long long> step_courses, step_competences, steps;
    for (const auto& p : loaded.paths) {
        for (const auto& s : p.path.steps) {
            steps.insert(s.key);
            if (s.kind == StepKind::course) {
                step_courses.insert(s.course);
            } else if (s.kind == StepKind::competence) {
                step_competences.insert(s.competence);
            }
        }
    }
    if (selection.every_competence) {
        long long id = 0;
        std::string number, name;
        soci::statement st = (sql.prepare << "SELECT id, id_number, short_name FROM competences",
                              soci::into(id), soci::into(number), soci::into(name));
        st.execute();
        while (st.fetch()) {
            loaded.competence_names.emplace(id, number + " " + name);
        }
    } else if (assigned.empty()) {
        return loaded;
    }
    // The people whose facts are read: the assigned, or those chosen when every competence
    // is wanted (a transcript's person need not be on any path).
    if (selection.every_competence && selection.people) {
        assigned.insert(selection.people->begin(), selection.people->end());
    }
    const PersonSet whose(assigned);

    {
        long long course = 0;
        int share = 100;
        soci::statement st = (sql.prepare << "SELECT id, required_share FROM courses",
                              soci::into(course), soci::into(share));
        st.execute();
        while (st.fetch()) {
            if (step_courses.count(course)) {
                loaded.facts.courses.push_back(CourseFacts{course, Share::percent(share)});
            }
        }
    }

    std::vector<long long> event_ids;
    load_events(sql, step_courses, step_competences, selection.every_competence, loaded.facts,
                event_ids);
    {
        const auto add = [&](long long session, long long person, const std::string& status,
                             std::optional<int> minutes) {
            if (whose.contains(person)) {
                loaded.facts.marks.push_back(
                    SessionMark{person, session, stored_enum<AttendanceStatus>(status), minutes});
            }
        };
        if (m_db.backend() == Backend::sqlite) {
            SqliteRows rows(sql, kMarks);
            for (const long long id : event_ids) {
                rows.run(id);
                while (rows.next()) {
                    add(rows.integer(0), rows.integer(1), rows.text(2),
                        rows.null(3) ? std::nullopt
                                     : std::optional<int>(static_cast<int>(rows.integer(3))));
                }
            }
        } else {
            long long event = 0, session = 0, person = 0;
            std::string status;
            Nullable<int> minutes;
            soci::statement st =
                (sql.prepare << kMarks, soci::use(event), soci::into(session), soci::into(person),
                 soci::into(status), soci::into(minutes.value, minutes.ind));
            for (const long long id : event_ids) {
                event = id;
                st.execute();
                while (st.fetch()) {
                    add(session, person, status, minutes.get());
                }
            }
        }
    }
    if (!step_competences.empty() || selection.every_competence) {
        long long previous = 0;
        const auto add = [&](long long activity, long long person, const std::string& date,
                             int minutes, long long competence) {
            if (!whose.contains(person) ||
                (!selection.every_competence && !step_competences.count(competence))) {
                return;
            }
            if (loaded.facts.activities.empty() || activity != previous) {
                loaded.facts.activities.push_back(
                    ActivityMinutes{person, stored_date(date), minutes, {}});
                previous = activity;
            }
            loaded.facts.activities.back().competences.push_back(competence);
        };
        loaded.facts.activities.reserve(row_count(sql, "activity_competences"));
        if (m_db.backend() == Backend::sqlite) {
            SqliteRows rows(sql, kActivities);
            while (rows.next()) {
                add(rows.integer(0), rows.integer(1), rows.text(2),
                    static_cast<int>(rows.integer(3)), rows.integer(4));
            }
        } else {
            long long activity = 0, person = 0, competence = 0;
            std::string date;
            int minutes = 0;
            soci::statement st =
                (sql.prepare << kActivities, soci::into(activity), soci::into(person),
                 soci::into(date), soci::into(minutes), soci::into(competence));
            st.execute();
            while (st.fetch()) {
                add(activity, person, date, minutes, competence);
            }
        }
    }
    {
        long long step = 0, person = 0, by = 0;
        std::string date, employee_id, first, last;
        Nullable<std::string> note;
        soci::statement st =
            (sql.prepare << "SELECT so.step_id, so.person_id, so.signed_on, so.signed_by, "
                            "so.note, p.employee_id, p.first_name, p.last_name FROM sign_offs so "
                            "JOIN people p ON p.id = so.signed_by",
             soci::into(step), soci::into(person), soci::into(date), soci::into(by),
             soci::into(note.value, note.ind), soci::into(employee_id), soci::into(first),
             soci::into(last));
        st.execute();
        while (st.fetch()) {
            if (!steps.count(step) || !whose.contains(person)) {
                continue;
            }
            loaded.facts.sign_offs.push_back(
                SignOff{person, step, stored_date(date), by, note.get().value_or("")});
            loaded.people.try_emplace(by, NamedPerson{employee_id, first, last});
        }
    }
    return loaded;
}

std::vector<std::pair<PersonKey, NamedPerson>> PathRepository::supervisors() {
    std::vector<std::pair<PersonKey, NamedPerson>> found;
    long long id = 0;
    std::string employee_id, first, last;
    soci::statement st =
        (m_db.session().prepare << "SELECT DISTINCT s.id, s.employee_id, s.first_name, "
                                   "s.last_name FROM people p JOIN people s ON s.id = "
                                   "p.supervisor_id",
         soci::into(id), soci::into(employee_id), soci::into(first), soci::into(last));
    st.execute();
    while (st.fetch()) {
        found.emplace_back(id, NamedPerson{employee_id, first, last});
    }
    std::vector<std::pair<PersonKey, const NamedPerson*>> people;
    for (const auto& [key, person] : found) {
        people.emplace_back(key, &person);
    }
    const auto order = name_order(people);
    std::vector<std::pair<PersonKey, NamedPerson>> sorted;
    for (std::size_t i : order) {
        sorted.push_back(found[i]);
    }
    return sorted;
}

std::vector<SupervisorLink> PathRepository::supervisor_links() {
    return load_supervisor_links(m_db.session());
}

}  // namespace polku::db
