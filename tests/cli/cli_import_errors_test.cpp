// polku-cli import refuses bad input (formats.md "CSV in"): exit code 1, every problem as
// `FILE:LINE: column: message`, and nothing written. Each test imports one bad file into the
// shared seeded database (cli_support.hpp) and checks that it is unchanged afterwards.

#include <boost/test/unit_test.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;
using namespace std::string_literals;

namespace {

// Drops the shared database (a PostgreSQL database on the test server) at the end of the run.
struct DropSharedDatabase {
    ~DropSharedDatabase() { SharedSeededDatabase::drop(); }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(DropSharedDatabase);

BOOST_AUTO_TEST_SUITE(cli_import_errors)

// --- the file as a whole: header, encoding, quoting ---------------------------------------

BOOST_AUTO_TEST_CASE(unknown_column_is_named) {
    expect_rejected("projects", "unknown_column.csv",
                    "code,name,colour\nP2,Toinen hanke,punainen\n",
                    {{1, "colour", "unknown column"}});
}

BOOST_AUTO_TEST_CASE(missing_required_column_is_named) {
    expect_rejected("projects", "missing_column.csv", "code,start\nP2,1.1.2024\n",
                    {{1, "name", "required column is missing"}});
}

BOOST_AUTO_TEST_CASE(empty_file_is_refused) {
    expect_rejected("projects", "empty.csv", "", {{1, "", "the file is empty"}});
}

BOOST_AUTO_TEST_CASE(header_only_is_a_valid_import_of_nothing) {
    const auto& shared = SharedSeededDatabase::get();
    const auto file = shared.db().write("header_only.csv", "code,name,start,end\n");
    const auto r = shared.db().import("projects", file);
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(r.out == counts_line(file, 0, 0, 0, 0));
        BOOST_TEST(r.err == "");
    }
    SharedSeededDatabase::check_unchanged();
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_refused) {
    // "Café" saved as Latin-1: é is the single byte 0xE9, the 7th byte of the line.
    expect_rejected("projects", "latin1.csv", "code,name\nP2,Caf\xE9\n",
                    {{2, "", "the line is not valid UTF-8 (byte 7)"}});
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_multiline_record_is_reported_on_the_record_start) {
    // formats.md: LINE is the physical line where the record starts. The record starts on
    // line 2; the bad byte is on its second physical line (3).
    expect_rejected("projects", "latin1_multiline.csv", "code,name\nP2,\"Rivi 1\nCaf\xE9\"\n",
                    {{2, "", "not valid UTF-8"}});
}

BOOST_AUTO_TEST_CASE(nul_byte_is_refused) {
    expect_rejected("projects", "nul.csv", "code,name\nP2,To\0inen\n"s,
                    {{2, "", "the line holds a NUL byte"}});
}

BOOST_AUTO_TEST_CASE(unterminated_quote_is_reported_where_it_opens) {
    expect_rejected("projects", "unterminated.csv", "code,name\nP2,\"Kesken\nP3,Toinen\n",
                    {{2, "", "a quoted field starting on this line is never closed"}});
}

BOOST_AUTO_TEST_CASE(lines_count_physical_lines_after_a_quoted_line_break) {
    // P2's name holds a line break (lines 2-3), so P3 starts on line 4.
    expect_rejected("projects", "line_numbers.csv",
                    "code,name,start\nP2,\"Kaksi\nriviä\",1.1.2024\nP3,Kolme,31.2.2024\n",
                    {{4, "start", "'31.2.2024' is not a valid date"}});
}

BOOST_AUTO_TEST_CASE(file_that_does_not_exist_exits_1) {
    const auto& shared = SharedSeededDatabase::get();
    const auto file = shared.db().dir() / "no_such_file.csv";
    const auto r = shared.db().import("projects", file);
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.out == "");
        BOOST_TEST(r.err == "polku-cli: " + file.string() +
                                ": cannot read the file: No such file or directory\n");
    }
    SharedSeededDatabase::check_unchanged();
}

// --- values ---------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(impossible_date_is_refused) {
    expect_rejected("projects", "date.csv", "code,name,start\nP2,Toinen hanke,31.2.2024\n",
                    {{2, "start", "'31.2.2024' is not a valid date"}});
}

BOOST_AUTO_TEST_CASE(impossible_date_is_refused_in_a_dry_run_too) {
    expect_rejected("projects", "date_dry.csv", "code,name,start\nP2,Toinen hanke,31.2.2024\n",
                    {{2, "start", "'31.2.2024' is not a valid date"}}, true);
}

