// polku-bench-generate: writes a realistic, internally consistent set of Polku import files
// (projects, people, events, sessions, attendance, activities) of any size, for the import
// benchmark. Standard library only; the output depends on the arguments and --seed alone (the
// random numbers come from splitmix64, not from the library's distributions, which differ
// between implementations).
//
// The files follow docs formats.md "CSV in": every key is unique, every reference resolves,
// the supervisor chain has no cycles, session dates lie inside the project span, partial
// attendance minutes fit the session, and attendance names a start time only where its event
// has two sessions that day.
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

namespace chr = std::chrono;

// ---------------------------------------------------------------------------------------------
// Options

enum class DateStyle { iso, fi };

struct Options {
    std::string out;
    long long people = 200;
    long long events = 50;
    long long sessions_per_event = 3;
    long long attendance = 2000;
    long long activities = 500;
    std::uint64_t seed = 1;
    char delimiter = ',';
    DateStyle date_style = DateStyle::iso;
    bool bom = false;
};

constexpr std::string_view kUsage =
    "usage: polku-bench-generate --out DIR [--people N] [--events N] [--sessions-per-event N]\n"
    "                            [--attendance N] [--activities N] [--seed N]\n"
    "                            [--delimiter ,|;] [--date-style iso|fi] [--bom]\n"
    "\n"
    "Writes projects.csv, people.csv, events.csv, sessions.csv, attendance.csv and\n"
    "activities.csv into DIR (created if missing). --date-style fi writes dates as 1.4.2009,\n"
    "times as 9.00 and decimals with a comma; iso writes 2009-04-01, 09:00 and 1.5.\n"
    "--bom starts every file with a UTF-8 byte-order mark, as Excel does.\n"
    "Defaults: 200 people, 50 events, 3 sessions per event, 2000 attendance rows,\n"
    "500 activities, seed 1, ',' and iso.\n";

[[noreturn]] void usage_error(const std::string& message) {
    std::fprintf(stderr, "polku-bench-generate: %s\n\n%.*s", message.c_str(),
                 static_cast<int>(kUsage.size()), kUsage.data());
    std::exit(2);
}

long long parse_count(std::string_view option, std::string_view text, long long min) {
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < min) {
        usage_error(std::string(option) + ": '" + std::string(text) +
                    "' is not a whole number >= " + std::to_string(min));
    }
    return value;
}

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
            std::exit(0);
        }
        if (arg == "--bom") {
            o.bom = true;
            continue;
        }
        if (i + 1 >= argc) {
            usage_error(std::string(arg) + " needs a value");
        }
        const std::string_view value = argv[++i];
        if (arg == "--out") {
            o.out = value;
        } else if (arg == "--people") {
            o.people = parse_count(arg, value, 1);
        } else if (arg == "--events") {
            o.events = parse_count(arg, value, 1);
        } else if (arg == "--sessions-per-event") {
            o.sessions_per_event = parse_count(arg, value, 1);
        } else if (arg == "--attendance") {
            o.attendance = parse_count(arg, value, 0);
        } else if (arg == "--activities") {
            o.activities = parse_count(arg, value, 0);
        } else if (arg == "--seed") {
            o.seed = static_cast<std::uint64_t>(parse_count(arg, value, 0));
        } else if (arg == "--delimiter") {
            if (value != "," && value != ";") {
                usage_error("--delimiter must be , or ;");
            }
            o.delimiter = value[0];
        } else if (arg == "--date-style") {
            if (value == "iso") {
                o.date_style = DateStyle::iso;
            } else if (value == "fi") {
                o.date_style = DateStyle::fi;
            } else {
                usage_error("--date-style must be iso or fi");
            }
        } else {
            usage_error("unknown option " + std::string(arg));
        }
    }
    if (o.out.empty()) {
        usage_error("--out DIR is required");
    }
    return o;
}

// ---------------------------------------------------------------------------------------------
// Deterministic random numbers (splitmix64)

class Random {
  public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); the modulo bias is below 2^-40 for the sizes used here.
    long long below(long long n) {
        return static_cast<long long>(next() % static_cast<std::uint64_t>(n));
    }
    long long between(long long lo, long long hi) { return lo + below(hi - lo + 1); }
    bool chance(int per_mille) { return below(1000) < per_mille; }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N]) {
        return items[below(static_cast<long long>(N))];
    }

  private:
    std::uint64_t m_state;
};

