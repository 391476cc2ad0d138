#pragma once
// How many minutes one mark in one session gives (domain.md "Person-training days", rule 1).

#include <optional>

#include "core/kinds.hpp"

namespace polku {

// end − start − breaks, in minutes.
int session_length(int start_minute, int end_minute, int break_minutes);

// Present: the whole length; partial: its own minutes, never more than the length;
// absent and excused: zero.
int attended_minutes(AttendanceStatus status, std::optional<int> partial_minutes, int length);

}  // namespace polku