BOOST_AUTO_TEST_CASE(time_25_00_is_refused) {
    expect_rejected("sessions", "time.csv", "event_id,date,start,end\nEV1,16.3.2024,25:00,16:00\n",
                    {{2, "start", "'25:00' is not a valid time of day"}});
}

BOOST_AUTO_TEST_CASE(session_ending_before_it_starts_is_refused) {
    expect_rejected("sessions", "end_before_start.csv",
                    "event_id,date,start,end\nEV1,16.3.2024,14:00,13:00\n",
                    {{2, "end", "the session ends (13:00) before or when it starts (14:00)"}});
}

BOOST_AUTO_TEST_CASE(break_longer_than_the_session_is_refused) {
    expect_rejected(
        "sessions", "long_break.csv",
        "event_id,date,start,end,break_minutes\nEV1,16.3.2024,9:00,10:00,90\n",
        {{2, "break_minutes", "a break of 90 minutes is as long as or longer than the session"}});
}

BOOST_AUTO_TEST_CASE(partial_minutes_above_the_session_length_are_refused) {
    // EV1 on 15.3.2024 lasts 9:00-16:00 less a 60-minute break: 360 minutes.
    expect_rejected("attendance", "partial_too_long.csv",
                    "event_id,date,employee_id,status,minutes\nEV1,15.3.2024,E2,partial,361\n",
                    {{2, "minutes", "361 minutes is more than the session lasts (360 minutes)"}});
}

BOOST_AUTO_TEST_CASE(negative_minutes_are_refused) {
    expect_rejected("attendance", "negative_minutes.csv",
                    "event_id,date,employee_id,status,minutes\nEV1,15.3.2024,E2,partial,-30\n",
                    {{2, "minutes", "-30 minutes; partial attendance needs at least 1 minute"}});
}

BOOST_AUTO_TEST_CASE(minutes_with_status_present_are_refused) {
    expect_rejected("attendance", "minutes_present.csv",
                    "event_id,date,employee_id,status,minutes\nEV1,15.3.2024,E2,present,30\n",
                    {{2, "minutes", "minutes are given only with status partial"}});
}

BOOST_AUTO_TEST_CASE(misspelt_status_is_refused) {
    expect_rejected("attendance", "presnt.csv",
                    "event_id,date,employee_id,status\nEV1,15.3.2024,E2,presnt\n",
                    {{2, "status", "'presnt' is not one of present, partial, absent, excused"}});
}

BOOST_AUTO_TEST_CASE(business_id_with_wrong_check_digit_is_refused) {
    // 0114162-2 is valid; -3 is not.
    expect_rejected(
        "projects", "business_id.csv",
        "code,name,implementer,implementer_business_id\nP2,Toinen,Kuopion kaupunki,0114162-3\n",
        {{2, "implementer_business_id", "'0114162-3' is not a valid business ID"}});
}

BOOST_AUTO_TEST_CASE(birth_year_in_the_future_is_refused) {
    const std::string next_year = std::to_string(current_year() + 1);
    expect_rejected(
        "people", "birth_year.csv",
        "employee_id,first_name,last_name,birth_year\nE4,Eero,Eskola," + next_year + "\n",
        {{2, "birth_year", next_year + " is in the future"}});
}

// --- keys and references --------------------------------------------------------------

BOOST_AUTO_TEST_CASE(same_key_twice_names_both_lines) {
    expect_rejected("people", "duplicate_person.csv",
                    "employee_id,first_name,last_name\nE4,Eero,Eskola\nE5,Frida,Falk\n"
                    "E4,Eero,Eskelinen\n",
                    {{4, "employee_id", "the same employee_id E4 is already on line 2"}});
}

BOOST_AUTO_TEST_CASE(same_session_twice_in_other_spellings_names_both_lines) {
    // 16.3.2024 9:00 and 2024-03-16 09.00 are the same key.
    expect_rejected(
        "sessions", "duplicate_session.csv",
        "event_id,date,start,end\nEV1,16.3.2024,9:00,10:00\nEV1,2024-03-16,09.00,11:00\n",
        {{3, "start", "already on line 2"}});
}

BOOST_AUTO_TEST_CASE(same_attendance_twice_names_both_lines) {
    expect_rejected(
        "attendance", "duplicate_attendance.csv",
        "event_id,date,start,employee_id\nEV2,5.4.2024,13:00,E2\nEV2,05.04.2024,13.00,E2\n",
        {{3, "employee_id", "the same person in the same session is already on line 2"}});
}