// ---------------------------------------------------------------------------------------------
// CSV output: RFC 4180 quoting where a field holds the delimiter, a quote or a line break.

class CsvWriter {
  public:
    CsvWriter(const std::filesystem::path& path, const Options& options)
        : m_path(path.string()), m_delimiter(options.delimiter) {
        m_file = std::fopen(m_path.c_str(), "wb");
        if (!m_file) {
            std::fprintf(stderr, "polku-bench-generate: cannot write %s: %s\n", m_path.c_str(),
                         std::strerror(errno));
            std::exit(1);
        }
        m_buffer.reserve(kFlushAt + 4096);
        if (options.bom) {
            m_buffer += "\xEF\xBB\xBF";
        }
    }
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;
    ~CsvWriter() { close(); }

    CsvWriter& field(std::string_view text) {
        separate();
        const char special[] = {m_delimiter, '"', '\n', '\r'};
        if (text.find_first_of(std::string_view(special, sizeof special)) == text.npos) {
            m_buffer += text;
            return *this;
        }
        m_buffer += '"';
        for (char c : text) {
            if (c == '"') {
                m_buffer += '"';
            }
            m_buffer += c;
        }
        m_buffer += '"';
        return *this;
    }
    CsvWriter& field(long long value) {
        separate();
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_buffer.append(digits, end);
        return *this;
    }
    CsvWriter& empty() { return field(std::string_view{}); }
    template <typename... Names>
    void header(Names... names) {
        (field(std::string_view(names)), ...);
        end_row();
    }
    void end_row() {
        m_buffer += '\n';
        m_first = true;
        ++m_rows;
        if (m_buffer.size() >= kFlushAt) {
            flush();
        }
    }
    void close() {
        if (!m_file) {
            return;
        }
        flush();
        if (std::fclose(m_file) != 0) {
            std::fprintf(stderr, "polku-bench-generate: writing %s failed\n", m_path.c_str());
            std::exit(1);
        }
        m_file = nullptr;
    }
    long long rows() const { return m_rows - 1; }  // the header is not a record

  private:
    static constexpr std::size_t kFlushAt = 1 << 20;

    void separate() {
        if (!m_first) {
            m_buffer += m_delimiter;
        }
        m_first = false;
    }
    void flush() {
        if (!m_buffer.empty() &&
            std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) {
            std::fprintf(stderr, "polku-bench-generate: writing %s failed: %s\n", m_path.c_str(),
                         std::strerror(errno));
            std::exit(1);
        }
        m_buffer.clear();
    }

    std::string m_path;
    char m_delimiter;
    std::FILE* m_file = nullptr;
    std::string m_buffer;
    bool m_first = true;
    long long m_rows = 0;
};

// ---------------------------------------------------------------------------------------------
// Dates, times and numbers in the chosen style

using Day = chr::sys_days;

std::string format_date(Day day, DateStyle style) {
    const chr::year_month_day ymd{day};
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    char buffer[32];
    if (style == DateStyle::iso) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, d);
    } else {
        std::snprintf(buffer, sizeof buffer, "%u.%u.%04d", d, m, y);
    }
    return buffer;
}

std::string format_time(int minutes, DateStyle style) {
    char buffer[32];
    if (style == DateStyle::iso) {
        std::snprintf(buffer, sizeof buffer, "%02d:%02d", minutes / 60, minutes % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "%d.%02d", minutes / 60, minutes % 60);
    }
    return buffer;
}

// hundredths → "1250.00" or "1250,00"
std::string format_hundredths(long long hundredths, DateStyle style) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld%c%02lld", hundredths / 100,
                  style == DateStyle::fi ? ',' : '.', hundredths % 100);
    return buffer;
}

// minutes → hours as written by people: "2", "1.5", "0.75" (or with a decimal comma)
std::string format_hours(int minutes, DateStyle style) {
    const char point = style == DateStyle::fi ? ',' : '.';
    std::string out = std::to_string(minutes / 60);
    switch (minutes % 60) {
        case 0:
            break;
        case 15:
            out += point;
            out += "25";
            break;
        case 30:
            out += point;
            out += '5';
            break;
        case 45:
            out += point;
            out += "75";
            break;
        default:  // only quarters of an hour are generated
            break;
    }
    return out;
}

