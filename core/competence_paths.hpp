#pragma once
// Competence paths (domain.md "Competence paths"): a path's ordered steps, a person's
// assignment to it, and, as of a date, which steps are done, under way, overdue or not
// started, and how far along the path the person is. Plain values in, plain values out; the
// caller reads them from the database in one pass or makes them by hand in a test.

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/counting_input.hpp"
#include "core/date.hpp"
#include "core/kinds.hpp"
#include "core/reporting_chain.hpp"

namespace polku {

using CompetenceKey = std::int64_t;
using CourseKey = std::int64_t;
using PathKey = std::int64_t;
using StepKey = std::int64_t;
using SessionId = std::int64_t;
using AssignmentKey = std::int64_t;

// What completes a step besides a sign-off, which completes any step.
enum class StepKind { competence, course, signoff };

template <>
struct EnumNames<StepKind> {
    static constexpr std::array names = {"competence"sv, "course"sv, "signoff"sv};
};

struct PathStep {
    StepKey key = 0;  // what sign-offs name; unique across paths
    StepKind kind = StepKind::signoff;
    CompetenceKey competence = 0;  // competence steps
    int required_minutes = 0;      // competence steps: raw minutes needed, > 0
    CourseKey course = 0;          // course steps
    bool mandatory = true;
    // Days from the assignment's start; none: the step is due when the assignment is.
    std::optional<int> due_offset_days;
};

struct Path {
    PathKey key = 0;
    std::string name;
    std::int64_t project = 0;
    std::optional<std::int64_t> target_group;  // none: a path for anyone in the project
    std::vector<PathStep> steps;               // in the order the person takes them
};

// Problems of a path as one user would fix them, e.g. "step 2: a competence step needs the
// minutes it requires (more than 0)". Throws InputErrors listing every problem.
void check_path(const Path& path);

struct Assignment {
    AssignmentKey key = 0;
    PersonKey person = 0;
    PathKey path = 0;
    Date start;
    std::optional<Date> due;
};

// The share of an event's sessions a course asks for, exact: 3/4, or percent(75).
struct Share {
    std::int64_t numerator = 1;
    std::int64_t denominator = 1;
    static constexpr Share percent(std::int64_t p) { return Share{p, 100}; }
};

struct CourseFacts {
    CourseKey key = 0;
    Share required_share;  // a course missing from the facts asks for every session
};

struct PathSession {
    SessionId key = 0;
    Date date;
    int length_minutes = 0;  // end − start − breaks (session_length)
};

// An event that can complete a step: one of a course, or tagged with competences. The
// competences are the event's own and its course's, as the caller resolves them.
struct PathEvent {
    EventKey key = 0;
    std::optional<CourseKey> course;
    std::vector<CompetenceKey> competences;
    std::vector<PathSession> sessions;  // every session of the event, held or still to come
};

// One person's mark in one session of a PathEvent.
struct SessionMark {
    PersonKey person = 0;
    SessionId session = 0;
    AttendanceStatus status = AttendanceStatus::present;
    std::optional<int> partial_minutes;
};

// An individual activity (self-study, coaching) tagged with competences.
struct ActivityMinutes {
    PersonKey person = 0;
    Date date;
    int minutes = 0;
    std::vector<CompetenceKey> competences;
};

// A supervisor's word that a person has done a step.
struct SignOff {
    PersonKey person = 0;
    StepKey step = 0;
    Date date;
    PersonKey by = 0;
    std::string note;
};

// Throws InputError when `by` is not above `person` in the chain (directly or higher up),
// which includes signing off for oneself; recorded sign-offs are trusted afterwards, so a
// later change of supervisor does not undo them.
void check_sign_off(const ReportingChain& chain, const SignOff& sign_off,
                    const PersonName& name = {});

struct PathFacts {
    std::vector<CourseFacts> courses;
    std::vector<PathEvent> events;
    std::vector<SessionMark> marks;
    std::vector<ActivityMinutes> activities;
    std::vector<SignOff> sign_offs;
};

// A session counts towards a course's share when the person was present, or partial with at
// least half its length (partial minutes beyond the length count as the length).
bool counts_as_attended(AttendanceStatus status, std::optional<int> partial_minutes,
                        int length_minutes);

// How many of an event's `session_count` sessions a share asks for: the share rounded up, and
// at least one (attending nothing never completes a course).
int sessions_required(Share share, int session_count);

// The assignment's start plus the step's offset, else the assignment's due date, else none.
std::optional<Date> step_due_date(const PathStep& step, const Assignment& assignment);

enum class StepState { done, in_progress, overdue, not_started };
enum class CompletedBy { course, minutes, sign_off };

template <>
struct EnumNames<StepState> {
    static constexpr std::array names = {"done"sv, "in_progress"sv, "overdue"sv, "not_started"sv};
};
template <>
struct EnumNames<CompletedBy> {
    static constexpr std::array names = {"course"sv, "minutes"sv, "sign_off"sv};
};

struct StepStatus {
    StepKey step = 0;
    StepState state = StepState::not_started;
    std::optional<Date> due;
    // Done: the date the first condition held, and which one (course, minutes, sign-off, in
    // that order when two held on the same day).
    std::optional<Date> completed_on;
    std::optional<CompletedBy> completed_by;
    bool late = false;  // done after its due date
    // Competence steps: raw minutes up to `to`, of required_minutes.
    int minutes = 0;
    int required_minutes = 0;
    // Course steps: the event that completed the step, or else the one nearest to it (fewest
    // sessions still needed), with its attended and required sessions up to `to`.
    std::optional<EventKey> event;
    int sessions_attended = 0;
    int sessions_required = 0;
    // The earliest sign-off up to `to`, if any: points into the PathFacts the status was
    // judged from, which must outlive it (a million statuses do not copy a note each).
    const SignOff* sign_off = nullptr;
};

// Complete mandatory steps ÷ mandatory steps, exact; the percent is rounded once, half away
// from zero, to tenths, and none for a path without mandatory steps (nothing to measure, like
// a target planned at 0).
struct PathProgress {
    int complete = 0;
    int mandatory = 0;
    std::optional<std::int64_t> percent_tenths;
};

PathProgress path_progress(const Path& path, const std::vector<StepStatus>& steps);

struct AssignmentStatus {
    Assignment assignment;
    std::vector<StepStatus> steps;  // in the path's order
    PathProgress progress;
};

// As of `to`: only sessions, activities and sign-offs dated on or before it count. A step is
// overdue when its due date is before `to` and it is not done (under way or not). Facts from
// before the assignment's start count too: what a person already knows is not learnt again.
AssignmentStatus evaluate_assignment(const Path& path, const Assignment& assignment,
                                     const PathFacts& facts, Date to);

// Judges assignment after assignment against facts indexed once, as of `to`: what a report
// of a hundred thousand assignments uses to judge each as it writes it, instead of holding a
// million step verdicts. Shares the facts, so it may outlive whoever loaded them. Only read
// once made, so threads may share it.
class PathJudge {
  public:
    PathJudge(std::shared_ptr<const PathFacts> facts, Date to);
    ~PathJudge();
    PathJudge(PathJudge&&) noexcept;
    PathJudge& operator=(PathJudge&&) noexcept;

    // The assignment must be of `path`.
    AssignmentStatus judge(const Path& path, const Assignment& assignment) const;
    // The same into `into`, whose steps keep their memory from one assignment to the next.
    void judge(const Path& path, const Assignment& assignment, AssignmentStatus& into) const;
    Date to() const;

  private:
    struct Index;
    std::shared_ptr<const PathFacts> m_facts;
    std::unique_ptr<Index> m_index;
};

// The same for many assignments, indexing the facts once; results in the assignments' order.
// Throws InputError when an assignment names a path that is not given.
std::vector<AssignmentStatus> evaluate_assignments(const std::vector<Path>& paths,
                                                   const std::vector<Assignment>& assignments,
                                                   const PathFacts& facts, Date to);

// The raw minutes (not capped) `person` has in each competence from the events and activities
// tagged with it, dated in [from, to]: what the transcript lists as competences built. A
// session marked twice counts its best mark once, as the minutes rule of a step does.
std::map<CompetenceKey, std::int64_t> competence_minutes(const PathFacts& facts, PersonKey person,
                                                         std::optional<Date> from, Date to);

}  // namespace polku
