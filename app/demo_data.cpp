#include "app/demo_data.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/attendance_rules.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "core/time_of_day.hpp"
#include "core/training_day_calculator.hpp"
#include "db/database.hpp"
#include "db/record_importer.hpp"

namespace polku::app {

namespace {

using namespace std::chrono;
using Row = std::vector<std::string>;

// The seed's final report (OSKU, S10873): 707 started, 626 of them women, 1035
// participations in about 200 trainings (ten wellbeing days with 520 participants, two
// seminars with 176), 2028 person-training days against the 2352 planned.
constexpr int kPeople = 707;
constexpr int kWomen = 626;
constexpr int kParticipations = 1035;
constexpr int kTargetDays = 2028;
constexpr int kDayMinutes = 360;

// xorshift64*: the same sample on every machine (std distributions are not portable).
class Random {
  public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ULL;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    template <typename T>
    void shuffle(std::vector<T>& v) {
        for (std::size_t i = v.size(); i > 1; --i) {
            std::swap(v[i - 1], v[static_cast<std::size_t>(below(static_cast<int>(i)))]);
        }
    }

  private:
    std::uint64_t m_state;
};

constexpr const char* kWomenNames[] = {
    "Aino",  "Anna",    "Anneli", "Eija",  "Elina", "Hanna", "Heli",   "Helena",
    "Irma",  "Johanna", "Kaisa",  "Katja", "Kirsi", "Leena", "Liisa",  "Maarit",
    "Marja", "Merja",   "Minna",  "Niina", "Päivi", "Pirjo", "Riitta", "Sari",
    "Satu",  "Seija",   "Sirpa",  "Tarja", "Terhi", "Tuula", "Ulla",   "Äili"};
constexpr const char* kMenNames[] = {"Antti", "Esa",  "Hannu",  "Heikki", "Jari",  "Juha",
                                     "Jukka", "Kari", "Markku", "Matti",  "Mikko", "Pekka",
                                     "Petri", "Timo", "Veikko", "Yrjö"};
constexpr const char* kLastNames[] = {
    "Alatalo",    "Heikkinen", "Hyvönen",  "Jokela",   "Juntunen", "Kangas",   "Karjalainen",
    "Kemppainen", "Kinnunen",  "Koivisto", "Korhonen", "Laitinen", "Lehtonen", "Mäkelä",
    "Määttä",     "Niskanen",  "Pesonen",  "Pietilä",  "Rautio",   "Räisänen", "Salo",
    "Seppälä",    "Tervonen",  "Toivanen", "Turunen",  "Väisänen", "Ylitalo",  "Östman",
    "Haapalahti", "Kärsämä",   "Pätsi",    "Törmänen"};
constexpr const char* kUnits[] = {"Hoitotyö", "Kotihoito", "Hallintopalvelut", "Tekniset palvelut",
                                  "Ympäristöpalvelut"};
constexpr const char* kMunicipalities[] = {"Iin kunta", "Pudasjärven kaupunki", "Utajärven kunta",
                                           "Vaalan kunta"};
constexpr const char* kGroupCore = "Kuntayhtymän henkilöstö";
constexpr const char* kGroupMunicipal = "Jäsenkuntien henkilöstö";  // joined mid-project
constexpr const char* kGroupSupervisors = "Esihenkilöt";

struct SessionSpec {
    Date date;
    int start, end, breaks;
};

struct EventSpec {
    std::string code, title;
    Kind kind;
    std::string work_package, provider, mode, place;
    std::vector<SessionSpec> sessions;
    int participants;
};

Date ymd(int y, unsigned m, unsigned d) {
    return Date{year{y}, month{m}, day{d}};
}

// 0 = Sunday … 6 = Saturday
unsigned weekday_of(Date d) {
    return std::chrono::weekday{sys_days{d}}.c_encoding();
}

// Everything the sample holds, as the rows of formats.md's files.
struct Sample {
    std::vector<Row> projects, targets, people, events, sessions, attendance, activities;
    CountingInput counting;  // the same data as the engine sees it, to hit the figures exactly
};

void add_people(Sample& s, Random& rng) {
    std::vector<int> order(kPeople);
    for (int i = 0; i < kPeople; ++i)
        order[static_cast<std::size_t>(i)] = i;
    rng.shuffle(order);
    std::vector<bool> woman(kPeople, false);
    for (int i = 0; i < kWomen; ++i)
        woman[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])] = true;