bool is_weekend(Day day) {
    const chr::weekday w{day};
    return w == chr::Saturday || w == chr::Sunday;
}

Day next_weekday(Day day) {
    while (is_weekend(day)) {
        day += chr::days{1};
    }
    return day;
}

// Finnish business ID (Y-tunnus) check digit: weights 7 9 10 5 8 4 2, mod 11.
std::string business_id(int seven_digits) {
    static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2};
    for (;; ++seven_digits) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "%07d", seven_digits);
        int sum = 0;
        for (int i = 0; i < 7; ++i) {
            sum += (digits[i] - '0') * kWeights[i];
        }
        const int remainder = sum % 11;
        if (remainder == 1) {
            continue;  // no valid check digit: such numbers are never issued
        }
        return std::string(digits) + '-' + std::to_string(remainder == 0 ? 0 : 11 - remainder);
    }
}

// "Hämäläinen" → "hamalainen", for email addresses
std::string ascii_lower(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[++i]);
            switch (next) {
                case 0xA4:  // ä
                case 0x84:  // Ä
                case 0xA5:  // å
                case 0x85:  // Å
                    out += 'a';
                    break;
                case 0xB6:  // ö
                case 0x96:  // Ö
                    out += 'o';
                    break;
                default:
                    out += 'x';
            }
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
            out += static_cast<char>(c);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

constexpr std::string_view kProjectCode = "S10873";
constexpr auto kProjectStart = chr::year{2009} / 4 / 1;
constexpr auto kProjectEnd = chr::year{2012} / 2 / 29;

constexpr const char* kWomen[] = {
    "Aino",    "Anna",  "Anne",  "Elina",    "Emilia", "Hanna", "Heidi", "Helmi",
    "Johanna", "Kaisa", "Katja", "Kyllikki", "Laura",  "Liisa", "Maija", "Marjatta",
    "Minna",   "Päivi", "Pirjo", "Riikka",   "Sanna",  "Sari",  "Satu",  "Sirkka",
    "Säde",    "Tiina", "Tuula", "Tyyne",    "Ulla",   "Åsa",   "Mäiju", "Eeva-Liisa"};
constexpr const char* kMen[] = {"Antti", "Eero",  "Heikki", "Juha",   "Jukka",  "Jussi",
                                "Jyrki", "Kalle", "Kyösti", "Markku", "Matti",  "Mikko",
                                "Olli",  "Pekka", "Petri",  "Sami",   "Tapani", "Timo",
                                "Ville", "Väinö", "Yrjö",   "Jöns",   "Toivo",  "Pentti"};
constexpr const char* kSurnames[] = {
    "Ahonen",   "Heikkilä", "Heikkinen", "Heinonen",    "Hyvönen",    "Hytönen",  "Hämäläinen",
    "Järvinen", "Jokinen",  "Kähkönen",  "Karjalainen", "Kärkkäinen", "Kinnunen", "Koskinen",
    "Lahtinen", "Laitinen", "Lehtinen",  "Lehtonen",    "Mäkelä",     "Mäkinen",  "Mattila",
    "Niemi",    "Nieminen", "Öhman",     "Pesonen",     "Pöllänen",   "Räsänen",  "Rantanen",
    "Saarinen", "Salminen", "Salo",      "Salonen",     "Savolainen", "Sjöberg",  "Törmänen",
    "Tuominen", "Turunen",  "Väisänen",  "Åberg",       "Ylä-Mononen"};
constexpr const char* kOrganisations[] = {"Järvilän kaupunki", "Pohjois-Järvilän kuntayhtymä",
                                          "Hoivakoti Päivänsäde Oy"};
constexpr const char* kUnits[] = {"Kotihoito",
                                  "Vuodeosasto 2",
                                  "Päivystys",
                                  "Lastensuojelu",
                                  "Hallinto",
                                  "Ruokapalvelut",
                                  "Vanhustyö",
                                  "Mielenterveyspalvelut",
                                  "Tehostettu "
                                  "palveluasuminen"};
constexpr const char* kTargetGroups[] = {"Lähihoitajat", "Sairaanhoitajat", "Esihenkilöt",
                                         "Tukipalvelut", "Yli 55-vuotiaat"};
