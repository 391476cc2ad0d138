// polku-cli import of good files (formats.md "CSV in"): every kind, both delimiters, a BOM,
// CRLF, the date and time spellings, quoted fields holding the delimiter, doubled quotes and
// line breaks, Finnish letters; the counts printed; re-import, changed rows and --dry-run.
// What was stored is read back with sqlite3 or psql.

#include <boost/test/unit_test.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

namespace {

// BOM, ';', a quoted field holding ';', doubled quotes, both date spellings, spaces and
// capitals around header names.
const std::string kProjects =
    "\xEF\xBB\xBF Code ;NAME;implementer;implementer_business_id;authority;start;end;"
    "day_minutes;cap_per_day;rounding;excluded_kinds\n"
    "ESR1;\"Osaava henkilöstö; Pohjois-Savo\";Kuopion kaupunki;0114162-2;"
    "Pohjois-Savon ELY-keskus;1.1.2024;2025-12-31;360;yes;none;\n"
    "ESR2;\"Hyvinvointi \"\"Plus\"\"\";Siun sote;;;15.03.2024;31.12.2026;420;no;half_day_down;"
    "wellbeing_day|other\n";

// ',', Finnish letters, E1 and E2 report to E3 on a later row, target groups created on first
// mention.
const std::string kPeople =
    "employee_id,first_name,last_name,email,organisation,unit,supervisor_id,gender,birth_year,"
    "education,labour_status,target_groups\n"
    "E1,Äijä,Öhman,aija.ohman@example.fi,Kuopion kaupunki,Sosiaalityö,E3,female,1980,isced_5_8,"
    "employed,ESR1:hoitajat\n"
    "E2,Åsa,Ström,,Kuopion kaupunki,,E3,male,1975,isced_3_4,employed,"
    "ESR1:hoitajat|ESR2:esihenkilöt\n"
    "E3,Päivi,Mäkelä,,,,,female,1965,,,\n";

// ';', a quoted field holding ',' and a line break (EV1 spans lines 2-3), doubled quotes,
// decimal comma.
const std::string kEvents =
    "event_id;project;title;kind;work_package;course;provider;mode;cost_eur;place;target_group\n"
    "EV1;ESR1;\"Kirjaaminen; osa 1\";course;TP1;Kirjaaminen;Oppilaitos Oy;onsite;1200,50;"
    "\"Kuopio,\nSavilahti\";hoitajat\n"
    "EV2;ESR1;\"Työhyvinvointi \"\"ilta\"\"\";workshop;;;;remote;;;\n"
    "EV3;ESR2;Esihenkilövalmennus;coaching;;;;hybrid;;;ESR2:esihenkilöt\n";

// CRLF line ends, padded mixed-case header, every time and date spelling, two sessions of EV3
// on one day.
const std::string kSessions =
    " Event_ID , DATE ,Start,End,break_minutes\r\n"
    "EV1,2024-03-15,9:00,16:00,60\r\n"
    "EV1,16.3.2024,09.00,12.00,\r\n"
    "EV2,05.04.2024,13:00,15:30,0\r\n"
    "EV3,2.5.2024,09:00,11:00,0\r\n"
    "EV3,2.5.2024,13:00,15:00,15\r\n";

// Partial minutes equal to the session's length (360) are allowed; EV3's start picks the
// session.
const std::string kAttendance =
    "event_id,date,start,employee_id,status,minutes\n"
    "EV1,15.3.2024,,E1,present,\n"
    "EV1,2024-03-15,09:00,E2,partial,360\n"
    "EV1,16.03.2024,,E1,absent,\n"
    "EV2,5.4.2024,,E3,excused,\n"
    "EV3,2.5.2024,13.00,E2,,\n";

// ';', minutes or hours with a decimal comma or point, a description with ';', doubled quotes,
// and a line break with Finnish letters.
const std::string kActivities =
    "employee_id;project;date;kind;minutes;hours;description\n"
    "E1;ESR1;2024-03-20;self_study;90;;\"Verkkokurssi; \"\"Kirjaaminen\"\"\"\n"
    "E2;ESR1;21.3.2024;coaching;;1,5;\n"
    "E3;ESR2;22.03.2024;other;;2.25;\"rivi 1\nrivi 2: äöå ÄÖÅ\"\n";

// ',', a quoted decimal comma.
const std::string kTargets =
    "project,metric,target_group,planned\n"
    "ESR1,person_training_days,,\"2352,00\"\n"
    "ESR1,participants_started,hoitajat,300\n"
    "ESR2,participants_started_women,,120\n"
    "ESR2,person_training_days,esihenkilöt,40.5\n";

struct Sample {
    const char* kind;
    const std::string* content;
    int records;
};

const Sample kSample[] = {{"projects", &kProjects, 2},     {"people", &kPeople, 3},
                          {"events", &kEvents, 3},         {"sessions", &kSessions, 5},
                          {"attendance", &kAttendance, 5}, {"activities", &kActivities, 3},
                          {"targets", &kTargets, 4}};

std::string file_name(const char* kind) {
    return std::string(kind) + ".csv";
}

void import_sample(const CliDatabase& db) {
    for (const auto& s : kSample) {
        db.import_ok(s.kind, file_name(s.kind), *s.content, s.records, 0, 0);
    }
}

// Queries that show what each file stored, by keys rather than ids.
const char* const kProjectsQuery =
    "SELECT p.code, p.name, o.name, o.business_id, p.authority, p.start_date, p.end_date, "
    "p.day_minutes, p.cap_per_day, p.rounding, p.excluded_kinds FROM projects p "
    "LEFT JOIN organisations o ON o.id = p.implementer_id ORDER BY p.code";
const char* const kPeopleQuery =
    "SELECT p.employee_id, p.first_name, p.last_name, p.email, o.name, u.name, s.employee_id, "
    "p.gender, p.birth_year, p.education, p.labour_status FROM people p "
    "LEFT JOIN people s ON s.id = p.supervisor_id "
    "LEFT JOIN organisations o ON o.id = p.organisation_id "
    "LEFT JOIN units u ON u.id = p.unit_id ORDER BY p.employee_id";
const char* const kMembersQuery =
    "SELECT p.employee_id, pr.code, g.name FROM target_group_members m "
    "JOIN people p ON p.id = m.person_id JOIN target_groups g ON g.id = m.target_group_id "
    "JOIN projects pr ON pr.id = g.project_id ORDER BY 1, 2, 3";
const char* const kEventsQuery =
    "SELECT e.code, p.code, e.title, e.kind, w.name, c.title, e.provider, e.mode, e.cost_cents, "
    "e.place, g.name FROM events e JOIN projects p ON p.id = e.project_id "
    "LEFT JOIN work_packages w ON w.id = e.work_package_id "
    "LEFT JOIN courses c ON c.id = e.course_id "
    "LEFT JOIN target_groups g ON g.id = e.target_group_id ORDER BY e.code";
const char* const kSessionsQuery =
    "SELECT e.code, s.session_date, s.start_minute, s.end_minute, s.break_minutes "
    "FROM sessions s JOIN events e ON e.id = s.event_id ORDER BY 1, 2, 3";
const char* const kAttendanceQuery =
    "SELECT e.code, s.session_date, s.start_minute, p.employee_id, a.status, a.minutes "
    "FROM attendance a JOIN sessions s ON s.id = a.session_id "
    "JOIN events e ON e.id = s.event_id JOIN people p ON p.id = a.person_id "
    "ORDER BY 1, 2, 3, 4";
const char* const kActivitiesQuery =
    "SELECT p.employee_id, pr.code, a.activity_date, a.kind, a.minutes, a.description "
    "FROM activities a JOIN people p ON p.id = a.person_id "
    "JOIN projects pr ON pr.id = a.project_id ORDER BY 1, 2, 3, 4";
const char* const kTargetsQuery =
    "SELECT p.code, t.metric, g.name, t.planned_hundredths FROM targets t "
    "JOIN projects p ON p.id = t.project_id "
    "LEFT JOIN target_groups g ON g.id = t.target_group_id ORDER BY 1, 2, 3";

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_import_happy)