    // The first person of each organisation unit supervises the rest of it.
    std::map<std::string, std::string> supervisor_of_unit;
    for (int i = 0; i < kPeople; ++i) {
        const bool municipal = i >= 407;  // the group that grew the target group mid-project
        const std::string org = municipal ? kMunicipalities[i % 4] : "Oulunkaaren kuntayhtymä";
        const std::string unit = municipal ? "Perusturva" : kUnits[i % 5];
        const std::string id = "OSKU" +
                               std::string(i < 9    ? "000"
                                           : i < 99 ? "00"
                                                    : "0") +
                               std::to_string(i + 1);
        auto [it, first] = supervisor_of_unit.emplace(org + "/" + unit, id);
        const bool w = woman[static_cast<std::size_t>(i)];
        const std::string first_name = w ? kWomenNames[rng.below(32)] : kMenNames[rng.below(16)];
        std::string groups = std::string("S10873:") + (municipal ? kGroupMunicipal : kGroupCore);
        if (first)
            groups += std::string("|S10873:") + kGroupSupervisors;
        static constexpr const char* kEducation[] = {"isced_0_2", "isced_3_4", "isced_3_4",
                                                     "isced_5_8", "isced_5_8", ""};
        const int birth_year = 1949 + rng.below(42);
        s.people.push_back(
            {id, first_name, kLastNames[rng.below(32)], ascii_lower(id) + "@oulunkaari.example",
             org, unit, first ? "" : it->second, w ? "female" : "male", std::to_string(birth_year),
             kEducation[rng.below(6)], "employed", groups});
        PersonFacts facts;
        facts.id = i + 1;
        facts.gender = w ? Gender::female : Gender::male;
        facts.birth_year = birth_year;
        s.counting.people.push_back(facts);
    }
}

std::vector<EventSpec> event_plan(Random& rng) {
    std::vector<EventSpec> events;
    // Autumn 2011: ten wellbeing days for the whole staff, 520 participants in all.
    for (int k = 0; k < 10; ++k) {
        events.push_back({"TH" + std::to_string(k + 1),
                          "Työhyvinvointipäivä " + std::to_string(k + 1),
                          Kind::wellbeing_day,
                          "Työhyvinvointi",
                          "Oulunkaaren kuntayhtymä",
                          "onsite",
                          "Pudasjärvi",
                          {{add_days(ymd(2011, 9, 6), 7 * k), 8 * 60 + 30, 15 * 60 + 30, 60}},
                          52});
    }
    // February 2012: two seminars with the same content, 176 participants.
    for (int k = 0; k < 2; ++k) {
        events.push_back({"SEM" + std::to_string(k + 1),
                          "Työhyvinvointiseminaari",
                          Kind::seminar,
                          "Työhyvinvointi",
                          "Oulunkaaren kuntayhtymä",
                          "onsite",
                          k == 0 ? "Ii" : "Utajärvi",
                          {{ymd(2012, 2, 14 + 7 * k), 9 * 60, 16 * 60, 60}},
                          88});
    }
    // About 190 trainings from May 2009 to August 2011: courses of eight days, half-day
    // workshops, coaching in two-hour sessions, e-learning days and study visits.
    struct Kindplan {
        Kind kind;
        int count;
        const char* title;
        const char* package;
        int sessions, start, end, breaks, spacing;
    };
    static constexpr Kindplan kPlan[] = {
        {Kind::course, 60, "Sähköisen potilaskertomuksen käyttö", "Osaamisen kehittäminen", 8,
         8 * 60 + 15, 15 * 60, 45, 7},
        {Kind::workshop, 40, "Työyhteisötaidot", "Työyhteisöjen kehittäminen", 2, 9 * 60, 12 * 60,
         0, 14},
        {Kind::coaching, 70, "Esimiesvalmennus", "Esimiestyö", 3, 13 * 60, 15 * 60, 0, 21},
        {Kind::e_learning, 10, "Verkkokurssi: tietoturva", "Osaamisen kehittäminen", 1, 9 * 60,
         15 * 60 + 30, 30, 1},
        {Kind::study_visit, 8, "Opintokäynti", "Työyhteisöjen kehittäminen", 1, 8 * 60, 16 * 60, 60,
         1},
    };
    const Date first = ymd(2009, 5, 4);
    const int window = days_between(first, ymd(2011, 6, 30));
    int number = 0;
    for (const auto& plan : kPlan) {
        for (int k = 0; k < plan.count; ++k) {
            EventSpec e{"K" + std::to_string(++number),
                        std::string(plan.title) + " " + std::to_string(k + 1),
                        plan.kind,
                        plan.package,
                        plan.kind == Kind::coaching ? "Coaching Oy" : "Oulun seudun ammattiopisto",
                        plan.kind == Kind::e_learning ? "remote" : "onsite",
                        "Pudasjärvi",
                        {},
                        plan.kind == Kind::coaching ? 1 : 1};
            // Weekdays only: move a weekend start to the Monday after.
            Date d = add_days(first, rng.below(window));
            const unsigned weekday = weekday_of(d);
            if (weekday == 6) {
                d = add_days(d, 2);
            }
            if (weekday == 0) {
                d = add_days(d, 1);
            }
            for (int n = 0; n < plan.sessions; ++n) {
                e.sessions.push_back(
                    {add_days(d, n * plan.spacing), plan.start, plan.end, plan.breaks});
            }
            events.push_back(std::move(e));
        }
    }
    // The trainings other than coaching share what is left of the 1035 participations.
    int left = kParticipations - 520 - 176 - 70 - 118;
    while (left > 0) {
        auto& e = events[static_cast<std::size_t>(12 + rng.below(188))];
        if (e.kind != Kind::coaching && e.participants < 14) {
            ++e.participants;
            --left;
        }
    }
    return events;
}

