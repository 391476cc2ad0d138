#include "core/competence_paths.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "core/attendance_rules.hpp"
#include "core/error.hpp"
#include "core/fraction_sum.hpp"

namespace polku {

void check_path(const Path& path) {
    std::vector<FieldError> errors;
    std::set<StepKey> seen;
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
        const PathStep& step = path.steps[i];
        const Place place{"", 0, "step " + std::to_string(i + 1)};
        const auto add = [&](std::string message) {
            errors.push_back(FieldError{place, std::move(message)});
        };
        if (!seen.insert(step.key).second) {
            add("the step appears twice in the path");
        }
        switch (step.kind) {
            case StepKind::competence:
                if (step.competence == 0) {
                    add("a competence step needs its competence");
                }
                if (step.required_minutes <= 0) {
                    add("a competence step needs the minutes it requires (more than 0)");
                }
                break;
            case StepKind::course:
                if (step.course == 0) {
                    add("a course step needs its course");
                }
                break;
            case StepKind::signoff:
                break;
        }
        if (step.due_offset_days && *step.due_offset_days < 0) {
            add("the due offset cannot be negative (" + std::to_string(*step.due_offset_days) +
                " days)");
        }
    }
    if (!errors.empty()) {
        throw InputErrors(std::move(errors));
    }
}

void check_sign_off(const ReportingChain& chain, const SignOff& sign_off, const PersonName& name) {
    if (sign_off.by == sign_off.person) {
        throw InputError(person_name(name, sign_off.by) + " cannot sign off their own step");
    }
    if (!is_above(chain, sign_off.by, sign_off.person)) {
        throw InputError(person_name(name, sign_off.by) + " cannot sign off for " +
                         person_name(name, sign_off.person) + ": only someone above " +
                         person_name(name, sign_off.person) +
                         " in the reporting chain may sign off their steps");
    }
}

bool counts_as_attended(AttendanceStatus status, std::optional<int> partial_minutes,
                        int length_minutes) {
    switch (status) {
        case AttendanceStatus::present:
            return true;
        case AttendanceStatus::partial:
            // minutes ≥ length / 2, kept in integers: 2 × minutes ≥ length.
            return 2 * attended_minutes(status, partial_minutes, length_minutes) >= length_minutes;
        case AttendanceStatus::absent:
        case AttendanceStatus::excused:
            return false;
    }
    return false;
}

int sessions_required(Share share, int session_count) {
    // A malformed share (denominator ≤ 0) asks for everything, the strict reading; a share
    // above one cannot ask for more sessions than there are.
    if (share.denominator <= 0) {
        share = Share{};
    }
    const std::int64_t numerator = std::clamp<std::int64_t>(share.numerator, 0, share.denominator);
    const std::int64_t wanted = session_count * numerator;
    const std::int64_t rounded_up = (wanted + share.denominator - 1) / share.denominator;
    return static_cast<int>(std::max<std::int64_t>(1, rounded_up));
}

std::optional<Date> step_due_date(const PathStep& step, const Assignment& assignment) {
    if (step.due_offset_days) {
        return add_days(assignment.start, *step.due_offset_days);
    }
    return assignment.due;
}

PathProgress path_progress(const Path& path, const std::vector<StepStatus>& steps) {
    PathProgress progress;
    for (std::size_t i = 0; i < path.steps.size() && i < steps.size(); ++i) {
        if (!path.steps[i].mandatory) {
            continue;
        }
        ++progress.mandatory;
        if (steps[i].state == StepState::done) {
            ++progress.complete;
        }
    }
    if (progress.mandatory > 0) {
        progress.percent_tenths = round_fraction(progress.complete, progress.mandatory, 1000);
    }
    return progress;
}