constexpr const char* kTitles[] = {"Ergonomia hoitotyössä",
                                   "Lääkehoidon osaaminen",
                                   "Työhyvinvointi ja jaksaminen",
                                   "Esihenkilötyön perusteet",
                                   "Asiakaslähtöinen työote",
                                   "Ensiapu EA1",
                                   "Kirjaaminen, osa 2",
                                   "Tietoturva ja tietosuoja",
                                   "Muistisairaan kohtaaminen",
                                   "Vuorovaikutus \"haastavissa\" tilanteissa",
                                   "Äidinkielen työkalut; selkokieli",
                                   "Kestävä työelämä"};
constexpr const char* kWorkPackages[] = {"TP1 Osaamisen kehittäminen", "TP2 Työhyvinvointi",
                                         "TP3 Esihenkilötyö"};
constexpr const char* kProviders[] = {"Järvilän opisto", "Koulutuskeskus Sälli",
                                      "Työterveys Äijälä Oy", "Oma henkilöstö"};
constexpr const char* kPlaces[] = {"Järvilä, Koulutustalo", "Kaupungintalo, sali 3",
                                   "Hoivakoti Päivänsäde", "Teams", "Kylpylähotelli Rönnäs"};
constexpr const char* kActivityNotes[] = {
    "Verkkokurssi: tietoturvan perusteet", "Mentorointikeskustelu", "Ammattikirjallisuus, luku 3",
    "Perehdytys uuteen potilastietojärjestelmään", "Työnohjaus"};

struct KindWeight {
    const char* kind;
    int per_mille;  // cumulative
};
constexpr KindWeight kEventKinds[] = {
    {"course", 400},        {"workshop", 550},   {"seminar", 650},     {"coaching", 750},
    {"wellbeing_day", 830}, {"e_learning", 930}, {"study_visit", 970}, {"other", 1000}};

struct SessionShape {
    int start, end, break_minutes;
    int length() const { return end - start - break_minutes; }
};
constexpr SessionShape kDayShapes[] = {{9 * 60, 16 * 60, 60},      {8 * 60 + 30, 15 * 60 + 30, 45},
                                       {9 * 60, 12 * 60, 0},       {12 * 60 + 30, 16 * 60, 15},
                                       {8 * 60, 15 * 60 + 45, 45}, {13 * 60, 16 * 60 + 30, 0}};
constexpr SessionShape kMorning{9 * 60, 12 * 60, 15};
constexpr SessionShape kAfternoon{13 * 60, 16 * 60, 15};

// ---------------------------------------------------------------------------------------------
// Generators

// Sizes that cannot give unique keys are refused before any file is written.
void check_sizes(const Options& o) {
    const long long span = (Day{kProjectEnd} - Day{kProjectStart}).count() + 1;
    if (o.sessions_per_event * 7 / 5 + 3 > span) {
        usage_error(std::to_string(o.sessions_per_event) +
                    " sessions per event do not fit in the project span (2009-04-01..2012-02-29)");
    }
    const long long n_sessions = o.events * o.sessions_per_event;
    if (o.attendance > n_sessions * o.people) {
        usage_error("--attendance " + std::to_string(o.attendance) + " is more than sessions (" +
                    std::to_string(n_sessions) + ") times people (" + std::to_string(o.people) +
                    "): the keys could not be unique");
    }
    if (o.activities > o.people * span * 3 / 2) {
        usage_error("--activities " + std::to_string(o.activities) +
                    " is too many for unique (employee, project, date, kind) keys with " +
                    std::to_string(o.people) + " people");
    }
}

std::string employee_id(long long index) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "H%06lld", index + 1);
    return buffer;
}

std::string event_id(long long index) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "TK-%05lld", index + 1);
    return buffer;
}

std::string group_ref(const char* group) {
    return std::string(kProjectCode) + ':' + group;
}

void write_projects(const Options& o, const std::filesystem::path& dir) {
    CsvWriter w(dir / "projects.csv", o);
    w.header("code", "name", "implementer", "implementer_business_id", "authority", "start", "end",
             "extended_end", "day_minutes", "cap_per_day", "rounding", "excluded_kinds");
    w.field(kProjectCode)
        .field("Osaava hoiva – henkilöstön osaamisen ja työhyvinvoinnin kehittäminen")
        .field(kOrganisations[0])
        .field(business_id(1234567))
        .field("Pohjois-Järvilän ELY-keskus")
        .field(format_date(Day{kProjectStart}, o.date_style))
        .field(format_date(Day{kProjectEnd}, o.date_style))
        .empty()
        .field(360)
        .field("yes")
        .field("none")
        .empty();
    w.end_row();
}