std::string fi_date(Date d) {
    return format_fi_date(d);
}

void add_events_and_attendance(Sample& s, Random& rng, const std::vector<EventSpec>& events) {
    // Slot by slot, the first 707 participations go to different people, so everyone starts.
    std::vector<int> order(kPeople);
    for (int i = 0; i < kPeople; ++i)
        order[static_cast<std::size_t>(i)] = i;
    rng.shuffle(order);
    std::size_t slot = 0;
    std::set<std::pair<int, int>> taken;  // (event, person)
    // In date order, so that people start all through the project as they did.
    std::vector<std::size_t> by_date(events.size());
    for (std::size_t i = 0; i < by_date.size(); ++i) {
        by_date[i] = i;
    }
    std::stable_sort(by_date.begin(), by_date.end(), [&](std::size_t a, std::size_t b) {
        return events[a].sessions.front().date < events[b].sessions.front().date;
    });
    for (const std::size_t ev : by_date) {
        const auto& e = events[ev];
        s.events.push_back({e.code, "S10873", e.title, std::string(name_of(e.kind)), e.work_package,
                            e.provider, e.mode, e.place});
        EventFacts facts{static_cast<EventKey>(ev + 1), e.kind, {}};
        for (const auto& ss : e.sessions) {
            s.sessions.push_back({e.code, fi_date(ss.date), format_time_of_day(ss.start),
                                  format_time_of_day(ss.end), std::to_string(ss.breaks)});
            facts.session_dates.push_back(ss.date);
        }
        s.counting.events.push_back(facts);
        for (int p = 0; p < e.participants; ++p, ++slot) {
            int person = 0;
            if (slot < order.size()) {
                person = order[slot];
            } else {
                do {
                    person = rng.below(kPeople);
                } while (taken.count({static_cast<int>(ev), person}));
            }
            taken.insert({static_cast<int>(ev), person});
            const std::string& employee = s.people[static_cast<std::size_t>(person)][0];
            for (std::size_t n = 0; n < e.sessions.size(); ++n) {
                const auto& ss = e.sessions[n];
                const int length = session_length(ss.start, ss.end, ss.breaks);
                // The first session is always attended (the pair is a participation); later
                // ones now and then missed or left early, as sign-in sheets show.
                const int roll = n == 0 ? 99 : rng.below(100);
                AttendanceStatus status = roll < 5    ? AttendanceStatus::absent
                                          : roll < 9  ? AttendanceStatus::excused
                                          : roll < 14 ? AttendanceStatus::partial
                                                      : AttendanceStatus::present;
                const std::optional<int> partial = status == AttendanceStatus::partial
                                                       ? std::optional<int>(length / 2 / 15 * 15)
                                                       : std::nullopt;
                s.attendance.push_back({e.code, fi_date(ss.date), format_time_of_day(ss.start),
                                        employee, std::string(name_of(status)),
                                        partial ? std::to_string(*partial) : ""});
                s.counting.entries.push_back(Entry{person + 1, static_cast<EventKey>(ev + 1),
                                                   ss.date, e.kind,
                                                   attended_minutes(status, partial, length)});
            }
        }
    }
}