BOOST_AUTO_TEST_CASE(every_kind_imports_and_stores_what_the_files_say) {
    CliDatabase db;
    import_sample(db);

    BOOST_TEST(db.query(kProjectsQuery) ==
               "ESR1|Osaava henkilöstö; Pohjois-Savo|Kuopion kaupunki|0114162-2|"
               "Pohjois-Savon ELY-keskus|2024-01-01|2025-12-31|360|1|none|\n"
               "ESR2|Hyvinvointi \"Plus\"|Siun sote|||2024-03-15|2026-12-31|420|0|half_day_down|"
               "wellbeing_day|other\n");
    BOOST_TEST(db.query(kPeopleQuery) ==
               "E1|Äijä|Öhman|aija.ohman@example.fi|Kuopion kaupunki|Sosiaalityö|E3|female|1980|"
               "isced_5_8|employed\n"
               "E2|Åsa|Ström||Kuopion kaupunki||E3|male|1975|isced_3_4|employed\n"
               "E3|Päivi|Mäkelä|||||female|1965||\n");
    BOOST_TEST(db.query(kMembersQuery) ==
               "E1|ESR1|hoitajat\n"
               "E2|ESR1|hoitajat\n"
               "E2|ESR2|esihenkilöt\n");
    BOOST_TEST(db.query(kEventsQuery) ==
               "EV1|ESR1|Kirjaaminen; osa 1|course|TP1|Kirjaaminen|Oppilaitos Oy|onsite|120050|"
               "Kuopio,\nSavilahti|hoitajat\n"
               "EV2|ESR1|Työhyvinvointi \"ilta\"|workshop||||remote|||\n"
               "EV3|ESR2|Esihenkilövalmennus|coaching||||hybrid|||esihenkilöt\n");
    BOOST_TEST(db.query(kSessionsQuery) ==
               "EV1|2024-03-15|540|960|60\n"
               "EV1|2024-03-16|540|720|0\n"
               "EV2|2024-04-05|780|930|0\n"
               "EV3|2024-05-02|540|660|0\n"
               "EV3|2024-05-02|780|900|15\n");
    BOOST_TEST(db.query(kAttendanceQuery) ==
               "EV1|2024-03-15|540|E1|present|\n"
               "EV1|2024-03-15|540|E2|partial|360\n"
               "EV1|2024-03-16|540|E1|absent|\n"
               "EV2|2024-04-05|780|E3|excused|\n"
               "EV3|2024-05-02|780|E2|present|\n");
    BOOST_TEST(db.query(kActivitiesQuery) ==
               "E1|ESR1|2024-03-20|self_study|90|Verkkokurssi; \"Kirjaaminen\"\n"
               "E2|ESR1|2024-03-21|coaching|90|\n"
               "E3|ESR2|2024-03-22|other|135|rivi 1\nrivi 2: äöå ÄÖÅ\n");
    BOOST_TEST(db.query(kTargetsQuery) ==
               "ESR1|participants_started|hoitajat|30000\n"
               "ESR1|person_training_days||235200\n"
               "ESR2|participants_started_women||12000\n"
               "ESR2|person_training_days|esihenkilöt|4050\n");
}

