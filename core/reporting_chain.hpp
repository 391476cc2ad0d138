#pragma once
// Who reports to whom (domain.md "Competence paths": "Supervisors see, and may sign off for,
// everyone who reports to them, directly or below"). Built from (person → supervisor) pairs,
// the people's supervisor column; a chain that loops is refused when it is built, so every
// walk up or down the chain ends.

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/counting_input.hpp"

namespace polku {

// One person and their direct supervisor.
struct SupervisorLink {
    PersonKey person = 0;
    PersonKey supervisor = 0;
};

// How a message names a person (e.g. their employee id). Without one, "person 42": core knows
// only keys, and the caller knows what its users call people.
using PersonName = std::function<std::string(PersonKey)>;
std::string person_name(const PersonName& name, PersonKey person);

class ReportingChain {
  public:
    // Throws InputError when a person has two different supervisors, and InputError naming
    // the people in order ("E1 → E2 → E3 → E1", each reporting to the next) when the chain
    // loops, someone reporting to themselves included. The same pair twice is fine.
    explicit ReportingChain(const std::vector<SupervisorLink>& links, const PersonName& name = {});
    ReportingChain() = default;

    std::optional<PersonKey> supervisor_of(PersonKey person) const;
    // Ascending by key; empty for someone nobody reports to.
    const std::vector<PersonKey>& direct_reports(PersonKey supervisor) const;

  private:
    std::unordered_map<PersonKey, PersonKey> m_supervisor;
    std::unordered_map<PersonKey, std::vector<PersonKey>> m_reports;
};

// True when `person` reports to `supervisor` directly or through anyone in between. Nobody is
// above themselves.
bool is_above(const ReportingChain& chain, PersonKey supervisor, PersonKey person);

// Everyone below `supervisor`, at any depth, as an organisation chart reads: each direct report
// (ascending by key) followed at once by their own team. Excludes the supervisor.
std::vector<PersonKey> team_of(const ReportingChain& chain, PersonKey supervisor);

// The supervisors above `person`, the direct one first, up to the top.
std::vector<PersonKey> supervisors_above(const ReportingChain& chain, PersonKey person);

}  // namespace polku
