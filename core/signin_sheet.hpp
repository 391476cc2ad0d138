#pragma once
// The sign-in sheet of one session: what is printed above the signatures, and who is
// expected to sign. Auditors ask for signed lists; HR prints the sheet before the session
// and enters the attendance marks from it afterwards.

#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/kinds.hpp"

namespace polku {

struct SigninParticipant {
    std::string employee_id;
    std::string name;  // "Last, First" (signin_name): a paper list is searched by surname
    std::string unit;  // empty when the person has none
    bool operator==(const SigninParticipant&) const = default;
};

// Where the expected participants came from, in the order they are preferred.
enum class ParticipantSource {
    target_group,      // the members of the event's target group
    previous_session,  // present or partial at an earlier session of the event
    marked,            // already marked (any status) for this session
    none,              // nobody is known: the sheet is all blank rows
};

// The candidate lists, each in any order; the first that is not empty wins.
struct SigninCandidates {
    std::vector<SigninParticipant> target_group;
    // Present or partial at the latest earlier session of the event that has such marks (a
    // session whose marks are not entered yet does not empty the list).
    std::vector<SigninParticipant> previous_session;
    std::vector<SigninParticipant> marked;
};

struct ExpectedParticipants {
    ParticipantSource source = ParticipantSource::none;
    std::vector<SigninParticipant> participants;  // in signin order, one per employee id
};

struct SigninSheet {
    std::string project_code;
    std::string project_name;
    std::string event_id;
    std::string event_title;
    Kind event_kind = Kind::course;
    Date date;
    int start = 0;      // minutes since midnight
    int end = 0;        // minutes since midnight
    std::string place;  // empty when the event has none
    ParticipantSource source = ParticipantSource::none;
    std::vector<SigninParticipant> participants;  // in signin order
};

// "Virtanen, Anna"
std::string signin_name(std::string_view first_name, std::string_view last_name);

// The first non-empty candidate list (target group, else previous session, else marked),
// without repeated employee ids, in signin order.
ExpectedParticipants choose_expected(SigninCandidates candidates);

// The order names are printed in: by the Finnish alphabet first (case ignored; å, ä and ö after
// z in that order; ü sorts as y; any other letter after those, by its code point), then by the
// name's bytes, then by employee id, so the same people always come out in the same order.
bool signin_order(const SigninParticipant& a, const SigninParticipant& b);

}  // namespace polku
