// polku-bench-paths: writes the import files of a project with competence paths, sized for the
// paths report benchmark (issue: 20,000 people × 5 paths × 12 steps). Standard library only;
// the output depends on the arguments alone (splitmix64, not the library's distributions).
//
// The organisation: one head, 20 managers under them, 400 team leads under the managers,
// everyone else under a team lead. Every person is in the target group "Kaikki", which each
// path is assigned to. Courses build competences; each person attends two course events and
// a workshop tagged with a competence, and logs two self-study activities tagged with one.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace {

std::uint64_t g_state = 1;

std::uint64_t next_random() {
    std::uint64_t z = (g_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

long long below(long long n) {
    return static_cast<long long>(next_random() % static_cast<std::uint64_t>(n));
}

std::string pad(long long n, int width) {
    std::string s = std::to_string(n);
    return std::string(s.size() < static_cast<std::size_t>(width) ? width - s.size() : 0, '0') + s;
}

std::string person_id(long long i) {
    return "P" + pad(i, 6);
}

// Days from 2025-01-01 as an ISO date (no month has fewer than 28 days: keep to those).
std::string date_of(long long day) {
    const long long year = 2025 + day / 336;
    const long long month = day % 336 / 28 + 1;
    const long long dom = day % 28 + 1;
    return std::to_string(year) + "-" + pad(month, 2) + "-" + pad(dom, 2);
}

constexpr int kCourses = 20;
constexpr int kEventsPerCourse = 10;
constexpr int kSessionsPerCourseEvent = 4;
constexpr int kCompetences = 30;
constexpr int kWorkshops = 50;
constexpr int kPaths = 5;
constexpr int kSteps = 12;

// Session `s` of course event `e` (both from 0), on a weekday-like spread over 2025.
long long course_session_day(long long e, int s) {
    return 20 + (e * 3) % 280 + s * 7;
}
long long workshop_day(long long w) {
    return 40 + (w * 5) % 300;
}

}  // namespace

int main(int argc, char** argv) {
    std::string out;
    long long people = 20000;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--out" && i + 1 < argc) {
            out = argv[++i];
        } else if (arg == "--people" && i + 1 < argc) {
            people = std::atoll(argv[++i]);
        } else if (arg == "--seed" && i + 1 < argc) {
            g_state = std::strtoull(argv[++i], nullptr, 10);
        } else {
            std::fprintf(stderr, "usage: polku-bench-paths --out DIR [--people N] [--seed N]\n");
            return 2;
        }
    }
    if (out.empty() || people < 500) {
        std::fprintf(stderr, "polku-bench-paths: give --out DIR and at least 500 people\n");
        return 2;
    }
    std::filesystem::create_directories(out);
    const auto file = [&](const char* name) { return std::ofstream(out + "/" + name); };

    file("projects.csv") << "code,name,implementer,start,end\n"
                            "PATHS,Polkujen suorituskykytesti,Testikunta,2025-01-01,2027-12-31\n";

    {
        auto f = file("people.csv");
        f << "employee_id,first_name,last_name,supervisor_id,target_groups\n";
        static const char* const first[] = {"Anna",  "Mikko", "Liisa", "Juha",  "Sari",
                                            "Ville", "Aino",  "Eero",  "Helmi", "Oskari"};
        static const char* const last[] = {"Virtanen", "Korhonen", "Mäkinen",   "Nieminen",
                                           "Lahtinen", "Äijälä",   "Heikkinen", "Koskinen",
                                           "Järvinen", "Öhman"};
        for (long long i = 1; i <= people; ++i) {
            std::string supervisor;
            if (i >= 2 && i <= 21) {
                supervisor = person_id(1);
            } else if (i >= 22 && i <= 421) {
                supervisor = person_id(2 + (i - 22) % 20);
            } else if (i > 421) {
                supervisor = person_id(22 + (i - 422) % 400);
            }
            f << person_id(i) << ',' << first[below(10)] << ',' << last[below(10)] << ','
              << supervisor << ",PATHS:Kaikki\n";
        }
    }

    file("competences.csv") << [] {
        std::string s = "framework,id_number,parent,name\n";
        for (int c = 1; c <= kCompetences; ++c) {
            s += "BENCH,C" + pad(c, 2) + ",,Osaaminen " + std::to_string(c) + "\n";
        }
        return s;
    }();
    file("course_competences.csv") << [] {
        std::string s = "course,competence,required_share\n";
        for (int k = 1; k <= kCourses; ++k) {
            s += "Kurssi " + pad(k, 2) + ",C" + pad(k, 2) + "," + (k % 2 ? "75" : "100") + "\n";
        }
        return s;
    }();

    {
        auto events = file("events.csv");
        auto sessions = file("sessions.csv");
        auto tags = file("event_competences.csv");
        events << "event_id,project,title,kind,course\n";
        sessions << "event_id,date,start,end,break_minutes\n";
        tags << "event_id,competence\n";
        for (long long e = 0; e < kCourses * kEventsPerCourse; ++e) {
            const std::string id = "K" + pad(e, 4);
            const std::string course = "Kurssi " + pad(e / kEventsPerCourse + 1, 2);
            events << id << ",PATHS," << course << " (" << e % kEventsPerCourse + 1 << "),course,"
                   << course << "\n";
            for (int s = 0; s < kSessionsPerCourseEvent; ++s) {
                sessions << id << ',' << date_of(course_session_day(e, s)) << ",9:00,12:00,0\n";
            }
        }
        for (long long w = 0; w < kWorkshops; ++w) {
            const std::string id = "W" + pad(w, 3);
            events << id << ",PATHS,Työpaja " << w + 1 << ",workshop,\n";
            sessions << id << ',' << date_of(workshop_day(w)) << ",9:00,15:00,30\n";
            tags << id << ",C" << pad(21 + w % 10, 2) << "\n";
        }
    }

    {
        auto attendance = file("attendance.csv");
        auto activities = file("activities.csv");
        auto tags = file("activity_competences.csv");
        attendance << "event_id,date,employee_id,status,minutes\n";
        activities << "employee_id,project,date,kind,minutes,description\n";
        tags << "employee_id,project,date,kind,competence\n";
        for (long long i = 1; i <= people; ++i) {
            const std::string who = person_id(i);
            const long long first_event = below(kCourses * kEventsPerCourse);
            long long second_event = below(kCourses * kEventsPerCourse);
            if (second_event / kEventsPerCourse == first_event / kEventsPerCourse) {
                second_event = (second_event + kEventsPerCourse) % (kCourses * kEventsPerCourse);
            }
            for (const long long e : {first_event, second_event}) {
                for (int s = 0; s < kSessionsPerCourseEvent; ++s) {
                    const long long roll = below(10);
                    const char* status = roll < 7 ? "present" : roll < 9 ? "partial" : "absent";
                    attendance << 'K' << pad(e, 4) << ',' << date_of(course_session_day(e, s))
                               << ',' << who << ',' << status << ','
                               << (roll >= 7 && roll < 9 ? std::to_string(60 + below(120)) : "")
                               << "\n";
                }
            }
            const long long w = below(kWorkshops);
            attendance << 'W' << pad(w, 3) << ',' << date_of(workshop_day(w)) << ',' << who
                       << ",present,\n";
            for (int a = 0; a < 2; ++a) {
                const std::string date = date_of(10 + a * 150 + below(140));
                const char* kind = a == 0 ? "self_study" : "coaching";
                activities << who << ",PATHS," << date << ',' << kind << ',' << 30 + below(240)
                           << ",Itseopiskelu\n";
                tags << who << ",PATHS," << date << ',' << kind << ",C" << pad(21 + below(10), 2)
                     << "\n";
            }
        }
    }

    {
        auto paths = file("paths.csv");
        auto steps = file("path_steps.csv");
        auto assignments = file("assignments.csv");
        paths << "project,path_id,name,target_group\n";
        steps << "project,path_id,step,kind,title,competence,minutes,course,mandatory,due_days\n";
        assignments << "project,path_id,target_group,start,due\n";
        for (int p = 1; p <= kPaths; ++p) {
            const std::string id = "POLKU" + std::to_string(p);
            paths << "PATHS," << id << ",Polku " << p << ",Kaikki\n";
            for (int s = 1; s <= kSteps; ++s) {
                steps << "PATHS," << id << ',' << s << ',';
                if (s <= 4) {
                    steps << "course,,,,"
                          << "Kurssi " << pad((p * 4 + s) % kCourses + 1, 2);
                } else if (s <= 9) {
                    steps << "competence,,C" << pad(21 + (p + s) % 10, 2) << ','
                          << 120 + 60 * (s % 4) << ',';
                } else if (s <= 11) {
                    steps << "signoff,Kehityskeskustelu " << s - 9 << ",,,";
                } else {
                    steps << "competence,,C" << pad((p + s) % kCourses + 1, 2) << ",90,";
                }
                steps << ',' << (s == 12 ? "no" : "yes") << ',' << 30 * s << "\n";
            }
            assignments << "PATHS," << id << ",Kaikki,2025-02-01,2026-12-31\n";
        }
    }

    {
        auto signoffs = file("signoffs.csv");
        signoffs << "project,path_id,step,employee_id,date,by,note\n";
        for (long long i = 22; i <= people; ++i) {
            if (below(5) != 0) {
                continue;
            }
            const std::string supervisor =
                i <= 421 ? person_id(2 + (i - 22) % 20) : person_id(22 + (i - 422) % 400);
            signoffs << "PATHS,POLKU" << 1 + below(kPaths) << ",10," << person_id(i) << ','
                     << date_of(200 + below(100)) << ',' << supervisor << ",Hyvä keskustelu\n";
        }
    }
    return 0;
}