BOOST_AUTO_TEST_CASE(reimporting_the_same_files_changes_nothing) {
    CliDatabase db;
    import_sample(db);
    const std::string before = db.snapshot();
    for (const auto& s : kSample) {
        db.import_ok(s.kind, file_name(s.kind), *s.content, 0, 0, s.records);
    }
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(a_changed_row_is_updated_and_counted_once) {
    CliDatabase db;
    import_sample(db);

    db.import_ok("projects", "projects2.csv", replaced(kProjects, "420;no", "480;no"), 0, 1, 1);
    db.import_ok("people", "people2.csv", replaced(kPeople, "E3,Päivi,Mäkelä,", "E3,Päivi,Mäki,"),
                 0, 1, 2);
    db.import_ok("events", "events2.csv",
                 replaced(kEvents, "Esihenkilövalmennus;", "Esihenkilövalmennus II;"), 0, 1, 2);
    db.import_ok("sessions", "sessions2.csv", replaced(kSessions, "13:00,15:30,0", "13:00,16:00,0"),
                 0, 1, 4);
    db.import_ok("attendance", "attendance2.csv",
                 replaced(kAttendance, ",E3,excused,", ",E3,present,"), 0, 1, 4);
    db.import_ok("activities", "activities2.csv", replaced(kActivities, ";;1,5;", ";;2;"), 0, 1, 2);
    db.import_ok(
        "targets", "targets2.csv",
        replaced(kTargets, "participants_started_women,,120", "participants_started_women,,130"), 0,
        1, 3);

    BOOST_TEST(db.query("SELECT day_minutes FROM projects WHERE code = 'ESR2'") == "480\n");
    BOOST_TEST(db.query("SELECT last_name FROM people WHERE employee_id = 'E3'") == "Mäki\n");
    BOOST_TEST(db.query("SELECT title FROM events WHERE code = 'EV3'") ==
               "Esihenkilövalmennus II\n");
    BOOST_TEST(db.query("SELECT end_minute FROM sessions WHERE session_date = '2024-04-05'") ==
               "960\n");
    BOOST_TEST(db.query("SELECT a.status FROM attendance a JOIN people p ON p.id = a.person_id "
                        "WHERE p.employee_id = 'E3'") == "present\n");
    BOOST_TEST(db.query("SELECT minutes FROM activities WHERE activity_date = '2024-03-21'") ==
               "120\n");
    BOOST_TEST(db.query("SELECT planned_hundredths FROM targets "
                        "WHERE metric = 'participants_started_women'") == "13000\n");
}

BOOST_AUTO_TEST_CASE(people_columns_left_out_keep_their_stored_values) {
    // README: a file of names does not erase anyone's ESF data, supervisor or groups.
    CliDatabase db;
    import_sample(db);
    const std::string people_before = db.query(kPeopleQuery);
    const std::string members_before = db.query(kMembersQuery);
    db.import_ok("people", "names.csv",
                 "employee_id,first_name,last_name\nE1,Äijä,Öhman\nE2,Åsa,Ström\nE3,Päivi,Mäkelä\n",
                 0, 0, 3);
    BOOST_TEST(db.query(kPeopleQuery) == people_before);
    BOOST_TEST(db.query(kMembersQuery) == members_before);
}

BOOST_AUTO_TEST_CASE(a_changed_business_id_is_counted_as_updated) {
    // The implementer's business ID is a column of projects.csv; changing it changes what is
    // stored, so the row must count as updated (formats.md: a changed row updates the stored
    // one), and a dry run must say so too.
    CliDatabase db;
    db.init();
    db.import_ok("projects", "projects.csv",
                 "code,name,implementer,implementer_business_id\nP1,Hanke,Org,0114162-2\n", 1, 0,
                 0);
    const auto changed = db.write(
        "projects2.csv", "code,name,implementer,implementer_business_id\nP1,Hanke,Org,1234567-1\n");
    const auto dry = db.import("projects", changed, true);
    BOOST_TEST_CONTEXT(describe(dry)) {
        BOOST_TEST(dry.exit_code == 0);
        BOOST_TEST(dry.out == dry_run_line(changed, 0, 1, 0, 1));
    }
    const auto r = db.import("projects", changed);
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(r.out == counts_line(changed, 0, 1, 0, 1));
    }
    BOOST_TEST(db.query("SELECT business_id FROM organisations WHERE name = 'Org'") ==
               "1234567-1\n");
}

