#pragma once
// The rows of formats.md's seven import files as typed values. Names (codes, employee ids,
// event ids) refer to other records; db/ resolves them to stored ids.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/kinds.hpp"

namespace polku {

// "PROJECT:GROUP"
struct GroupRef {
    std::string project;
    std::string group;
    bool operator==(const GroupRef&) const = default;
};

struct ProjectRecord {
    std::string code;
    std::string name;
    std::optional<std::string> implementer;
    std::optional<std::string> implementer_business_id;
    std::optional<std::string> authority;
    std::optional<Date> start;
    std::optional<Date> end;
    std::optional<Date> extended_end;
    int day_minutes = 360;
    bool cap_per_day = true;
    DayRounding rounding = DayRounding::none;
    std::vector<Kind> excluded_kinds;  // sorted, distinct
};

struct TargetRecord {
    std::string project;
    std::string metric;
    std::optional<std::string> target_group;  // group name inside the project
    std::int64_t planned_hundredths = 0;
};

struct PersonRecord {
    std::string employee_id;
    std::string first_name;
    std::string last_name;
    std::optional<std::string> email;
    std::optional<std::string> organisation;
    std::optional<std::string> unit;
    std::optional<std::string> supervisor_id;  // an employee_id
    std::optional<Gender> gender;
    std::optional<int> birth_year;
    std::optional<Education> education;
    std::optional<LabourStatus> labour_status;
    std::vector<GroupRef> target_groups;
};

struct EventRecord {
    std::string event_id;
    std::string project;
    std::string title;
    Kind kind = Kind::course;
    std::optional<std::string> work_package;
    std::optional<std::string> course;
    std::optional<std::string> provider;
    std::optional<DeliveryMode> mode;
    std::optional<std::int64_t> cost_cents;
    std::optional<std::string> place;
    std::optional<std::string> target_group;  // group name inside the event's project
};

struct SessionRecord {
    std::string event_id;
    Date date;
    int start = 0;  // minutes since midnight
    int end = 0;
    int break_minutes = 0;
    int length() const { return end - start - break_minutes; }
};

struct AttendanceRecord {
    std::string event_id;
    Date date;
    std::optional<int> start;  // needed only where the event has two sessions that day
    std::string employee_id;
    AttendanceStatus status = AttendanceStatus::present;
    std::optional<int> minutes;  // partial only
};

struct ActivityRecord {
    std::string employee_id;
    std::string project;
    Date date;
    Kind kind = Kind::self_study;  // self_study, coaching or other
    int minutes = 0;
    std::optional<std::string> description;
};

}  // namespace polku
