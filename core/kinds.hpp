#pragma once
// The closed vocabularies of the domain and their names in files and the database.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace polku {

// Kinds are one namespace (domain.md "Counting, precisely"): the event kinds, then the
// activity kind self_study. An activity of kind coaching or other shares that event kind.
// The order is the order reports list them in.
enum class Kind {
    course,
    workshop,
    seminar,
    coaching,
    wellbeing_day,
    e_learning,
    study_visit,
    other,
    self_study
};
enum class AttendanceStatus { present, partial, absent, excused };
enum class Gender { female, male, other };
enum class Education { isced_0_2, isced_3_4, isced_5_8 };
enum class LabourStatus { employed, self_employed, unemployed, long_term_unemployed, inactive };
enum class DeliveryMode { onsite, remote, hybrid };
enum class DayRounding { none, half_day_down };

bool is_event_kind(Kind kind);     // every kind but self_study
bool is_activity_kind(Kind kind);  // self_study, coaching, other

template <typename E>
struct EnumNames;

#define POLKU_ENUM_NAMES(E, ...)                           \
    template <>                                            \
    struct EnumNames<E> {                                  \
        static constexpr std::array names = {__VA_ARGS__}; \
    }

using namespace std::string_view_literals;
POLKU_ENUM_NAMES(Kind, "course"sv, "workshop"sv, "seminar"sv, "coaching"sv, "wellbeing_day"sv,
                 "e_learning"sv, "study_visit"sv, "other"sv, "self_study"sv);
POLKU_ENUM_NAMES(AttendanceStatus, "present"sv, "partial"sv, "absent"sv, "excused"sv);
POLKU_ENUM_NAMES(Gender, "female"sv, "male"sv, "other"sv);
POLKU_ENUM_NAMES(Education, "isced_0_2"sv, "isced_3_4"sv, "isced_5_8"sv);
POLKU_ENUM_NAMES(LabourStatus, "employed"sv, "self_employed"sv, "unemployed"sv,
                 "long_term_unemployed"sv, "inactive"sv);
POLKU_ENUM_NAMES(DeliveryMode, "onsite"sv, "remote"sv, "hybrid"sv);
POLKU_ENUM_NAMES(DayRounding, "none"sv, "half_day_down"sv);
#undef POLKU_ENUM_NAMES

template <typename E>
std::string_view name_of(E value) {
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

// Exact, case-sensitive match of a stored or typed name.
template <typename E>
std::optional<E> enum_from_name(std::string_view name) {
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

// "present, partial, absent, excused": for messages that say what is expected.
template <typename E>
std::string names_list() {
    std::string out;
    for (auto name : EnumNames<E>::names) {
        if (!out.empty()) {
            out += ", ";
        }
        out += name;
    }
    return out;
}

}  // namespace polku