BOOST_AUTO_TEST_CASE(a_large_attendance_file_is_stored_completely) {
    // 1200 rows: more than two of the importer's 500-row write batches.
    CliDatabase db;
    db.init();
    const int people = 30, days = 40;
    const BulkAttendance bulk(people, days, true);
    bulk.import_references(db, people, days);
    db.import_ok("attendance", "attendance.csv", bulk.attendance, 1200, 0, 0);

    long long partial_minutes = 0;
    for (int r = 0; r < people * days; ++r) {
        if (r % 4 == 1) {
            partial_minutes += r % people + 1;  // person B(p) attends p minutes
        }
    }
    BOOST_TEST(db.query("SELECT status, COUNT(*), SUM(minutes) FROM attendance GROUP BY status "
                        "ORDER BY status") == "absent|300|\nexcused|300|\npartial|300|" +
                                                  std::to_string(partial_minutes) +
                                                  "\npresent|300|\n");
    // Each partial mark belongs to the person whose number is its minutes.
    BOOST_TEST(db.query("SELECT COUNT(*) FROM attendance a JOIN people p ON p.id = a.person_id "
                        "WHERE a.status = 'partial' "
                        "AND a.minutes <> CAST(SUBSTR(p.employee_id, 2) AS INTEGER)") == "0\n");
    BOOST_TEST(db.query("SELECT COUNT(DISTINCT session_id) FROM attendance") == "40\n");

    db.import_ok("attendance", "attendance.csv", bulk.attendance, 0, 0, 1200);
}

BOOST_AUTO_TEST_CASE(dry_run_counts_but_writes_nothing) {
    CliDatabase db;
    db.init();
    const std::string empty = db.snapshot();

    const auto projects = db.write("projects.csv", kProjects);
    const auto dry = db.import("projects", projects, true);
    BOOST_TEST_CONTEXT(describe(dry)) {
        BOOST_TEST(dry.exit_code == 0);
        BOOST_TEST(dry.out == dry_run_line(projects, 2, 0, 0, 2));
        BOOST_TEST(dry.err == "");
    }
    BOOST_TEST(db.snapshot() == empty);
    // Nothing was written, so the real import still finds both rows new.
    db.import_ok("projects", "projects.csv", kProjects, 2, 0, 0);

    // A dry run of a change reports it and leaves the stored row alone.
    for (const auto& s : kSample) {
        if (std::string(s.kind) != "projects") {
            db.import_ok(s.kind, file_name(s.kind), *s.content, s.records, 0, 0);
        }
    }
    const std::string full = db.snapshot();
    const auto changed =
        db.write("attendance2.csv", replaced(kAttendance, ",E3,excused,", ",E3,present,"));
    const auto dry_change = db.import("attendance", changed, true);
    BOOST_TEST_CONTEXT(describe(dry_change)) {
        BOOST_TEST(dry_change.exit_code == 0);
        BOOST_TEST(dry_change.out == dry_run_line(changed, 0, 1, 4, 5));
    }
    BOOST_TEST(db.snapshot() == full);
}

BOOST_AUTO_TEST_SUITE_END()
