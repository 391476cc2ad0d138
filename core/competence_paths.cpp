#include "core/competence_paths.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "core/attendance_rules.hpp"
#include "core/error.hpp"
#include "core/fraction_sum.hpp"
#include "core/message.hpp"

namespace polku {

void check_path(const Path& path) {
    std::vector<FieldError> errors;
    std::set<StepKey> seen;
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
        const PathStep& step = path.steps[i];
        const Place place{"", 0, message(N_("step {}"), i + 1)};
        const auto add = [&](std::string message) {
            errors.push_back(FieldError{place, std::move(message)});
        };
        if (!seen.insert(step.key).second) {
            add(translate(N_("the step appears twice in the path")));
        }
        switch (step.kind) {
            case StepKind::competence:
                if (step.competence == 0) {
                    add(translate(N_("a competence step needs its competence")));
                }
                if (step.required_minutes <= 0) {
                    add(translate(
                        N_("a competence step needs the minutes it requires (more than 0)")));
                }
                break;
            case StepKind::course:
                if (step.course == 0) {
                    add(translate(N_("a course step needs its course")));
                }
                break;
            case StepKind::signoff:
                break;
        }
        if (step.due_offset_days && *step.due_offset_days < 0) {
            add(message(N_("the due offset cannot be negative ({} days)"), *step.due_offset_days));
        }
    }
    if (!errors.empty()) {
        throw InputErrors(std::move(errors));
    }
}

