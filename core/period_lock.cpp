#include "core/period_lock.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "core/message.hpp"
#include "core/training_day_calculator.hpp"

namespace polku {

bool is_locked(const PeriodLock& lock, Date date) {
    return date <= lock.through;
}

std::vector<std::string> changed_esf_columns(const EsfData& before, const EsfData& after) {
    std::vector<std::string> columns;
    if (before.gender != after.gender) {
        columns.emplace_back("gender");
    }
    if (before.birth_year != after.birth_year) {
        columns.emplace_back("birth_year");
    }
    if (before.education != after.education) {
        columns.emplace_back("education");
    }
    if (before.labour_status != after.labour_status) {
        columns.emplace_back("labour_status");
    }
    return columns;
}

std::vector<std::string> projects_with_changed_groups(const std::vector<GroupRef>& before,
                                                      const std::vector<GroupRef>& after) {
    const auto pairs = [](const std::vector<GroupRef>& groups) {
        std::set<std::pair<std::string, std::string>> out;
        for (const auto& g : groups) {
            out.emplace(g.project, g.group);
        }
        return out;
    };
    const auto was = pairs(before);
    const auto is = pairs(after);
    std::set<std::string> projects;
    for (const auto& [project, group] : was) {
        if (!is.count({project, group})) {
            projects.insert(project);
        }
    }
    for (const auto& [project, group] : is) {
        if (!was.count({project, group})) {
            projects.insert(project);
        }
    }
    return {projects.begin(), projects.end()};
}

bool counted_in_locked_period(const PeriodLock& lock, const std::vector<Entry>& entries,
                              const CountingRules& rules, const ProjectSpan& span) {
    return std::any_of(entries.begin(), entries.end(), [&](const Entry& e) {
        return is_locked(lock, e.date) && is_counted(e, rules, span);
    });
}

namespace {

// A date that moved, where either its old or its new value falls in the locked period: the
// days between them change sides of the span there. None stands for "no span".
bool moved_into_lock(const PeriodLock& lock, const std::optional<Date>& before,
                     const std::optional<Date>& after) {
    if (before == after) {
        return false;
    }
    return (before && is_locked(lock, *before)) || (after && is_locked(lock, *after));
}

}  // namespace

std::vector<std::string> locked_project_columns(const PeriodLock& lock,
                                                const ProjectSettings& before,
                                                const ProjectSettings& after) {
    std::vector<std::string> columns;
    if (moved_into_lock(lock, before.start, after.start)) {
        columns.emplace_back("start");
    }
    const auto end_before = before.extended_end ? before.extended_end : before.end;
    const auto end_after = after.extended_end ? after.extended_end : after.end;
    if (moved_into_lock(lock, end_before, end_after)) {
        columns.emplace_back(before.extended_end != after.extended_end ? "extended_end" : "end");
    }
    if (before.rules.day_minutes != after.rules.day_minutes) {
        columns.emplace_back("day_minutes");
    }
    if (before.rules.cap_per_day != after.rules.cap_per_day) {
        columns.emplace_back("cap_per_day");
    }
    if (before.rules.rounding != after.rules.rounding) {
        columns.emplace_back("rounding");
    }
    if (before.rules.excluded_kinds != after.rules.excluded_kinds) {
        columns.emplace_back("excluded_kinds");
    }
    return columns;
}

bool event_is_locked(const PeriodLock& lock, const std::optional<Date>& first_session) {
    return first_session && is_locked(lock, *first_session);
}

namespace {

std::string lock_text(const PeriodLock& lock) {
    return message(N_("project {} is locked through {} (its figures were sent to the funder); "
                      "unlock it first: polku-cli unlock --project {} --reason …"),
                   lock.project_code, format_fi_date(lock.through), lock.project_code);
}

}  // namespace

std::string locked_entry_message(std::string_view what, const PeriodLock& lock) {
    return message(N_("{} cannot be added or changed: {}"), what, lock_text(lock));
}

std::string locked_value_message(std::string_view what, const PeriodLock& lock) {
    return message(N_("{} cannot change: {}"), what, lock_text(lock));
}

std::optional<std::string> lock_problem(const std::string& project_code,
                                        const std::optional<Date>& current, Date wanted) {
    if (current && *current >= wanted) {
        return message(N_("project {} is already locked through {}; a lock only moves forward "
                          "(unlock --to lowers it, unlock removes it)"),
                       project_code, format_fi_date(*current));
    }
    return std::nullopt;
}

std::optional<std::string> unlock_problem(const std::string& project_code,
                                          const std::optional<Date>& current,
                                          const std::optional<Date>& to) {
    if (!current) {
        return message(N_("project {} is not locked"), project_code);
    }
    if (to && *to >= *current) {
        return message(N_("project {} is locked through {}; unlock --to lowers the lock to an "
                          "earlier day (lock --to moves it forward)"),
                       project_code, format_fi_date(*current));
    }
    return std::nullopt;
}

}  // namespace polku
