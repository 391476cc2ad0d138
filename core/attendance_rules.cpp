#include "core/attendance_rules.hpp"

#include <algorithm>

namespace polku {

int session_length(int start_minute, int end_minute, int break_minutes) {
    return std::max(0, end_minute - start_minute - break_minutes);
}

int attended_minutes(AttendanceStatus status, std::optional<int> partial_minutes, int length) {
    switch (status) {
        case AttendanceStatus::present:
            return length;
        case AttendanceStatus::partial:
            return std::clamp(partial_minutes.value_or(0), 0, length);
        case AttendanceStatus::absent:
        case AttendanceStatus::excused:
            return 0;
    }
    return 0;
}

}  // namespace polku