void check_sign_off(const ReportingChain& chain, const SignOff& sign_off, const PersonName& name) {
    if (sign_off.by == sign_off.person) {
        throw InputError(
            message(N_("{} cannot sign off their own step"), person_name(name, sign_off.by)));
    }
    if (!is_above(chain, sign_off.by, sign_off.person)) {
        const std::string person = person_name(name, sign_off.person);
        throw InputError(message(N_("{} cannot sign off for {}: only someone above {} in the "
                                    "reporting chain may sign off their steps"),
                                 person_name(name, sign_off.by), person, person));
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
    const PathEvent* event = nullptr;
    const PathSession* session = nullptr;
};

// An attended session of an event that is one of a course: what the course rule counts.
struct AttendedSession {
    const PathEvent* event = nullptr;
    Date date;
};

// A session's or activity's minutes towards one competence it is tagged with: what the
// minutes rule sums. The competence is held here, not looked up through the event or
// activity, which cost a cache miss for every step judged.
struct TaggedMinutes {
    CompetenceKey competence = 0;
    int minutes = 0;
    Date date;
};

// One person's facts up to `to`, each list sorted as its rule reads it, so that judging a
// step neither allocates nor sorts: a report judges 1.2 million steps.
struct PersonFacts {
    std::span<const AttendedSession> attended;  // by event key, then date
    std::span<const TaggedMinutes> minutes;     // by competence, then date
    std::span<const SignOff* const> sign_offs;  // the one that counts for each step
};

// The facts dated on or before `to`, indexed once, person by person, in flat arrays: read
// only afterwards, so any number of judges may share it.
class FactIndex {
  public:
    FactIndex(const PathFacts& facts, Date to) : m_to(to) {
        for (const auto& course : facts.courses) {
            m_shares.emplace(course.key, course.required_share);
        }
        std::unordered_map<SessionId, SessionRef> sessions;
        for (const auto& event : facts.events) {
            for (const auto& session : event.sessions) {
                sessions.emplace(session.key, SessionRef{&event, &session});
            }
        }

        // A session marked twice gives its best mark once: the most minutes, and attended
        // when any mark counts. The marks of one session are found side by side by sorting on
        // its SessionRef's address rather than its key: 24 bytes a mark, not 32.
        struct Seen {
            PersonKey person = 0;
            const SessionRef* ref = nullptr;
            int minutes = 0;
            bool attended = false;
        };
        std::vector<Seen> seen;
        seen.reserve(facts.marks.size());
        for (const auto& mark : facts.marks) {
            const auto it = sessions.find(mark.session);
            if (it == sessions.end() || it->second.session->date > to) {
                continue;
            }
            const int length = it->second.session->length_minutes;
            seen.push_back(Seen{mark.person, &it->second,
                                attended_minutes(mark.status, mark.partial_minutes, length),
                                counts_as_attended(mark.status, mark.partial_minutes, length)});
        }
        std::sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) {
            return a.person != b.person ? a.person < b.person
                                        : std::less<const SessionRef*>{}(a.ref, b.ref);
        });
        std::size_t kept = 0;
        for (std::size_t i = 0; i < seen.size(); ++i) {
            if (kept > 0 && seen[kept - 1].person == seen[i].person &&
                seen[kept - 1].ref == seen[i].ref) {
                Seen& best = seen[kept - 1];
                best.minutes = std::max(best.minutes, seen[i].minutes);
                best.attended = best.attended || seen[i].attended;
            } else {
                seen[kept++] = seen[i];
            }
        }
        seen.resize(kept);

        std::size_t tags = 0;  // minutes entries at most, so that the array never grows
        for (const Seen& one : seen) {
            tags += one.ref->event->competences.size();
        }
        std::vector<const ActivityMinutes*> activities;
        for (const auto& activity : facts.activities) {
            if (activity.date <= to && activity.minutes > 0 && !activity.competences.empty()) {
                activities.push_back(&activity);
                tags += activity.competences.size();
            }
        }
        std::sort(activities.begin(), activities.end(),
                  [](const ActivityMinutes* a, const ActivityMinutes* b) {
                      return a->person < b->person;
                  });

        // The earliest sign-off of each step; of two on the same day, the first given.
        std::vector<const SignOff*> sign_offs;
        for (const auto& sign_off : facts.sign_offs) {
            if (sign_off.date <= to) {
                sign_offs.push_back(&sign_off);
            }
        }
        std::stable_sort(sign_offs.begin(), sign_offs.end(),
                         [](const SignOff* a, const SignOff* b) {
                             return std::tie(a->person, a->step, a->date) <
                                    std::tie(b->person, b->step, b->date);
                         });

        // Person by person, in key order, through the three sorted lists.
        struct Slices {
            std::size_t attended = 0, attended_end = 0, minutes = 0, minutes_end = 0, sign_offs = 0,
                        sign_offs_end = 0;
        };
        std::vector<std::pair<PersonKey, Slices>> slices;
        m_attended.reserve(seen.size());
        m_minutes.reserve(tags);
        m_sign_offs.reserve(sign_offs.size());
        std::size_t s = 0, a = 0, o = 0;
        while (s < seen.size() || a < activities.size() || o < sign_offs.size()) {
            PersonKey person = std::numeric_limits<PersonKey>::max();
            if (s < seen.size()) {
                person = std::min(person, seen[s].person);
            }
            if (a < activities.size()) {
                person = std::min(person, activities[a]->person);
            }
            if (o < sign_offs.size()) {
                person = std::min(person, sign_offs[o]->person);
            }
            Slices slice{m_attended.size(), 0, m_minutes.size(), 0, m_sign_offs.size(), 0};
            for (; s < seen.size() && seen[s].person == person; ++s) {
                const PathEvent& event = *seen[s].ref->event;
                const Date date = seen[s].ref->session->date;
                if (seen[s].attended && event.course) {
                    m_attended.push_back(AttendedSession{&event, date});
                }
                if (seen[s].minutes > 0) {
                    add_minutes(event.competences, seen[s].minutes, date);
                }
            }
            for (; a < activities.size() && activities[a]->person == person; ++a) {
                add_minutes(activities[a]->competences, activities[a]->minutes,
                            activities[a]->date);
            }
            for (; o < sign_offs.size() && sign_offs[o]->person == person; ++o) {
                if (m_sign_offs.size() == slice.sign_offs ||
                    m_sign_offs.back()->step != sign_offs[o]->step) {
                    m_sign_offs.push_back(sign_offs[o]);
                }
            }
            slice.attended_end = m_attended.size();
            slice.minutes_end = m_minutes.size();
            slice.sign_offs_end = m_sign_offs.size();
            // The course rule takes event by event in ascending key order, so ties resolve
            // the same way every time; the minutes rule sums a competence date by date.
            std::sort(m_attended.begin() + static_cast<std::ptrdiff_t>(slice.attended),
                      m_attended.end(), [](const AttendedSession& x, const AttendedSession& y) {
                          return std::tie(x.event->key, x.date) < std::tie(y.event->key, y.date);
                      });
            std::sort(m_minutes.begin() + static_cast<std::ptrdiff_t>(slice.minutes),
                      m_minutes.end(), [](const TaggedMinutes& x, const TaggedMinutes& y) {
                          return std::tie(x.competence, x.date) < std::tie(y.competence, y.date);
                      });
            slices.emplace_back(person, slice);
        }
        // The arrays are complete: the spans into them stay valid.
        m_people.reserve(slices.size());
        for (const auto& [person, slice] : slices) {
            m_people.emplace(
                person,
                PersonFacts{
                    {m_attended.data() + slice.attended, m_attended.data() + slice.attended_end},
                    {m_minutes.data() + slice.minutes, m_minutes.data() + slice.minutes_end},
                    {m_sign_offs.data() + slice.sign_offs,
                     m_sign_offs.data() + slice.sign_offs_end}});
        }
    }
    FactIndex(const FactIndex&) = delete;
    FactIndex& operator=(const FactIndex&) = delete;

    Date to() const { return m_to; }

    Share share(CourseKey course) const {
        const auto it = m_shares.find(course);
        return it == m_shares.end() ? Share{} : it->second;
    }

    const PersonFacts& of(PersonKey person) const {
        static const PersonFacts none;
        const auto it = m_people.find(person);
        return it == m_people.end() ? none : it->second;
    }

  private:
    // Once per competence, as the minutes rule asks whether a session has the competence.
    void add_minutes(const std::vector<CompetenceKey>& competences, int minutes, Date date) {
        for (auto c = competences.begin(); c != competences.end(); ++c) {
            if (std::find(competences.begin(), c, *c) == c) {
                m_minutes.push_back(TaggedMinutes{*c, minutes, date});
            }
        }
    }

    Date m_to;
    std::unordered_map<CourseKey, Share> m_shares;
    std::vector<AttendedSession> m_attended;
    std::vector<TaggedMinutes> m_minutes;
    std::vector<const SignOff*> m_sign_offs;
    std::unordered_map<PersonKey, PersonFacts> m_people;
};

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
// stays done however the rest of the event goes. Only the events the person attended a
// session of can count.
void judge_course(const PathStep& step, const FactIndex& index, const PersonFacts& mine,
                  StepStatus& status, std::optional<Candidate>& best) {
    const auto attended = mine.attended;
    std::optional<Date> done_on;
    std::optional<Share> share;
    for (std::size_t first = 0; first < attended.size();) {
        const PathEvent& event = *attended[first].event;
        std::size_t end = first + 1;
        while (end < attended.size() && attended[end].event == &event) {
            ++end;
        }
        if (event.course != step.course) {
            first = end;
            continue;
        }
        if (!share) {
            share = index.share(step.course);
        }
        const int required = sessions_required(*share, static_cast<int>(event.sessions.size()));
        const int count = static_cast<int>(end - first);
        if (count >= required) {
            // The date of the session that reached the share.
            const Date reached = attended[first + static_cast<std::size_t>(required - 1)].date;
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
void judge_minutes(const PathStep& step, const PersonFacts& mine, StepStatus& status,
                   std::optional<Candidate>& best) {
    const std::int64_t required = std::max(1, step.required_minutes);
    std::int64_t total = 0;
    std::optional<Date> reached;
    auto tagged =
        std::find_if(mine.minutes.begin(), mine.minutes.end(),
                     [&](const TaggedMinutes& t) { return t.competence >= step.competence; });
    for (; tagged != mine.minutes.end() && tagged->competence == step.competence; ++tagged) {
        total += tagged->minutes;
        if (!reached && total >= required) {
            reached = tagged->date;
        }
    }
    status.minutes =
        static_cast<int>(std::min<std::int64_t>(total, std::numeric_limits<int>::max()));
    status.required_minutes = step.required_minutes;
    if (reached) {
        consider(best, *reached, CompletedBy::minutes);
    }
}

// `start` is the assignment's, as days: step_due_date without converting it for every step.
StepStatus judge_step(const PathStep& step, const Assignment& assignment,
                      std::chrono::sys_days start, const FactIndex& index,
                      const PersonFacts& mine) {
    StepStatus status;
    status.step = step.key;
    status.due = step.due_offset_days ? Date{start + std::chrono::days{*step.due_offset_days}}
                                      : assignment.due;
    std::optional<Candidate> best;
    bool under_way = false;
    switch (step.kind) {
        case StepKind::course:
            judge_course(step, index, mine, status, best);
            under_way = status.sessions_attended > 0;
            break;
        case StepKind::competence:
            judge_minutes(step, mine, status, best);
            under_way = status.minutes > 0;
            break;
        case StepKind::signoff:
            break;
    }
    for (const SignOff* sign_off : mine.sign_offs) {
        if (sign_off->step == step.key) {
            status.sign_off = sign_off;
            consider(best, sign_off->date, CompletedBy::sign_off);
            break;
        }
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

void judge(const Path& path, const Assignment& assignment, const FactIndex& index,
           AssignmentStatus& result) {
    const PersonFacts& mine = index.of(assignment.person);
    result.assignment = assignment;
    result.steps.clear();
    result.steps.reserve(path.steps.size());
    const std::chrono::sys_days start{assignment.start};
    for (const auto& step : path.steps) {
        result.steps.push_back(judge_step(step, assignment, start, index, mine));
    }
    result.progress = path_progress(path, result.steps);
}

}  // namespace

AssignmentStatus evaluate_assignment(const Path& path, const Assignment& assignment,
                                     const PathFacts& facts, Date to) {
    AssignmentStatus result;
    judge(path, assignment, FactIndex(facts, to), result);
    return result;
}

struct PathJudge::Index {
    Index(const PathFacts& facts, Date to) : facts(facts, to) {}
    FactIndex facts;
};

PathJudge::PathJudge(std::shared_ptr<const PathFacts> facts, Date to)
    : m_facts(std::move(facts)), m_index(std::make_unique<Index>(*m_facts, to)) {}
PathJudge::~PathJudge() = default;
PathJudge::PathJudge(PathJudge&&) noexcept = default;
PathJudge& PathJudge::operator=(PathJudge&&) noexcept = default;

AssignmentStatus PathJudge::judge(const Path& path, const Assignment& assignment) const {
    AssignmentStatus result;
    polku::judge(path, assignment, m_index->facts, result);
    return result;
}

void PathJudge::judge(const Path& path, const Assignment& assignment,
                      AssignmentStatus& into) const {
    polku::judge(path, assignment, m_index->facts, into);
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
    std::vector<AssignmentStatus> results(assignments.size());
    for (std::size_t i = 0; i < assignments.size(); ++i) {
        const Assignment& assignment = assignments[i];
        const auto it = by_key.find(assignment.path);
        if (it == by_key.end()) {
            throw InputError(message(N_("assignment {} names path {}, which is not given"),
                                     assignment.key, assignment.path));
        }
        judge(*it->second, assignment, index, results[i]);
    }
    return results;
}

std::map<CompetenceKey, std::int64_t> competence_minutes(const PathFacts& facts, PersonKey person,
                                                         std::optional<Date> from, Date to) {
    // One person's, read straight from the facts: the transcript asks once.
    std::unordered_map<SessionId, std::pair<const PathEvent*, const PathSession*>> sessions;
    for (const auto& event : facts.events) {
        for (const auto& session : event.sessions) {
            sessions.emplace(session.key, std::pair{&event, &session});
        }
    }
    // A session marked twice counts its best mark once.
    std::map<SessionId, int> best;
    for (const auto& mark : facts.marks) {
        const auto it = sessions.find(mark.session);
        if (mark.person != person || it == sessions.end() || it->second.second->date > to) {
            continue;
        }
        const int minutes =
            attended_minutes(mark.status, mark.partial_minutes, it->second.second->length_minutes);
        auto [slot, added] = best.emplace(mark.session, minutes);
        if (!added) {
            slot->second = std::max(slot->second, minutes);
        }
    }
    const auto in_period = [&](Date date) { return !from || *from <= date; };
    std::map<CompetenceKey, std::int64_t> minutes;
    for (const auto& [session, most] : best) {
        const auto [event, held] = sessions.at(session);
        if (most > 0 && in_period(held->date)) {
            for (CompetenceKey c : event->competences) {
                minutes[c] += most;
            }
        }
    }
    for (const auto& activity : facts.activities) {
        if (activity.person == person && activity.minutes > 0 && activity.date <= to &&
            in_period(activity.date)) {
            for (CompetenceKey c : activity.competences) {
                minutes[c] += activity.minutes;
            }
        }
    }
    return minutes;
}

}  // namespace polku