void write_people(const Options& o, const std::filesystem::path& dir, Random& rng) {
    CsvWriter w(dir / "people.csv", o);
    w.header("employee_id", "first_name", "last_name", "email", "organisation", "unit",
             "supervisor_id", "gender", "birth_year", "education", "labour_status",
             "target_groups");
    const long long n = o.people;
    // Person i reports to someone with a smaller index, so the chain cannot have a cycle; the
    // first 4% are supervisors. The file lists people in a shuffled order, so a supervisor may
    // come after the people they supervise (the importer must look ahead).
    const long long supervisors = std::max(1LL, n / 25);
    std::vector<long long> order(static_cast<std::size_t>(n));
    for (long long i = 0; i < n; ++i) {
        order[static_cast<std::size_t>(i)] = i;
    }
    for (long long i = n - 1; i > 0; --i) {
        std::swap(order[static_cast<std::size_t>(i)],
                  order[static_cast<std::size_t>(rng.below(i + 1))]);
    }
    for (const long long i : order) {
        const int g = static_cast<int>(rng.below(1000));
        const char* gender = g < 820 ? "female" : g < 970 ? "male" : g < 980 ? "other" : "";
        const char* first = g < 820 || g >= 980 ? rng.pick(kWomen) : rng.pick(kMen);
        const char* last = rng.pick(kSurnames);
        w.field(employee_id(i)).field(first).field(last);
        if (rng.chance(900)) {
            w.field(ascii_lower(first) + '.' + ascii_lower(last) + '@' +
                    (i % 3 == 2 ? "paivansade.fi" : "jarvila.fi"));
        } else {
            w.empty();
        }
        const long long org = i % 3;
        w.field(kOrganisations[org]);
        if (rng.chance(950)) {
            w.field(rng.pick(kUnits));
        } else {
            w.empty();
        }
        if (i == 0 || (i < supervisors && rng.chance(100)) || rng.chance(20)) {
            w.empty();  // top of a chain, or not known
        } else {
            w.field(employee_id(rng.below(std::min(i, supervisors))));
        }
        w.field(gender);
        if (rng.chance(970)) {
            w.field(rng.between(1950, 1998));
        } else {
            w.empty();
        }
        const int e = static_cast<int>(rng.below(100));
        w.field(e < 5 ? "isced_0_2" : e < 60 ? "isced_3_4" : e < 95 ? "isced_5_8" : "");
        w.field(rng.chance(950) ? "employed" : rng.chance(500) ? "self_employed" : "");
        std::string groups;
        const auto first_group = rng.below(static_cast<long long>(std::size(kTargetGroups)));
        const long long count = rng.below(3);
        for (long long k = 0; k < count; ++k) {
            if (!groups.empty()) {
                groups += '|';
            }
            groups += group_ref(kTargetGroups[(first_group + k) %
                                              static_cast<long long>(std::size(kTargetGroups))]);
        }
        w.field(groups);
        w.end_row();
    }
}

struct Session {
    Day date;
    SessionShape shape;
    bool shares_day;  // another session of the event starts the same day: attendance needs start
};

