#pragma once
// A generated database for the list tests (tests/db and tests/gui): N events with kinds,
// work packages, titles, sessions and some attendance, and N people with organisations,
// units and supervisors, imported through the importers as a user's files would be. Every
// attribute is a function of the row's number, so a test computes what a filter must keep
// without asking the database.

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "app/import_service.hpp"
#include "core/date.hpp"
#include "core/import_kind.hpp"
#include "core/kinds.hpp"
#include "db/database.hpp"
#include "tests/support/files.hpp"

namespace polku::test::lists {

inline constexpr std::array<Kind, 8> kEventKinds = {
    Kind::course,        Kind::workshop,   Kind::seminar,     Kind::coaching,
    Kind::wellbeing_day, Kind::e_learning, Kind::study_visit, Kind::other};

// Events that have attendance marks (the rest have none, which keeps the import quick).
inline constexpr int kMarkedEvents = 300;
// The one event with a title word no other has.
inline constexpr int kOddOne = 3141;

inline std::string numbered(const char* prefix, int n, int digits) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%0*d", prefix, digits, n);
    return buf;
}

// Events are numbered 1..n.
inline std::string event_code(int i) {
    return numbered("EV", i, 5);
}
inline Kind event_kind(int i) {
    return kEventKinds[static_cast<std::size_t>(i % 8)];
}
inline std::string event_project(int i) {
    return i % 2 ? "P1" : "P2";
}
inline std::optional<std::string> event_work_package(int i) {
    if (i % 3 == 0) {
        return std::nullopt;
    }
    return i % 3 == 1 ? "Koulutus" : "Työhyvinvointi";
}
inline std::string event_title(int i) {
    if (i == kOddOne) {
        return "Öljyvärimaalauksen alkeet";
    }
    static const std::array<const char*, 4> titles = {
        "Ensiapukurssi", "Äidinkielen työpaja", "Lääkehoidon koulutus", "Työhyvinvointipäivä"};
    return std::string(titles[static_cast<std::size_t>(i % 4)]) + " " + std::to_string(i);
}
// 0 to 3 sessions, a week apart.
inline int session_count(int i) {
    return i % 4;
}
inline Date session_date(int i, int k) {
    const Date first{std::chrono::year{2020}, std::chrono::month{1}, std::chrono::day{6}};
    return add_days(first, (i * 13) % 1500 + 7 * k);
}
// Different people present (P0001…) at every session of the event; one more is absent.
inline int participant_count(int i) {
    return i <= kMarkedEvents && session_count(i) > 0 ? i % 7 : 0;
}

inline void import_csv(db::Database& db, const std::filesystem::path& dir, ImportKind kind,
                       const std::string& content) {
    const auto path = dir / (std::string(import_kind_name(kind)) + ".csv");
    write_file(path, content);
    app::import_file(db, kind, path.string(), app::ImportOptions{});
    std::filesystem::remove(path);
}

// Projects P1 and P2, people P0001..P0099 and events 1..n with their sessions and marks.
inline void import_events(db::Database& db, const std::filesystem::path& dir, int n) {
    import_csv(db, dir, ImportKind::projects,
               "code;name;start;end\nP1;Hoiva osaa;1.1.2020;31.12.2025\n"
               "P2;Digiloikka;1.1.2020;31.12.2025\n");
    std::string people = "employee_id,first_name,last_name\n";
    for (int p = 1; p <= 99; ++p) {
        people += numbered("P", p, 4) + ",Anna,Osallistuja\n";
    }
    import_csv(db, dir, ImportKind::people, people);
    std::string events = "event_id,project,title,kind,work_package\n";
    std::string sessions = "event_id,date,start,end\n";
    std::string marks = "event_id,date,employee_id,status\n";
    for (int i = 1; i <= n; ++i) {
        events += event_code(i) + "," + event_project(i) + "," + event_title(i) + "," +
                  std::string(name_of(event_kind(i))) + "," + event_work_package(i).value_or("") +
                  "\n";
        for (int k = 0; k < session_count(i); ++k) {
            const auto date = format_iso_date(session_date(i, k));
            sessions += event_code(i) + "," + date + ",9:00,12:00\n";
            if (i <= kMarkedEvents) {
                for (int p = 1; p <= participant_count(i); ++p) {
                    marks += event_code(i) + "," + date + "," + numbered("P", p, 4) + ",present\n";
                }
                marks += event_code(i) + "," + date + ",P0099,absent\n";
            }
        }
    }
    import_csv(db, dir, ImportKind::events, events);
    import_csv(db, dir, ImportKind::sessions, sessions);
    import_csv(db, dir, ImportKind::attendance, marks);
}

// People are numbered 1..n.
inline const std::array<const char*, 12> kLastNames = {
    "Aalto", "Heikkinen", "Hämäläinen", "Korhonen", "Laine",  "Mäkinen",
    "Niemi", "Rantanen",  "Virtanen",   "Äijälä",   "Östman", "Öhman"};
inline const std::array<const char*, 10> kFirstNames = {
    "Aino", "Eero", "Helmi", "Juhani", "Kaarina", "Lauri", "Maria", "Oskari", "Sofia", "Väinö"};

inline std::string person_id(int i) {
    return numbered("H", i, 6);
}
inline std::string person_last_name(int i) {
    return kLastNames[static_cast<std::size_t>(i % 12)];
}
inline std::string person_first_name(int i) {
    return kFirstNames[static_cast<std::size_t>((i / 12) % 10)];
}
inline std::string person_organisation(int i) {
    return i % 2 ? "Oulunkaaren kuntayhtymä" : "Pohjois-Pohjanmaan hyvinvointialue";
}
inline std::string person_unit(int i) {
    return "Yksikkö " + std::to_string(i % 37);
}
// The first hundred have no supervisor; everyone else one of them.
inline std::optional<int> person_supervisor(int i) {
    return i > 100 ? std::optional<int>(i % 100 + 1) : std::nullopt;
}

inline void import_people(db::Database& db, const std::filesystem::path& dir, int n) {
    std::string people = "employee_id,first_name,last_name,organisation,unit,supervisor_id\n";
    for (int i = 1; i <= n; ++i) {
        const auto boss = person_supervisor(i);
        people += person_id(i) + "," + person_first_name(i) + "," + person_last_name(i) + "," +
                  person_organisation(i) + "," + person_unit(i) + "," +
                  (boss ? person_id(*boss) : std::string()) + "\n";
    }
    import_csv(db, dir, ImportKind::people, people);
}

// The numbers of people 1..n in list order (last name, first name, employee id; byte order,
// as SQLite and PostgreSQL's C.UTF-8 compare).
inline std::vector<int> people_in_list_order(int n) {
    std::vector<int> order;
    for (int i = 1; i <= n; ++i) {
        order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [](int a, int b) {
        const auto ka = std::make_tuple(person_last_name(a), person_first_name(a), person_id(a));
        const auto kb = std::make_tuple(person_last_name(b), person_first_name(b), person_id(b));
        return ka < kb;
    });
    return order;
}

}  // namespace polku::test::lists