namespace {

struct SessionRef {
    std::size_t event = 0;  // index into facts.events
    const PathSession* session = nullptr;
};

// The facts looked up by key once, keeping only what is dated on or before `to`.
class FactIndex {
  public:
    FactIndex(const PathFacts& facts, Date to) : m_facts(facts), m_to(to) {
        for (const auto& course : facts.courses) {
            m_shares.emplace(course.key, course.required_share);
        }
        for (std::size_t e = 0; e < facts.events.size(); ++e) {
            const PathEvent& event = facts.events[e];
            for (const auto& session : event.sessions) {
                m_sessions.emplace(session.key, SessionRef{e, &session});
            }
        }
        for (const auto& mark : facts.marks) {
            const auto it = m_sessions.find(mark.session);
            if (it != m_sessions.end() && it->second.session->date <= to) {
                m_marks[mark.person].push_back(MarkRef{&mark, &it->second});
            }
        }
        for (const auto& activity : facts.activities) {
            if (activity.date <= to) {
                m_activities[activity.person].push_back(&activity);
            }
        }
        for (const auto& sign_off : facts.sign_offs) {
            if (sign_off.date > to) {
                continue;
            }
            // The earliest; the first given on the same day.
            const auto key = std::pair{sign_off.person, sign_off.step};
            const auto [it, added] = m_sign_offs.emplace(key, &sign_off);
            if (!added && sign_off.date < it->second->date) {
                it->second = &sign_off;
            }
        }
    }

    const PathFacts& facts() const { return m_facts; }
    Date to() const { return m_to; }

    Share share(CourseKey course) const {
        const auto it = m_shares.find(course);
        return it == m_shares.end() ? Share{} : it->second;
    }

    template <typename T>
    static const std::vector<const T*>& of(
        const std::unordered_map<PersonKey, std::vector<const T*>>& map, PersonKey person) {
        static const std::vector<const T*> none;
        const auto it = map.find(person);
        return it == map.end() ? none : it->second;
    }
    // A mark with its session, looked up once here rather than for every step judged.
    struct MarkRef {
        const SessionMark* mark = nullptr;
        const SessionRef* session = nullptr;
    };
    const std::vector<MarkRef>& marks(PersonKey p) const {
        static const std::vector<MarkRef> none;
        const auto it = m_marks.find(p);
        return it == m_marks.end() ? none : it->second;
    }
    const std::vector<const ActivityMinutes*>& activities(PersonKey p) const {
        return of(m_activities, p);
    }

    const SignOff* sign_off(PersonKey person, StepKey step) const {
        const auto it = m_sign_offs.find(std::pair{person, step});
        return it == m_sign_offs.end() ? nullptr : it->second;
    }

  private:
    const PathFacts& m_facts;
    Date m_to;
    std::unordered_map<CourseKey, Share> m_shares;
    std::unordered_map<SessionId, SessionRef> m_sessions;
    std::unordered_map<PersonKey, std::vector<MarkRef>> m_marks;
    std::unordered_map<PersonKey, std::vector<const ActivityMinutes*>> m_activities;
    std::map<std::pair<PersonKey, StepKey>, const SignOff*> m_sign_offs;
};

// One person's sessions up to `to`, sorted by session key. A session marked twice gives its
// best mark once: the most minutes, and attended when any mark counts. A flat vector: a
// person has a handful of sessions, and a report judges a hundred thousand assignments.
struct PersonSessions {
    struct Seen {
        SessionId session = 0;
        const SessionRef* ref = nullptr;
        int minutes = 0;
        bool attended = false;
    };
    std::vector<Seen> sessions;

    PersonSessions(const FactIndex& index, PersonKey person) {
        for (const auto& [mark, ref] : index.marks(person)) {
            const int length = ref->session->length_minutes;
            sessions.push_back(Seen{
                mark->session, ref, attended_minutes(mark->status, mark->partial_minutes, length),
                counts_as_attended(mark->status, mark->partial_minutes, length)});
        }
        std::sort(sessions.begin(), sessions.end(),
                  [](const Seen& a, const Seen& b) { return a.session < b.session; });
        std::size_t kept = 0;
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            if (kept > 0 && sessions[kept - 1].session == sessions[i].session) {
                Seen& seen = sessions[kept - 1];
                seen.minutes = std::max(seen.minutes, sessions[i].minutes);
                seen.attended = seen.attended || sessions[i].attended;
            } else {
                sessions[kept++] = sessions[i];
            }
        }
        sessions.resize(kept);
    }
};

bool has(const std::vector<CompetenceKey>& competences, CompetenceKey competence) {
    return std::find(competences.begin(), competences.end(), competence) != competences.end();
}

struct Candidate {
    Date date;
    CompletedBy by;
};

void consider(std::optional<Candidate>& best, Date date, CompletedBy by) {
    if (!best || std::tie(date, by) < std::tie(best->date, best->by)) {
        best = Candidate{date, by};
    }
}