// Sessions of one event on strictly increasing (date, start), weekdays only, inside the span.
std::vector<Session> plan_sessions(const Options& o, Random& rng) {
    const long long count = o.sessions_per_event;
    const Day first_day{kProjectStart};
    const Day last_day{kProjectEnd};
    const long long span = (last_day - first_day).count() + 1;
    const bool pairs = count >= 2 && rng.chance(120);  // morning and afternoon on the same days
    const long long days = pairs ? (count + 1) / 2 : count;  // distinct dates
    // Calendar days the sessions take, weekends included (+3: a start on a weekend moves on).
    const auto needed = [days](long long gap) {
        return gap == 1 ? days * 7 / 5 + 3 : (days - 1) * gap + 3;
    };
    long long gap = rng.chance(600) ? 1 : 7;  // a block of working days, or weekly
    if (needed(gap) > span) {
        gap = 1;  // check_sizes made sure that a block of working days fits
    }
    Day day = next_weekday(first_day + chr::days{rng.below(span - needed(gap) + 1)});
    std::vector<Session> sessions;
    const SessionShape shape = rng.pick(kDayShapes);
    for (long long k = 0; k < count; ++k) {
        if (pairs) {
            const bool morning = k % 2 == 0;
            const bool has_partner = !morning || k + 1 < count;
            sessions.push_back({day, morning ? kMorning : kAfternoon, has_partner});
            if (!morning) {
                day = next_weekday(day + chr::days{gap});
            }
        } else {
            sessions.push_back({day, shape, false});
            day = next_weekday(day + chr::days{gap});
        }
    }
    if (sessions.back().date > last_day) {
        std::fprintf(stderr, "polku-bench-generate: internal error: a session after the span\n");
        std::exit(3);
    }
    return sessions;
}

void write_events_sessions_attendance(const Options& o, const std::filesystem::path& dir,
                                      Random& rng) {
    const long long n_events = o.events;
    const long long per_event = o.sessions_per_event;
    const long long n_sessions = n_events * per_event;

    // Attendance rows per session: each event has a roster of about the mean size (half to one
    // and a half times it); the total is then made exact one row per session at a time.
    std::vector<long long> per_session(static_cast<std::size_t>(n_sessions));
    const double mean = static_cast<double>(o.attendance) / static_cast<double>(n_sessions);
    long long total = 0;
    for (long long e = 0; e < n_events; ++e) {
        const auto roster = std::clamp<long long>(
            static_cast<long long>(mean * (0.5 + rng.unit()) + 0.5), 0, o.people);
        for (long long k = 0; k < per_event; ++k) {
            per_session[static_cast<std::size_t>(e * per_event + k)] = roster;
        }
        total += roster * per_event;
    }
    for (std::size_t s = 0; total != o.attendance; s = (s + 1) % per_session.size()) {
        if (total < o.attendance && per_session[s] < o.people) {
            ++per_session[s];
            ++total;
        } else if (total > o.attendance && per_session[s] > 0) {
            --per_session[s];
            --total;
        }
    }

    CsvWriter events(dir / "events.csv", o);
    events.header("event_id", "project", "title", "kind", "work_package", "course", "provider",
                  "mode", "cost_eur", "place", "target_group");
    CsvWriter sessions(dir / "sessions.csv", o);
    sessions.header("event_id", "date", "start", "end", "break_minutes");
    CsvWriter attendance(dir / "attendance.csv", o);
    attendance.header("event_id", "date", "start", "employee_id", "status", "minutes");

    // A sample of distinct people per event: a partial Fisher-Yates shuffle of one permutation.
    std::vector<long long> people(static_cast<std::size_t>(o.people));
    for (long long i = 0; i < o.people; ++i) {
        people[static_cast<std::size_t>(i)] = i;
    }

    for (long long e = 0; e < n_events; ++e) {
        const std::string id = event_id(e);
        const int k = static_cast<int>(rng.below(1000));
        const char* kind = "other";
        for (const auto& kw : kEventKinds) {
            if (k < kw.per_mille) {
                kind = kw.kind;
                break;
            }
        }
        const std::string_view kind_view = kind;
        const char* title = rng.pick(kTitles);
        events.field(id).field(kProjectCode);
        events.field(std::string(title) + " – ryhmä " + std::to_string(e % 40 + 1));
        events.field(kind);
        events.field(rng.chance(900) ? rng.pick(kWorkPackages) : "");
        events.field(kind_view == "course" || kind_view == "e_learning" ? title : "");
        events.field(rng.pick(kProviders));
        const int m = static_cast<int>(rng.below(100));
        events.field(kind_view == "e_learning" ? "remote"
                     : m < 70                  ? "onsite"
                     : m < 85                  ? "remote"
                     : m < 95                  ? "hybrid"
                                               : "");
        if (rng.chance(800)) {
            events.field(format_hundredths(rng.between(0, 400) * 500, o.date_style));
        } else {
            events.empty();
        }
        events.field(kind_view == "e_learning" ? "Moodle" : rng.pick(kPlaces));
        const int t = static_cast<int>(rng.below(100));
        events.field(t < 40   ? std::string(rng.pick(kTargetGroups))
                     : t < 60 ? group_ref(rng.pick(kTargetGroups))
                              : std::string());
        events.end_row();

        const std::vector<Session> plan = plan_sessions(o, rng);
        long long roster = 0;
        for (long long s = 0; s < per_event; ++s) {
            roster = std::max(roster, per_session[static_cast<std::size_t>(e * per_event + s)]);
        }
        for (long long i = 0; i < roster; ++i) {
            std::swap(people[static_cast<std::size_t>(i)],
                      people[static_cast<std::size_t>(i + rng.below(o.people - i))]);
        }
        for (long long s = 0; s < per_event; ++s) {
            const Session& session = plan[static_cast<std::size_t>(s)];
            const std::string date = format_date(session.date, o.date_style);
            const std::string start = format_time(session.shape.start, o.date_style);
            sessions.field(id).field(date).field(start).field(
                format_time(session.shape.end, o.date_style));
            if (session.shape.break_minutes > 0 || rng.chance(500)) {
                sessions.field(session.shape.break_minutes);
            } else {
                sessions.empty();
            }
            sessions.end_row();

            const long long rows = per_session[static_cast<std::size_t>(e * per_event + s)];
            for (long long r = 0; r < rows; ++r) {
                attendance.field(id).field(date);
                if (session.shares_day) {
                    attendance.field(start);
                } else {
                    attendance.empty();
                }
                attendance.field(employee_id(people[static_cast<std::size_t>(r)]));
                const int st = static_cast<int>(rng.below(1000));
                if (st < 860) {
                    attendance.field(st < 130 ? "" : "present").empty();
                } else if (st < 930) {
                    const int length = session.shape.length();
                    const long long quarters = std::max(1, length / 15 - 1);
                    attendance.field("partial").field(
                        std::min<long long>(length, 15 * rng.between(1, quarters)));
                } else if (st < 975) {
                    attendance.field("absent").empty();
                } else {
                    attendance.field("excused").empty();
                }
                attendance.end_row();
            }
        }
    }
}

