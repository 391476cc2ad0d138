// The transcript: one person's record across projects, each project counted by its own
// rules, with the same days the ledger gives that person.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/report_fixture.hpp"

using nlohmann::json;

namespace {

struct TranscriptFixture : polku::test::ReportFixture {
    // Two projects with different rules; Aino takes part in both, Eero only in P2.
    void two_projects() {
        import("projects",
               "code,name,start,end,day_minutes,rounding,excluded_kinds\n"
               "P1,Yksi,1.1.2024,31.12.2024,360,none,wellbeing_day\n"
               "P2,Kaksi,1.1.2024,30.6.2024,480,half_day_down,\n");
        import("people",
               "employee_id,first_name,last_name,organisation,unit\n"
               "A,Aino,Äijälä,Kunta,Perusturva\nE,Eero,Öhman,Kunta,Tekniikka\n");
        import("events",
               "event_id,project,title,kind\nK1,P1,Kurssi,course\nH1,P1,Hyvinvointi,"
               "wellbeing_day\nW2,P2,Työpaja,workshop\n");
        import("sessions",
               "event_id,date,start,end,break_minutes\n"
               "K1,4.3.2024,9:00,12:00,0\nK1,5.3.2024,9:00,12:00,0\n"
               "H1,6.3.2024,9:00,15:00,0\nW2,7.3.2024,8:00,15:00,0\n");
        import("attendance",
               "event_id,date,employee_id,status,minutes\n"
               "K1,4.3.2024,A,present,\nK1,5.3.2024,A,absent,\nH1,6.3.2024,A,present,\n"
               "W2,7.3.2024,A,partial,300\nW2,7.3.2024,E,present,\n");
        import("activities",
               "employee_id,project,date,kind,minutes,description\n"
               "A,P1,8.3.2024,self_study,90,Verkko\nA,P1,1.2.2025,self_study,60,Myöhässä\n");
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(report_transcript, TranscriptFixture)

BOOST_AUTO_TEST_CASE(each_project_counts_by_its_own_rules) {
    two_projects();
    const auto t = report("transcript", {"--person", "A"});
    BOOST_TEST(t["person"]["first_name"] == "Aino");
    BOOST_TEST(t["person"]["last_name"] == "Äijälä");
    BOOST_TEST(t["person"]["unit"] == "Perusturva");
    BOOST_REQUIRE(t["projects"].size() == 2u);

    const auto& p1 = t["projects"][0];
    BOOST_TEST(p1["code"] == "P1");
    // 4.3 course 180 + 5.3 absent 0 + 6.3 wellbeing 360 (not counted: excluded) + 8.3 self
    // study 90 + 1.2.2025 self study 60 (outside the project: listed, not counted).
    BOOST_REQUIRE(p1["lines"].size() == 5u);
    BOOST_TEST(p1["lines"][0]["date"] == "2024-03-04");
    BOOST_TEST(p1["lines"][0]["counted"] == true);
    BOOST_TEST(p1["lines"][1]["status"] == "absent");
    BOOST_TEST(p1["lines"][1]["minutes"] == 0);
    BOOST_TEST(p1["lines"][2]["kind"] == "wellbeing_day");
    BOOST_TEST(p1["lines"][2]["counted"] == false);
    BOOST_TEST(p1["lines"][4]["date"] == "2025-02-01");
    BOOST_TEST(p1["lines"][4]["counted"] == false);
    BOOST_TEST(p1["minutes"] == 180 + 0 + 360 + 90 + 60);
    BOOST_TEST(p1["hours"] == "11.50");
    // 180/360 + 90/360 = 0.75 days.
    BOOST_TEST(p1["person_training_days"] == "0.75");

    const auto& p2 = t["projects"][1];
    BOOST_TEST(p2["code"] == "P2");
    // 300 of 480 minutes is 0.625 days, rounded down to half days: 0.5.
    BOOST_TEST(p2["person_training_days"] == "0.50");
    BOOST_TEST(p2["lines"][0]["status"] == "partial");

    // The total sums the projects' exact days: 0.75 + 0.5.
    BOOST_TEST(t["totals"]["person_training_days"] == "1.25");
    BOOST_TEST(t["totals"]["minutes"] == 690 + 300);

    // The person's days are their rows in each project's ledger.
    for (const auto& [code, minutes] : {std::pair{"P1", 270}, std::pair{"P2", 300}}) {
        const auto ledger = report("ledger", {"--project", code});
        long long counted = 0;
        for (const auto& day : ledger["days"]) {
            if (day["employee_id"] == "A") {
                counted += day["counted_minutes"].get<long long>();
            }
        }
        BOOST_TEST(counted == minutes);
    }
}

BOOST_AUTO_TEST_CASE(a_period_keeps_the_lines_inside_it) {
    two_projects();
    const auto t =
        report("transcript", {"--person", "A", "--from", "5.3.2024", "--to", "7.3.2024"});
    BOOST_TEST(t["period"]["from"] == "2024-03-05");
    BOOST_REQUIRE(t["projects"].size() == 2u);
    BOOST_TEST(t["projects"][0]["lines"].size() == 2u);  // 5.3 absent, 6.3 wellbeing
    BOOST_TEST(t["projects"][0]["person_training_days"] == "0.00");
    BOOST_TEST(t["projects"][1]["person_training_days"] == "0.50");
    // A person with nothing in a period has an empty record, not an error.
    const auto none = report("transcript", {"--person", "E", "--to", "1.3.2024"});
    BOOST_TEST(none["projects"].empty());
    BOOST_TEST(none["totals"]["person_training_days"] == "0.00");
}

BOOST_AUTO_TEST_CASE(the_demo_transcript_matches_the_ledger) {
    BOOST_REQUIRE(cli({"demo"}).exit_code == 0);
    const auto ledger = report("ledger");
    const long long day_minutes = ledger["rules"]["day_minutes"];
    const std::string who = ledger["days"][0]["employee_id"];
    long long counted = 0;
    for (const auto& day : ledger["days"]) {
        if (day["employee_id"] == who) {
            counted += day["counted_minutes"].get<long long>();
        }
    }
    const auto t = report("transcript", {"--person", who});
    BOOST_REQUIRE(t["projects"].size() == 1u);
    // The demo rounds nothing: days are counted minutes ÷ day minutes, rounded once.
    const long long hundredths = (counted * 100 * 2 + day_minutes) / (2 * day_minutes);
    char expected[32];
    std::snprintf(expected, sizeof expected, "%lld.%02lld", hundredths / 100, hundredths % 100);
    BOOST_TEST(t["totals"]["person_training_days"] == expected);

    const auto csv =
        cli({"report", "transcript", "--person", who, "--format", "csv", "--csv-style", "machine"});
    BOOST_REQUIRE_MESSAGE(csv.exit_code == 0, csv.err);
    BOOST_TEST(csv.out.find(std::string(",") + expected + "\r\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_requests_say_what_is_wrong) {
    two_projects();
    auto r = cli({"report", "transcript", "--format", "json"});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("--person") != std::string::npos);
    r = cli({"report", "transcript", "--person", "NOBODY", "--format", "json"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("NOBODY") != std::string::npos);
    r = cli({"report", "monitoring", "--person", "A", "--project", "P1", "--format", "json"});
    BOOST_TEST(r.exit_code == 2);
    r = cli({"report", "transcript", "--person", "A", "--from", "9.3.2024", "--to", "1.3.2024",
             "--format", "json"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("after it ends") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