// The course rule: for some event of the course, the attended sessions reach the share. The
// share is of all the event's sessions, those still to come included, so a step once done
// stays done however the rest of the event goes.
void judge_course(const PathStep& step, const FactIndex& index, const PersonSessions& mine,
                  StepStatus& status, std::optional<Candidate>& best) {
    // Only the events the person attended a session of can count: (event, date) of each
    // attended session of the course, then taken event by event in ascending key order, so
    // ties resolve the same way every time.
    std::vector<std::pair<const PathEvent*, Date>> attended;
    for (const auto& seen : mine.sessions) {
        if (!seen.attended) {
            continue;
        }
        const SessionRef& ref = *seen.ref;
        const PathEvent& event = index.facts().events[ref.event];
        if (event.course == step.course) {
            attended.emplace_back(&event, ref.session->date);
        }
    }
    std::sort(attended.begin(), attended.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first->key, a.second) < std::tie(b.first->key, b.second);
    });
    const Share share = index.share(step.course);
    std::optional<Date> done_on;
    for (std::size_t first = 0; first < attended.size();) {
        const PathEvent& event = *attended[first].first;
        std::size_t end = first;
        while (end < attended.size() && attended[end].first == &event) {
            ++end;
        }
        const int required = sessions_required(share, static_cast<int>(event.sessions.size()));
        const int count = static_cast<int>(end - first);
        if (count >= required) {
            // The date of the session that reached the share.
            const Date reached = attended[first + static_cast<std::size_t>(required - 1)].second;
            if (!done_on || reached < *done_on) {
                done_on = reached;
                status.event = event.key;
                status.sessions_attended = count;
                status.sessions_required = required;
            }
        } else if (!done_on) {
            const int missing = required - count;
            const int best_missing = status.sessions_required - status.sessions_attended;
            // Nearest first: fewest sessions missing, then most attended, then the lower key.
            if (!status.event || missing < best_missing ||
                (missing == best_missing && count > status.sessions_attended)) {
                status.event = event.key;
                status.sessions_attended = count;
                status.sessions_required = required;
            }
        }
        first = end;
    }
    if (done_on) {
        consider(best, *done_on, CompletedBy::course);
    }
}

// The minutes rule: raw minutes (never capped) of sessions and activities tagged with the
// competence, summed date by date until they reach the requirement.
void judge_minutes(const PathStep& step, const FactIndex& index, PersonKey person,
                   const PersonSessions& mine, StepStatus& status, std::optional<Candidate>& best) {
    // (date, minutes), summed in date order below: a few entries, so a sorted vector.
    std::vector<std::pair<Date, std::int64_t>> by_date;
    for (const auto& seen : mine.sessions) {
        const SessionRef& ref = *seen.ref;
        if (seen.minutes > 0 && has(index.facts().events[ref.event].competences, step.competence)) {
            by_date.emplace_back(ref.session->date, seen.minutes);
        }
    }
    for (const ActivityMinutes* activity : index.activities(person)) {
        if (activity->minutes > 0 && has(activity->competences, step.competence)) {
            by_date.emplace_back(activity->date, activity->minutes);
        }
    }
    std::sort(by_date.begin(), by_date.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    const std::int64_t required = std::max(1, step.required_minutes);
    std::int64_t total = 0;
    std::optional<Date> reached;
    for (const auto& [date, minutes] : by_date) {
        total += minutes;
        if (!reached && total >= required) {
            reached = date;
        }
    }
    status.minutes =
        static_cast<int>(std::min<std::int64_t>(total, std::numeric_limits<int>::max()));
    status.required_minutes = step.required_minutes;
    if (reached) {
        consider(best, *reached, CompletedBy::minutes);
    }
}

StepStatus judge_step(const PathStep& step, const Assignment& assignment, const FactIndex& index,
                      const PersonSessions& mine) {
    StepStatus status;
    status.step = step.key;
    status.due = step_due_date(step, assignment);
    std::optional<Candidate> best;
    bool under_way = false;
    switch (step.kind) {
        case StepKind::course:
            judge_course(step, index, mine, status, best);
            under_way = status.sessions_attended > 0;
            break;
        case StepKind::competence:
            judge_minutes(step, index, assignment.person, mine, status, best);
            under_way = status.minutes > 0;
            break;
        case StepKind::signoff:
            break;
    }
    if (const SignOff* sign_off = index.sign_off(assignment.person, step.key)) {
        status.sign_off = sign_off;
        consider(best, sign_off->date, CompletedBy::sign_off);
    }
    if (best) {
        status.state = StepState::done;
        status.completed_on = best->date;
        status.completed_by = best->by;
        status.late = status.due && best->date > *status.due;
    } else if (status.due && *status.due < index.to()) {
        status.state = StepState::overdue;
    } else if (under_way) {
        status.state = StepState::in_progress;
    } else {
        status.state = StepState::not_started;
    }
    return status;
}

AssignmentStatus judge(const Path& path, const Assignment& assignment, const FactIndex& index,
                       const PersonSessions& mine) {
    AssignmentStatus result;
    result.assignment = assignment;
    result.steps.reserve(path.steps.size());
    for (const auto& step : path.steps) {
        result.steps.push_back(judge_step(step, assignment, index, mine));
    }
    result.progress = path_progress(path, result.steps);
    return result;
}

}  // namespace