void write_activities(const Options& o, const std::filesystem::path& dir, Random& rng) {
    static constexpr const char* kKinds[] = {"self_study", "coaching", "other"};
    const Day first_day{kProjectStart};
    const long long span = (Day{kProjectEnd} - first_day).count() + 1;
    CsvWriter w(dir / "activities.csv", o);
    w.header("employee_id", "project", "date", "kind", "minutes", "hours", "description");
    std::unordered_set<long long> keys;
    keys.reserve(static_cast<std::size_t>(o.activities));
    for (long long written = 0; written < o.activities;) {
        const long long person = rng.below(o.people);
        Day day = first_day + chr::days{rng.below(span)};
        if (is_weekend(day) && rng.chance(800)) {
            continue;  // mostly on working days
        }
        const int k = static_cast<int>(rng.below(100));
        const long long kind = k < 60 ? 0 : k < 85 ? 1 : 2;
        const long long key = (person * span + (day - first_day).count()) * 3 + kind;
        if (!keys.insert(key).second) {
            continue;
        }
        ++written;
        w.field(employee_id(person)).field(kProjectCode).field(format_date(day, o.date_style));
        w.field(kKinds[kind]);
        const int minutes = static_cast<int>(15 * rng.between(1, 16));
        if (rng.chance(500)) {
            w.field(minutes).empty();
        } else {
            w.empty().field(format_hours(minutes, o.date_style));
        }
        w.field(rng.chance(600) ? rng.pick(kActivityNotes) : "");
        w.end_row();
    }
}

}  // namespace

int main(int argc, char** argv) {
    const Options options = parse_options(argc, argv);
    check_sizes(options);
    const std::filesystem::path dir(options.out);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::fprintf(stderr, "polku-bench-generate: cannot create %s: %s\n", options.out.c_str(),
                     ec.message().c_str());
        return 1;
    }
    // People, events (with sessions and attendance) and activities draw from separate streams.
    Random people_rng(options.seed * 3 + 0);
    Random events_rng(options.seed * 3 + 1);
    Random activities_rng(options.seed * 3 + 2);
    write_projects(options, dir);
    write_people(options, dir, people_rng);
    write_events_sessions_attendance(options, dir, events_rng);
    write_activities(options, dir, activities_rng);
    return 0;
}
