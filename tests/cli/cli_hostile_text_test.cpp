// Bad input, tried on purpose: SQL, quotes, backslashes, format directives, placeholders,
// markup, Finnish and other non-ASCII letters and line breaks in every text field of every
// import file of formats.md, ids included where they are free text, and 10,000-character
// names, titles and descriptions (codes and names others refer to are limited to 500
// characters, and get that many). Each must be stored as written (read back with sqlite3 or
// psql, not through Polku), shown as written by the JSON reports, and leave every table in
// place; re-importing the files finds every row unchanged. A NUL byte is refused as
// formats.md says, and so is a name too long to index, on both backends alike.
//
// Values are trimmed on import (formats.md: surrounding spaces are ignored), so none of
// these begins or ends with white space. A project code holds no ':' and a target group no
// '|': `PROJECT:GROUP` and `|` are the syntax of the target_groups columns (an event names a
// group holding ':' as PROJECT:GROUP).

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;
using namespace std::string_literals;
using nlohmann::json;

namespace {

// Injection and escaping, all in one: SQL (both quote styles, comments, a statement of its
// own), backslash escapes as C, JSON and PostgreSQL's E'' strings spell them, printf and
// fmt directives, shell expansions, SOCI, SQLite and libpq placeholders, markup.
const std::string kHostile =
    R"('; DROP TABLE people; -- "x" 'y' '' "" \ \\ \n \0 \x27 E'\'' %s %n %x %% {} {0} )"
    R"(${HOME} $(id) `id` :name ?1 $1 @p /* */ <script>alert(1)</script> &amp; ÄÖÅ äöå)";

// A text of `length` characters (10,000 unless said) of letters, quotes, backslashes,
// directives, Finnish and four-byte characters, mixed so that no run repeats (a database
// cannot compress it away).
std::string long_text(unsigned seed, int length = 10'000) {
    static const char* const pieces[] = {"a", "Ä", "ö", "å", "'", "\"", "\\", "%",  "s", ";",
                                         ",", "-", "😀", "ß", "x", "Z",  " ",  "\n", "|", ":"};
    std::string out = "Pitkä";
    unsigned state = seed;
    for (int i = 5; i < length - 1; ++i) {
        state = state * 1'103'515'245u + 12'345u;
        out += pieces[(state >> 16) % std::size(pieces)];
    }
    return out + "Ö";
}

std::size_t characters(const std::string& utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// kHostile behind a label: a distinct hostile text per field, so that a value stored in the
// wrong column shows.
std::string hostile(const std::string& label) {
    return label + " " + kHostile;
}

// The ids and names used across the files. Codes and group names keep to the syntax above.
const std::string kCode1 = "ESR'; DROP TABLE projects; -- \"1\" \\ %s Ä";
const std::string kCode2 = "NULL";  // a text, not SQL's NULL
const std::string kGroup1 = "ryhmä'; DROP TABLE target_groups; -- \"G\" \\ %s :x";
const std::string kGroup2 = "G2 \"ryhmä\" \\n %n 'x'";
const std::string kPerson1 = "E1'; DROP TABLE people; --";
const std::string kPerson2 = "\"E2\" \\\\ %n ÅÄÖ";
const std::string kPerson3 = "NULL";
const std::string kEvent1 = "EV'; DROP TABLE events; --";
const std::string kEvent2 = "%s%s%n \"ev2\" \\ ö";
const std::string kMetric1 = "'; DROP TABLE targets; -- vapaa mittari %s";
const std::string kMetric2 = "\"quoted\" metric \\";
const std::string kLongName = long_text(1);
const std::string kLongTitle = long_text(2);
const std::string kLongText = long_text(3);
// Codes and names that others refer to are kept in unique indexes: at most 500 characters
// (core/csv_columns.hpp kMaxNameLength).
const std::string kLongKey1 = long_text(4, 500);
const std::string kLongKey2 = long_text(5, 500);
const std::string kLongKey3 = long_text(6, 500);
const std::string kLongKey4 = long_text(7, 500);
const std::string kLines = "rivi 1\nrivi 2; \"lainaus\"\r\n\trivi 3 \\ %s";
const std::string kEmail1 = "e1'\"\\%s;DROP--TABLE@esimerkki.fi";
const std::string kEmail2 = "äö+'x'@esimerkki.fi";

// One CSV line, every field quoted (quotes doubled), as a spreadsheet writes text.
std::string csv_line(const std::vector<std::string>& fields, char delimiter = ',') {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += delimiter;
        }
        out += '"';
        for (char c : fields[i]) {
            out += c;
            if (c == '"') {
                out += '"';
            }
        }
        out += '"';
    }
    return out + "\n";
}

