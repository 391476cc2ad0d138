#pragma once
// Period locks (issue 8): once a payment application is sent, the figures it reported must
// not change. A project locked through a date closes every entry dated on or before it, and
// what those entries are counted by: the project's counting rules and span, an event's kind
// and project, a session's times, and the ESF data of everyone counted on or before the date.
// These are the rules; db/ reads the stored values and applies them on every write.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/counting_input.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "core/kinds.hpp"
#include "core/records.hpp"

namespace polku {

// A project's lock: every day up to and including `through` is closed.
struct PeriodLock {
    std::string project_code;
    Date through;
};

// A change refused because it reaches into a locked period; nothing was written (exit code 1).
class PeriodLockedError : public InputError {
  public:
    using InputError::InputError;
};

// Whether an entry (attendance, activity, session) dated `date` lies in the locked period.
bool is_locked(const PeriodLock& lock, Date date);

// The person fields the ESF indicators are counted from (domain.md "ESF participant data").
struct EsfData {
    std::optional<Gender> gender;
    std::optional<int> birth_year;
    std::optional<Education> education;
    std::optional<LabourStatus> labour_status;
};

// The people.csv columns whose values differ, in the file's column order.
std::vector<std::string> changed_esf_columns(const EsfData& before, const EsfData& after);

// The projects (codes, sorted) in which a person's target groups differ: their days count in
// those projects' by-target-group rows, so a change there is one of their ESF data too.
std::vector<std::string> projects_with_changed_groups(const std::vector<GroupRef>& before,
                                                      const std::vector<GroupRef>& after);

// Whether a person's ESF data is used by a figure of the locked period: they have a counted
// entry (training_day_calculator.hpp's is_counted) dated on or before the lock date, so they
// started there and the period's days and indicators count them. `entries` are theirs in the
// locked project.
bool counted_in_locked_period(const PeriodLock& lock, const std::vector<Entry>& entries,
                              const CountingRules& rules, const ProjectSpan& span);

// What projects.csv says about how a project counts.
struct ProjectSettings {
    CountingRules rules;  // excluded_kinds sorted
    std::optional<Date> start;
    std::optional<Date> end;
    std::optional<Date> extended_end;
};

// The projects.csv columns whose change would alter a figure of the locked period: any
// counting rule (day_minutes, cap_per_day, rounding, excluded_kinds); the start, or the end
// that counts (extended_end, else end), when its old or new value is on or before the lock
// date. Moving a date that lies after the lock changes only what comes later, so a project
// can still be extended.
std::vector<std::string> locked_project_columns(const PeriodLock& lock,
                                                const ProjectSettings& before,
                                                const ProjectSettings& after);

// Whether an event whose earliest session is `first_session` (none: no sessions) has a
// session in the locked period, so its kind (which decides whether it counts, and in which
// by-kind row) and its project may not change.
bool event_is_locked(const PeriodLock& lock, const std::optional<Date>& first_session);

// The messages of refused changes: what cannot change, the lock date, and that it must be
// unlocked first. `what` is e.g. "attendance dated 15.3.2024".
std::string locked_entry_message(std::string_view what, const PeriodLock& lock);
// `what` is e.g. "the counting rule day_minutes".
std::string locked_value_message(std::string_view what, const PeriodLock& lock);

// Why a project cannot be locked through `wanted` ("already locked through …"), or none.
// A lock only moves forward; unlock lowers or removes it.
std::optional<std::string> lock_problem(const std::string& project_code,
                                        const std::optional<Date>& current, Date wanted);
// Why the lock cannot be lowered to `to` (none: removed), or none.
std::optional<std::string> unlock_problem(const std::string& project_code,
                                          const std::optional<Date>& current,
                                          const std::optional<Date>& to);

}  // namespace polku
