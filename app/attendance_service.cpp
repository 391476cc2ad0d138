#include "app/attendance_service.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/attendance_repository.hpp"
#include "db/database.hpp"
#include "db/signin_repository.hpp"

namespace polku::app {

std::vector<SessionSummary> recent_sessions(db::Database& db, const std::string& project_code,
                                            std::size_t limit) {
    return db::SessionRepository(db).recent(project_code, limit);
}

AttendanceSheetData attendance_sheet(db::Database& db, const SessionKey& session) {
    db::AttendanceRepository marks(db);
    AttendanceSheetData out;
    out.session = marks.session(session);
    auto data = db::SigninRepository(db).load(session.event_id, session.date, session.start);
    auto already_marked = data.candidates.marked;
    auto expected = choose_expected(std::move(data.candidates));
    out.source = expected.source;
    out.people = std::move(expected.participants);
    std::unordered_set<std::string> listed;
    for (const auto& p : out.people) {
        listed.insert(p.employee_id);
    }
    for (auto& p : already_marked) {
        if (listed.insert(p.employee_id).second) {
            out.people.push_back(std::move(p));
        }
    }
    std::sort(out.people.begin(), out.people.end(), signin_order);
    out.marks = marks.marks(session);
    return out;
}

std::vector<SigninParticipant> all_people(db::Database& db) {
    return db::AttendanceRepository(db).people();
}

void save_sheet(db::Database& db, const SessionKey& session, const std::vector<MarkEdit>& edits,
                const std::vector<NewPerson>& new_people) {
    db::AttendanceRepository repository(db);
    const int length = repository.session(session).length();
    ErrorList errors("");
    std::unordered_set<std::string> seen;
    for (const auto& p : new_people) {
        if (const auto problem = new_person_problem(p); problem != NewPersonProblem::none) {
            errors.add(0, p.employee_id, describe(problem));
        }
    }
    for (const auto& e : edits) {
        if (!seen.insert(e.employee_id).second) {
            errors.add(0, e.employee_id, translate(N_("marked twice in the same session")));
        }
        if (!e.wanted || !e.changes()) {
            continue;
        }
        if (const auto problem = mark_problem(*e.wanted, length); problem != MarkProblem::none) {
            errors.add(0, e.employee_id, describe(problem, *e.wanted, length));
        }
    }
    if (!errors.empty()) {
        throw InputErrors(errors.sorted());
    }
    db::Transaction transaction(db);
    for (const auto& p : new_people) {
        repository.add_person(p);
    }
    repository.save(session, edits);
    transaction.commit();
}

void take_attendance(db::Database& db, const SessionKey& session,
                     const std::vector<PersonMark>& marks,
                     const std::vector<NewPerson>& new_people) {
    std::unordered_map<std::string, std::optional<Mark>> stored;
    for (auto& m : db::AttendanceRepository(db).marks(session)) {
        stored.emplace(m.employee_id, m.mark);
    }
    std::vector<MarkEdit> edits;
    edits.reserve(marks.size());
    for (const auto& m : marks) {
        const auto it = stored.find(m.employee_id);
        edits.push_back({m.employee_id, it == stored.end() ? std::nullopt : it->second, m.mark});
    }
    save_sheet(db, session, edits, new_people);
}

}  // namespace polku::app