// Individual study fills the days up to exactly the seed's 2028, each piece on a day the
// person has nothing else, so no cap bites.
void add_self_study(Sample& s, Random& rng) {
    CountingResult counted = count_training_days(s.counting);
    std::int64_t minutes = 0;
    std::set<std::pair<PersonKey, int>> busy;
    for (const auto& d : counted.days) {
        minutes += d.value;  // denominator is day_minutes: value is capped minutes
        busy.insert({d.person, static_cast<int>(sys_days{d.date}.time_since_epoch().count())});
    }
    std::int64_t missing = std::int64_t{kTargetDays} * kDayMinutes - minutes;
    if (missing < 0) {
        throw std::logic_error("demo sample exceeds the seed's person-training days");
    }
    const Date first = ymd(2009, 6, 1);
    const int window = days_between(first, ymd(2012, 1, 31));
    while (missing > 0) {
        const int person = rng.below(kPeople);
        const Date d = add_days(first, rng.below(window));
        if (!busy.insert({person + 1, static_cast<int>(sys_days{d}.time_since_epoch().count())})
                 .second) {
            continue;
        }
        const int piece =
            static_cast<int>(std::min<std::int64_t>(missing, 60 + 15 * rng.below(13)));
        s.activities.push_back({s.people[static_cast<std::size_t>(person)][0], "S10873", fi_date(d),
                                "self_study", std::to_string(piece), "Itsenäinen verkko-opiskelu"});
        s.counting.entries.push_back(Entry{person + 1, 0, d, Kind::self_study, piece});
        missing -= piece;
    }
}

Sample build_sample() {
    Random rng(10873);
    Sample s;
    s.projects.push_back({"S10873", "OSKU – Osaava kuntatyöntekijä", "Oulunkaaren kuntayhtymä",
                          "0114162-2", "Pohjois-Pohjanmaan ELY-keskus", "1.4.2009", "29.2.2012",
                          "360", "yes", "none", ""});
    s.targets = {{"S10873", "participants_started", "", "360"},
                 {"S10873", "participants_started_women", "", "270"},
                 {"S10873", "person_training_days", "", "2352"},
                 {"S10873", "participants_started", kGroupMunicipal, "600"},
                 {"S10873", "renewed_workplaces", "", "35"},
                 {"S10873", "new_companies", "", "1"}};
    s.counting.rules = CountingRules{};
    s.counting.span = ProjectSpan{ymd(2009, 4, 1), ymd(2012, 2, 29)};
    add_people(s, rng);
    add_events_and_attendance(s, rng, event_plan(rng));
    add_self_study(s, rng);
    return s;
}

void import_rows(db::Database& db, ImportKind kind, const std::vector<Row>& rows,
                 const Row& header) {
    ErrorList errors("demo " + std::string(import_kind_name(kind)));
    const HeaderBinding binding(import_columns(kind), header, errors);
    auto importer = db::make_record_importer(kind, db, binding, errors, RowContext{2026});
    std::size_t line = 1;
    for (const auto& row : rows) {
        importer->add(row, ++line);
    }
    importer->finish();
    if (!errors.empty()) {
        throw InputErrors(errors.sorted());
    }
}

}  // namespace

DemoFigures load_demo(db::Database& db) {
    const Sample s = build_sample();
    db.prepare_for_bulk_write();
    db::Transaction transaction(db);
    import_rows(db, ImportKind::projects, s.projects,
                {"code", "name", "implementer", "implementer_business_id", "authority", "start",
                 "end", "day_minutes", "cap_per_day", "rounding", "excluded_kinds"});
    import_rows(db, ImportKind::targets, s.targets,
                {"project", "metric", "target_group", "planned"});
    import_rows(
        db, ImportKind::people, s.people,
        {"employee_id", "first_name", "last_name", "email", "organisation", "unit", "supervisor_id",
         "gender", "birth_year", "education", "labour_status", "target_groups"});
    import_rows(
        db, ImportKind::events, s.events,
        {"event_id", "project", "title", "kind", "work_package", "provider", "mode", "place"});
    import_rows(db, ImportKind::sessions, s.sessions,
                {"event_id", "date", "start", "end", "break_minutes"});
    import_rows(db, ImportKind::attendance, s.attendance,
                {"event_id", "date", "start", "employee_id", "status", "minutes"});
    import_rows(db, ImportKind::activities, s.activities,
                {"employee_id", "project", "date", "kind", "minutes", "description"});
    transaction.commit();
    return DemoFigures{s.people.size(), s.events.size(), s.sessions.size(), s.attendance.size(),
                       s.activities.size()};
}

}  // namespace polku::app