struct File {
    const char* kind;
    std::string content;
    int records;
};

// Every kind of formats.md, in the order they refer to each other. Non-text columns hold
// unique plain values (day_minutes, planned, birth_year, cost_eur, minutes) that the
// queries below pick rows by: ordering by the hostile texts would depend on the backend's
// collation.
std::vector<File> hostile_files() {
    std::vector<File> files;
    files.push_back(
        {"projects",
         "code,name,implementer,implementer_business_id,authority,start,end,day_minutes\n" +
             csv_line({kCode1, kLongName, hostile("Toteuttaja"), "0114162-2", hostile("ELY"),
                       "2024-01-01", "2025-12-31", "360"}) +
             csv_line({kCode2, kLines, hostile("Kunta"), "", hostile("Viranomainen"), "1.1.2024",
                       "31.12.2025", "420"}),
         2});
    files.push_back({"targets",
                     "project;metric;target_group;planned\n" +
                         csv_line({kCode1, kMetric1, kGroup1, "11"}, ';') +
                         csv_line({kCode2, kMetric2, kGroup2, "22"}, ';'),
                     2});
    files.push_back(
        {"people",
         "employee_id,first_name,last_name,email,organisation,unit,supervisor_id,birth_year,"
         "target_groups\n" +
             csv_line({kPerson1, kLongName, hostile("Sukunimi"), kEmail1, hostile("Organisaatio"),
                       hostile("Yksikkö"), kPerson3, "1971",
                       kCode1 + ":" + kGroup1 + "|" + kCode2 + ":" + kGroup2}) +
             csv_line({kPerson2, hostile("Etunimi"), kLines, kEmail2, kLongKey1, kLongKey2,
                       kPerson3, "1972", kCode1 + ":" + kGroup1}) +
             csv_line({kPerson3, "NULL", "'", "", "", "", "", "1973", ""}),
         3});
    files.push_back(
        {"events",
         "event_id;project;title;kind;work_package;course;provider;mode;cost_eur;place;"
         "target_group\n" +
             csv_line(
                 {kEvent1, kCode1, kLongTitle, "course", hostile("Työpaketti"), hostile("Kurssi"),
                  hostile("Kouluttaja"), "onsite", "1,01", kLines, kCode1 + ":" + kGroup1},
                 ';') +
             csv_line({kEvent2, kCode2, hostile("Otsikko"), "workshop", kLongKey3, kLongKey4,
                       "NULL", "remote", "2,02", kLongText, kCode2 + ":" + kGroup2},
                      ';'),
         2});
    files.push_back({"sessions",
                     "event_id,date,start,end,break_minutes\n" +
                         csv_line({kEvent1, "15.3.2024", "9:00", "16:00", "60"}) +
                         csv_line({kEvent2, "5.4.2024", "9.00", "12.00", "0"}),
                     2});
    files.push_back({"attendance",
                     "event_id,date,employee_id,status,minutes\n" +
                         csv_line({kEvent1, "2024-03-15", kPerson1, "present", ""}) +
                         csv_line({kEvent1, "2024-03-15", kPerson2, "partial", "120"}) +
                         csv_line({kEvent2, "2024-04-05", kPerson3, "present", ""}),
                     3});
    files.push_back(
        {"activities",
         "employee_id;project;date;kind;minutes;hours;description\n" +
             csv_line({kPerson1, kCode1, "20.3.2024", "self_study", "90", "", kLongText}, ';') +
             csv_line({kPerson3, kCode2, "10.4.2024", "other", "", "2,5",
                       hostile("Kuvaus") + "\n" + kLines},
                      ';'),
         2});
    return files;
}

void import_hostile_files(const CliDatabase& db, bool again) {
    for (const auto& f : hostile_files()) {
        const std::string name = std::string(f.kind) + ".csv";
        if (again) {
            db.import_ok(f.kind, name, f.content, 0, 0, f.records);
        } else {
            db.import_ok(f.kind, name, f.content, f.records, 0, 0);
        }
    }
}