AssignmentStatus evaluate_assignment(const Path& path, const Assignment& assignment,
                                     const PathFacts& facts, Date to) {
    const FactIndex index(facts, to);
    return judge(path, assignment, index, PersonSessions(index, assignment.person));
}

struct PathJudge::Index {
    Index(const PathFacts& facts, Date to) : facts(facts, to) {}
    FactIndex facts;
    // Each person's sessions, gathered the first time one of their assignments is judged: a
    // report takes path after path, so a person comes back once per path.
    mutable std::unordered_map<PersonKey, PersonSessions> sessions;

    const PersonSessions& of(PersonKey person) const {
        auto it = sessions.find(person);
        if (it == sessions.end()) {
            it = sessions.emplace(person, PersonSessions(facts, person)).first;
        }
        return it->second;
    }
};

PathJudge::PathJudge(std::shared_ptr<const PathFacts> facts, Date to)
    : m_facts(std::move(facts)), m_index(std::make_unique<Index>(*m_facts, to)) {}
PathJudge::~PathJudge() = default;
PathJudge::PathJudge(PathJudge&&) noexcept = default;
PathJudge& PathJudge::operator=(PathJudge&&) noexcept = default;

AssignmentStatus PathJudge::judge(const Path& path, const Assignment& assignment) const {
    return polku::judge(path, assignment, m_index->facts, m_index->of(assignment.person));
}

Date PathJudge::to() const {
    return m_index->facts.to();
}

std::vector<AssignmentStatus> evaluate_assignments(const std::vector<Path>& paths,
                                                   const std::vector<Assignment>& assignments,
                                                   const PathFacts& facts, Date to) {
    std::unordered_map<PathKey, const Path*> by_key;
    for (const auto& path : paths) {
        by_key.emplace(path.key, &path);
    }
    const FactIndex index(facts, to);
    // A person's sessions are gathered once for all their paths.
    std::vector<std::size_t> order(assignments.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return assignments[a].person < assignments[b].person;
    });
    std::vector<AssignmentStatus> results(assignments.size());
    std::optional<PersonSessions> mine;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Assignment& assignment = assignments[order[k]];
        const auto it = by_key.find(assignment.path);
        if (it == by_key.end()) {
            throw InputError("assignment " + std::to_string(assignment.key) + " names path " +
                             std::to_string(assignment.path) + ", which is not given");
        }
        if (k == 0 || assignments[order[k - 1]].person != assignment.person) {
            mine.emplace(index, assignment.person);
        }
        results[order[k]] = judge(*it->second, assignment, index, *mine);
    }
    return results;
}

std::map<CompetenceKey, std::int64_t> competence_minutes(const PathFacts& facts, PersonKey person,
                                                         std::optional<Date> from, Date to) {
    const FactIndex index(facts, to);
    const PersonSessions mine(index, person);
    std::map<CompetenceKey, std::int64_t> minutes;
    const auto in_period = [&](Date date) { return !from || *from <= date; };
    for (const auto& seen : mine.sessions) {
        const SessionRef& ref = *seen.ref;
        if (seen.minutes > 0 && in_period(ref.session->date)) {
            for (CompetenceKey c : index.facts().events[ref.event].competences) {
                minutes[c] += seen.minutes;
            }
        }
    }
    for (const ActivityMinutes* activity : index.activities(person)) {
        if (activity->minutes > 0 && in_period(activity->date)) {
            for (CompetenceKey c : activity->competences) {
                minutes[c] += activity->minutes;
            }
        }
    }
    return minutes;
}

}  // namespace polku
