#include "core/reporting_chain.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/message.hpp"

namespace polku {

std::string person_name(const PersonName& name, PersonKey person) {
    return name ? name(person) : message(N_("person {}"), person);
}

namespace {

enum class Visit { unseen, on_walk, done };

// The first loop met when walking up from each person in ascending key order, rotated to start
// at its smallest key, so the same data always gives the same message.
std::optional<std::vector<PersonKey>> find_cycle(
    const std::unordered_map<PersonKey, PersonKey>& supervisor) {
    std::vector<PersonKey> people;
    people.reserve(supervisor.size());
    for (const auto& [person, boss] : supervisor) {
        people.push_back(person);
    }
    std::sort(people.begin(), people.end());

    std::unordered_map<PersonKey, Visit> visit;
    for (PersonKey start : people) {
        std::vector<PersonKey> walk;
        PersonKey current = start;
        for (;;) {
            const auto found = visit.find(current);
            const Visit seen = found == visit.end() ? Visit::unseen : found->second;
            if (seen == Visit::done) {
                break;
            }
            if (seen == Visit::on_walk) {
                std::vector<PersonKey> cycle(std::find(walk.begin(), walk.end(), current),
                                             walk.end());
                std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()),
                            cycle.end());
                return cycle;
            }
            visit[current] = Visit::on_walk;
            walk.push_back(current);
            const auto up = supervisor.find(current);
            if (up == supervisor.end()) {
                break;
            }
            current = up->second;
        }
        for (PersonKey p : walk) {
            visit[p] = Visit::done;
        }
    }
    return std::nullopt;
}

}  // namespace

ReportingChain::ReportingChain(const std::vector<SupervisorLink>& links, const PersonName& name) {
    for (const auto& link : links) {
        const auto [it, added] = m_supervisor.emplace(link.person, link.supervisor);
        if (!added && it->second != link.supervisor) {
            throw InputError(message(N_("{} has two supervisors: {} and {}"),
                                     person_name(name, link.person), person_name(name, it->second),
                                     person_name(name, link.supervisor)));
        }
    }
    if (const auto cycle = find_cycle(m_supervisor)) {
        std::string text;
        for (PersonKey p : *cycle) {
            text += person_name(name, p) + " → ";
        }
        text += person_name(name, cycle->front());
        throw InputError(message(
            N_("the reporting chain goes round in a circle: {} (each reports to the next)"), text));
    }
    for (const auto& [person, boss] : m_supervisor) {
        m_reports[boss].push_back(person);
    }
    for (auto& [boss, reports] : m_reports) {
        std::sort(reports.begin(), reports.end());
    }
}

std::optional<PersonKey> ReportingChain::supervisor_of(PersonKey person) const {
    const auto it = m_supervisor.find(person);
    if (it == m_supervisor.end()) {
        return std::nullopt;
    }
    return it->second;
}

const std::vector<PersonKey>& ReportingChain::direct_reports(PersonKey supervisor) const {
    static const std::vector<PersonKey> none;
    const auto it = m_reports.find(supervisor);
    return it == m_reports.end() ? none : it->second;
}

bool is_above(const ReportingChain& chain, PersonKey supervisor, PersonKey person) {
    // Ends: the constructor refused every loop.
    for (auto up = chain.supervisor_of(person); up; up = chain.supervisor_of(*up)) {
        if (*up == supervisor) {
            return true;
        }
    }
    return false;
}

std::vector<PersonKey> team_of(const ReportingChain& chain, PersonKey supervisor) {
    // Depth first with an explicit stack: a deep organisation cannot overflow the call stack.
    std::vector<PersonKey> team;
    std::vector<PersonKey> stack;
    const auto push_reports = [&](PersonKey boss) {
        const auto& reports = chain.direct_reports(boss);
        stack.insert(stack.end(), reports.rbegin(), reports.rend());
    };
    push_reports(supervisor);
    while (!stack.empty()) {
        const PersonKey next = stack.back();
        stack.pop_back();
        team.push_back(next);
        push_reports(next);
    }
    return team;
}

std::vector<PersonKey> supervisors_above(const ReportingChain& chain, PersonKey person) {
    std::vector<PersonKey> above;
    for (auto up = chain.supervisor_of(person); up; up = chain.supervisor_of(*up)) {
        above.push_back(*up);
    }
    return above;
}

}  // namespace polku