BOOST_AUTO_TEST_CASE(supervisor_cycle_in_the_file_names_the_people) {
    expect_rejected("people", "cycle.csv",
                    "employee_id,first_name,last_name,supervisor_id\n"
                    "A1,Anna,Aho,A2\nA2,Bo,Bäck,A3\nA3,Cid,Cajander,A1\n",
                    {{2, "supervisor_id", "cycle: A1 → A2 → A3 → A1"}});
}

BOOST_AUTO_TEST_CASE(supervisor_cycle_through_stored_people_names_the_people) {
    // Stored: E1 reports to E3. The file makes E3 report to E1.
    expect_rejected("people", "cycle_stored.csv",
                    "employee_id,first_name,last_name,supervisor_id\nE3,Cecilia,Carlsson,E1\n",
                    {{2, "supervisor_id", "cycle: E3 → E1 → E3"}});
}

BOOST_AUTO_TEST_CASE(unknown_supervisor_is_refused) {
    expect_rejected("people", "unknown_supervisor.csv",
                    "employee_id,first_name,last_name,supervisor_id\nE4,Eero,Eskola,E99\n",
                    {{2, "supervisor_id", "no person with employee_id 'E99'"}});
}

BOOST_AUTO_TEST_CASE(attendance_for_an_unknown_event_is_refused) {
    expect_rejected("attendance", "unknown_event.csv",
                    "event_id,date,employee_id\nEV9,15.3.2024,E2\n",
                    {{2, "event_id", "no event 'EV9'"}});
}

BOOST_AUTO_TEST_CASE(attendance_for_an_unknown_person_is_refused) {
    expect_rejected("attendance", "unknown_person.csv",
                    "event_id,date,employee_id\nEV1,15.3.2024,E99\n",
                    {{2, "employee_id", "no person with employee_id 'E99'"}});
}

BOOST_AUTO_TEST_CASE(attendance_on_a_date_without_a_session_is_refused) {
    expect_rejected("attendance", "no_session.csv", "event_id,date,employee_id\nEV1,16.3.2024,E2\n",
                    {{2, "date", "event EV1 has no session on 16.3.2024"}});
}

BOOST_AUTO_TEST_CASE(attendance_without_start_on_a_day_of_two_sessions_is_refused) {
    expect_rejected("attendance", "which_session.csv",
                    "event_id,date,start,employee_id\nEV2,5.4.2024,,E2\n",
                    {{2, "start", "event EV2 has 2 sessions on 5.4.2024 (09:00, 13:00)"}});
}

BOOST_AUTO_TEST_CASE(event_of_an_unknown_project_is_refused) {
    expect_rejected("events", "unknown_project.csv",
                    "event_id,project,title,kind\nEV3,NOPE,Uusi kurssi,course\n",
                    {{2, "project", "no project with code 'NOPE'"}});
}

// --- several problems -----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(every_error_is_listed_in_line_order) {
    // Line 2's unknown supervisor is found only after the whole file is read, yet is listed
    // first; line 5 is good.
    const std::string next_year = std::to_string(current_year() + 1);
    expect_rejected("people", "many_errors.csv",
                    "employee_id,first_name,last_name,supervisor_id,birth_year\n"
                    "P1,Aarne,Aalto,NOPE,1980\n"
                    "P2,,Berg,,1970\n"
                    "P3,Cilla,Carlsson,,vuosi\n"
                    "P4,Dan,Dahl,,1960\n"
                    "P5,Eeva,Ek,," +
                        next_year + "\n",
                    {{2, "supervisor_id", "no person with employee_id 'NOPE'"},
                     {3, "first_name", "a value is required"},
                     {4, "birth_year", "'vuosi' is not a whole number"},
                     {6, "birth_year", next_year + " is in the future"}});
}

BOOST_AUTO_TEST_CASE(every_error_in_a_sessions_file_is_listed) {
    expect_rejected("sessions", "many_session_errors.csv",
                    "event_id;date;start;end;break_minutes\n"
                    "EV1;31.2.2024;9:00;10:00;\n"
                    "EV1;17.3.2024;9:00;10:00;\n"
                    "EV9;17.3.2024;9:00;10:00;\n"
                    "EV1;18.3.2024;25:00;10:00;\n"
                    "EV1;19.3.2024;11:00;10:00;\n",
                    {{2, "date", "'31.2.2024' is not a valid date"},
                     {4, "event_id", "no event 'EV9'"},
                     {5, "start", "'25:00' is not a valid time of day"},
                     {6, "end", "before or when it starts"}});
}

BOOST_AUTO_TEST_SUITE_END()