// What sqlite3 and psql print for one row: the values joined by '|', NULL as nothing.
std::string row(const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += (i > 0 ? "|" : "") + values[i];
    }
    return out + "\n";
}

// The database's own list of its tables, sorted here (catalogue order differs by backend).
std::vector<std::string> tables(const CliDatabase& db) {
    auto names = lines_of(db.query(
        testing_postgresql()
            ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    std::sort(names.begin(), names.end());
    return names;
}

json report_json(const CliDatabase& db, std::vector<std::string> args) {
    args.insert(args.begin(), "report");
    args.insert(args.end(), {"--format", "json"});
    const auto r = db.run(args);
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, describe(r));
    BOOST_TEST(r.err == "");
    return json::parse(r.out);
}

// The entries of a ledger or transcript as (event_id or null, title) pairs, in report order.
std::vector<std::pair<json, json>> titles(const json& entries) {
    std::vector<std::pair<json, json>> out;
    for (const auto& e : entries) {
        out.emplace_back(e["event_id"], e["title"]);
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_hostile_text)

BOOST_AUTO_TEST_CASE(the_test_texts_are_what_they_claim) {
    BOOST_TEST(characters(kLongName) == 10'000u);
    BOOST_TEST(characters(kLongTitle) == 10'000u);
    BOOST_TEST(kLongName != kLongTitle);
    BOOST_TEST(characters(kLongKey1) == 500u);
    BOOST_TEST(kHostile.find('\0') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(hostile_text_is_stored_verbatim_and_every_table_survives) {
    CliDatabase db;
    db.init();
    const auto tables_before = tables(db);
    for (const char* t : {"projects", "targets", "target_groups", "people", "events", "sessions",
                          "attendance", "activities", "organisations", "units", "courses",
                          "work_packages", "target_group_members"}) {
        BOOST_TEST(
            (std::find(tables_before.begin(), tables_before.end(), t) != tables_before.end()),
            t << " is missing after init");
    }

    import_hostile_files(db, false);

    BOOST_TEST(tables(db) == tables_before);
    BOOST_TEST(db.query({"SELECT COUNT(*) FROM projects", "SELECT COUNT(*) FROM targets",
                         "SELECT COUNT(*) FROM people", "SELECT COUNT(*) FROM events",
                         "SELECT COUNT(*) FROM sessions", "SELECT COUNT(*) FROM attendance",
                         "SELECT COUNT(*) FROM activities",
                         "SELECT COUNT(*) FROM target_group_members"}) ==
               "2\n2\n3\n2\n2\n3\n2\n3\n");

    // projects.csv
    const std::string projects =
        "SELECT p.code, p.name, o.name, o.business_id, p.authority FROM projects p "
        "LEFT JOIN organisations o ON o.id = p.implementer_id WHERE p.day_minutes = ";
    BOOST_TEST(db.query(projects + "360") ==
               row({kCode1, kLongName, hostile("Toteuttaja"), "0114162-2", hostile("ELY")}));
    BOOST_TEST(db.query(projects + "420") ==
               row({kCode2, kLines, hostile("Kunta"), "", hostile("Viranomainen")}));
    // targets.csv (and the target groups it created)
    const std::string targets =
        "SELECT p.code, t.metric, g.name FROM targets t JOIN projects p ON p.id = t.project_id "
        "LEFT JOIN target_groups g ON g.id = t.target_group_id WHERE t.planned_hundredths = ";
    BOOST_TEST(db.query(targets + "1100") == row({kCode1, kMetric1, kGroup1}));
    BOOST_TEST(db.query(targets + "2200") == row({kCode2, kMetric2, kGroup2}));
    // people.csv: organisations and units are created on first mention.
    const std::string people =
        "SELECT p.employee_id, p.first_name, p.last_name, p.email, o.name, u.name, "
        "s.employee_id FROM people p LEFT JOIN people s ON s.id = p.supervisor_id "
        "LEFT JOIN organisations o ON o.id = p.organisation_id "
        "LEFT JOIN units u ON u.id = p.unit_id WHERE p.birth_year = ";
    BOOST_TEST(db.query(people + "1971") ==
               row({kPerson1, kLongName, hostile("Sukunimi"), kEmail1, hostile("Organisaatio"),
                    hostile("Yksikkö"), kPerson3}));
    BOOST_TEST(db.query(people + "1972") == row({kPerson2, hostile("Etunimi"), kLines, kEmail2,
                                                 kLongKey1, kLongKey2, kPerson3}));
    BOOST_TEST(db.query(people + "1973") == row({kPerson3, "NULL", "'", "", "", "", ""}));
    BOOST_TEST(db.query("SELECT COUNT(*) FROM people WHERE email IS NULL AND "
                        "organisation_id IS NULL AND supervisor_id IS NULL") == "1\n");
    const std::string members =
        "SELECT pr.code, g.name FROM target_group_members m "
        "JOIN people p ON p.id = m.person_id JOIN target_groups g ON g.id = m.target_group_id "
        "JOIN projects pr ON pr.id = g.project_id WHERE p.birth_year = ";
    BOOST_TEST(db.query(members + "1971 AND pr.day_minutes = 360") == row({kCode1, kGroup1}));
    BOOST_TEST(db.query(members + "1971 AND pr.day_minutes = 420") == row({kCode2, kGroup2}));
    BOOST_TEST(db.query(members + "1972") == row({kCode1, kGroup1}));
    // events.csv: work packages and courses are created on first mention.
    const std::string events =
        "SELECT e.code, p.code, e.title, w.name, c.title, e.provider, e.place, g.name "
        "FROM events e JOIN projects p ON p.id = e.project_id "
        "LEFT JOIN work_packages w ON w.id = e.work_package_id "
        "LEFT JOIN courses c ON c.id = e.course_id "
        "LEFT JOIN target_groups g ON g.id = e.target_group_id WHERE e.cost_cents = ";
    BOOST_TEST(db.query(events + "101") ==
               row({kEvent1, kCode1, kLongTitle, hostile("Työpaketti"), hostile("Kurssi"),
                    hostile("Kouluttaja"), kLines, kGroup1}));
    BOOST_TEST(db.query(events + "202") == row({kEvent2, kCode2, hostile("Otsikko"), kLongKey3,
                                                kLongKey4, "NULL", kLongText, kGroup2}));
    // sessions.csv and attendance.csv name events and people by their ids.
    BOOST_TEST(db.query("SELECT e.code FROM sessions s JOIN events e ON e.id = s.event_id "
                        "WHERE e.cost_cents = 101 AND s.start_minute = 540") == row({kEvent1}));
    BOOST_TEST(db.query("SELECT e.code FROM sessions s JOIN events e ON e.id = s.event_id "
                        "WHERE e.cost_cents = 202 AND s.end_minute = 720") == row({kEvent2}));
    const std::string attendance =
        "SELECT e.code, p.employee_id, a.status FROM attendance a "
        "JOIN sessions s ON s.id = a.session_id JOIN events e ON e.id = s.event_id "
        "JOIN people p ON p.id = a.person_id WHERE p.birth_year = ";
    BOOST_TEST(db.query(attendance + "1971") == row({kEvent1, kPerson1, "present"}));
    BOOST_TEST(db.query(attendance + "1972") == row({kEvent1, kPerson2, "partial"}));
    BOOST_TEST(db.query(attendance + "1973") == row({kEvent2, kPerson3, "present"}));
    // activities.csv
    const std::string activities =
        "SELECT p.employee_id, pr.code, a.description FROM activities a "
        "JOIN people p ON p.id = a.person_id JOIN projects pr ON pr.id = a.project_id "
        "WHERE a.minutes = ";
    BOOST_TEST(db.query(activities + "90") == row({kPerson1, kCode1, kLongText}));
    BOOST_TEST(db.query(activities + "150") ==
               row({kPerson3, kCode2, hostile("Kuvaus") + "\n" + kLines}));
}

BOOST_AUTO_TEST_CASE(the_reports_show_hostile_text_verbatim) {
    CliDatabase db;
    db.init();
    import_hostile_files(db, false);

    // The monitoring report of each project, chosen by its hostile code.
    const auto first = report_json(db, {"monitoring", "--project", kCode1});
    BOOST_TEST(first["project"]["code"] == kCode1);
    BOOST_TEST(first["project"]["name"] == kLongName);
    BOOST_TEST(first["project"]["implementer"] == hostile("Toteuttaja"));
    BOOST_TEST(first["project"]["authority"] == hostile("ELY"));
    BOOST_REQUIRE(first["by_target_group"].size() == 1u);
    BOOST_TEST(first["by_target_group"][0]["target_group"] == kGroup1);
    BOOST_TEST(first["by_target_group"][0]["participants_started"] == 2);
    BOOST_REQUIRE(first["targets"].size() == 1u);
    BOOST_TEST(first["targets"][0]["metric"] == kMetric1);
    BOOST_TEST(first["targets"][0]["target_group"] == kGroup1);
    BOOST_TEST(first["participants_started"]["total"] == 2);

    const auto second = report_json(db, {"monitoring", "--project", kCode2});
    BOOST_TEST(second["project"]["code"] == "NULL");
    BOOST_TEST(second["project"]["name"] == kLines);
    BOOST_TEST(second["project"]["implementer"] == hostile("Kunta"));
    BOOST_REQUIRE(second["targets"].size() == 1u);
    BOOST_TEST(second["targets"][0]["metric"] == kMetric2);
    BOOST_TEST(second["targets"][0]["target_group"] == kGroup2);
    BOOST_TEST(second["participants_started"]["total"] == 1);

    // The ledger: people by id and name, events by id and title, activities by description.
    const auto ledger = report_json(db, {"ledger", "--project", kCode1});
    BOOST_TEST(ledger["project"]["code"] == kCode1);
    BOOST_TEST(ledger["project"]["name"] == kLongName);
    std::vector<std::pair<std::string, std::string>> who;
    std::vector<std::pair<json, json>> what;
    for (const auto& day : ledger["days"]) {
        who.emplace_back(day["employee_id"], day["name"]);
        for (const auto& t : titles(day["entries"])) {
            what.push_back(t);
        }
    }
    std::sort(who.begin(), who.end());
    std::vector<std::pair<std::string, std::string>> expected_who{
        {kPerson2, hostile("Etunimi") + " " + kLines},
        {kPerson1, kLongName + " " + hostile("Sukunimi")},
        {kPerson1, kLongName + " " + hostile("Sukunimi")}};
    std::sort(expected_who.begin(), expected_who.end());
    BOOST_TEST((who == expected_who));
    std::sort(what.begin(), what.end());
    std::vector<std::pair<json, json>> expected_what{{json(kEvent1), json(kLongTitle)},
                                                     {json(kEvent1), json(kLongTitle)},
                                                     {json(nullptr), json(kLongText)}};
    std::sort(expected_what.begin(), expected_what.end());
    BOOST_TEST((what == expected_what));

    // A transcript, chosen by a hostile employee id; "NULL" is a person, not a missing one.
    const auto transcript = report_json(db, {"transcript", "--person", kPerson1});
    BOOST_TEST(transcript["person"]["employee_id"] == kPerson1);
    BOOST_TEST(transcript["person"]["first_name"] == kLongName);
    BOOST_TEST(transcript["person"]["last_name"] == hostile("Sukunimi"));
    BOOST_TEST(transcript["person"]["organisation"] == hostile("Organisaatio"));
    BOOST_TEST(transcript["person"]["unit"] == hostile("Yksikkö"));
    BOOST_REQUIRE(transcript["projects"].size() == 1u);
    BOOST_TEST(transcript["projects"][0]["code"] == kCode1);
    BOOST_TEST(transcript["projects"][0]["name"] == kLongName);
    auto lines = titles(transcript["projects"][0]["lines"]);
    std::sort(lines.begin(), lines.end());
    BOOST_TEST((lines == std::vector<std::pair<json, json>>{{json(nullptr), json(kLongText)},
                                                            {json(kEvent1), json(kLongTitle)}}));

    const auto null_person = report_json(db, {"transcript", "--person", kPerson3});
    BOOST_TEST(null_person["person"]["employee_id"] == "NULL");
    BOOST_TEST(null_person["person"]["first_name"] == "NULL");
    BOOST_TEST(null_person["person"]["last_name"] == "'");
    BOOST_TEST(null_person["person"]["organisation"].is_null());
    BOOST_REQUIRE(null_person["projects"].size() == 1u);
    BOOST_TEST(null_person["projects"][0]["code"] == "NULL");
    lines = titles(null_person["projects"][0]["lines"]);
    std::sort(lines.begin(), lines.end());
    BOOST_TEST((lines == std::vector<std::pair<json, json>>{
                             {json(nullptr), json(hostile("Kuvaus") + "\n" + kLines)},
                             {json(kEvent2), json(hostile("Otsikko"))}}));

    // The HTML document escapes the markup rather than carrying it.
    const auto html = db.run({"report", "monitoring", "--project", kCode1, "--format", "html"});
    BOOST_REQUIRE_MESSAGE(html.exit_code == 0, describe(html));
    BOOST_TEST(!contains(html.out, "<script>alert(1)</script>"));
    BOOST_TEST(contains(html.out, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

BOOST_AUTO_TEST_CASE(reimporting_the_hostile_files_changes_nothing) {
    // Every key read back from the database equals the file's: nothing is new or updated.
    CliDatabase db;
    db.init();
    import_hostile_files(db, false);
    const std::string before = db.snapshot();
    import_hostile_files(db, true);
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(a_name_too_long_to_index_is_refused_on_every_backend) {
    // On PostgreSQL a 10,000-character organisation stopped the import with an internal error
    // (an index entry is at most 2704 bytes); now both backends list it as bad input.
    CliDatabase db;
    seed(db);
    const std::string before = db.snapshot();

    auto file = db.write("people_long.csv", "employee_id,first_name,last_name,organisation\n" +
                                                csv_line({"N1", kLongName, kLongName, kLongText}));
    check_rejected(db.import("people", file), file,
                   {{2, "organisation",
                     "the value is 10000 characters long; at most 500 are "
                     "allowed"}});
    file = db.write("events_long.csv",
                    "event_id,project,title,kind,course\n" +
                        csv_line({"EVL", "ESR1", kLongTitle, "course", long_text(8, 501)}));
    check_rejected(db.import("events", file), file,
                   {{2, "course", "the value is 501 characters long; at most 500 are allowed"}});
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(a_nul_byte_is_refused_with_its_line) {
    // formats.md: a NUL byte is an error, listed as FILE:LINE, and nothing is written.
    CliDatabase db;
    seed(db);
    const std::string before = db.snapshot();

    // In a quoted field on line 3.
    auto file = db.write("people_nul.csv",
                         "employee_id,first_name,last_name\n"
                         "N1,Aino,Aalto\n"
                         "\"N2\",\"Ber\0tta\",Berg\n"s);
    check_rejected(db.import("people", file), file, {{3, "", "the line holds a NUL byte"}});

    // On the second line of a record that starts on line 2.
    file = db.write("events_nul.csv",
                    "event_id,project,title,kind\n"
                    "EVN,ESR1,\"rivi 1\n\0rivi 2\",course\n"
                    "EVM,ESR1,Toinen,course\n"s);
    check_rejected(db.import("events", file), file,
                   {{2, "", "line 3 of the record holds a NUL byte"}});

    // Alone on a line of its own, after hostile text on the lines before.
    file =
        db.write("activities_nul.csv",
                 "employee_id,project,date,kind,minutes,description\n" +
                     csv_line({"E1", "ESR1", "20.3.2024", "self_study", "90", kHostile}) + "\0\n"s);
    check_rejected(db.import("activities", file), file, {{3, "", "the line holds a NUL byte"}});

    // In the header: that one error, not the next record's values taken for column names.
    file = db.write("people_nul_header.csv",
                    "employee_id,first\0_name,last_name\n"
                    "N1,Aino,Aalto\n"s);
    check_rejected(db.import("people", file), file, {{1, "", "the line holds a NUL byte"}});

    // UTF-16 (as some editors save "Unicode text"): every ASCII character has a NUL beside it.
    std::string utf16;
    for (char c : "employee_id,first_name,last_name\nE9,Aino,Aalto\n"s) {
        utf16 += c;
        utf16 += '\0';
    }
    file = db.write("people_utf16.csv", utf16);
    const auto r = db.import("people", file);
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(starts_with(r.err, file.string() + ":1: the line holds a NUL byte"));
    }
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_SUITE_END()
