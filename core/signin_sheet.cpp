#include "core/signin_sheet.hpp"

#include "core/finnish_order.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_set>

namespace polku {

std::string signin_name(std::string_view first_name, std::string_view last_name) {
    std::string name(last_name);
    name += ", ";
    name += first_name;
    return name;
}

bool signin_order(const SigninParticipant& a, const SigninParticipant& b) {
    const auto ka = finnish_sort_key(a.name);
    const auto kb = finnish_sort_key(b.name);
    if (ka != kb) {
        return ka < kb;
    }
    if (a.name != b.name) {
        return a.name < b.name;
    }
    return a.employee_id < b.employee_id;
}

ExpectedParticipants choose_expected(SigninCandidates candidates) {
    ExpectedParticipants out;
    if (!candidates.target_group.empty()) {
        out = {ParticipantSource::target_group, std::move(candidates.target_group)};
    } else if (!candidates.previous_session.empty()) {
        out = {ParticipantSource::previous_session, std::move(candidates.previous_session)};
    } else if (!candidates.marked.empty()) {
        out = {ParticipantSource::marked, std::move(candidates.marked)};
    } else {
        return out;
    }
    auto& list = out.participants;
    std::sort(list.begin(), list.end(), signin_order);
    // One line per person: a list built from joins may name someone twice.
    std::unordered_set<std::string> seen;
    list.erase(std::remove_if(
                   list.begin(), list.end(),
                   [&](const SigninParticipant& p) { return !seen.insert(p.employee_id).second; }),
               list.end());
    return out;
}

}  // namespace polku
