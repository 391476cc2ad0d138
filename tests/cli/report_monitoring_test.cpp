// End to end: CSV files or the demo → polku-cli → report monitoring --format json, on the
// backend of the run (SQLite or PostgreSQL).
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/report_fixture.hpp"

using nlohmann::json;

BOOST_FIXTURE_TEST_SUITE(report_monitoring, polku::test::ReportFixture)

BOOST_AUTO_TEST_CASE(the_demo_reproduces_the_seed_final_report) {
    const auto demo = cli({"demo"});
    BOOST_REQUIRE_MESSAGE(demo.exit_code == 0, demo.err);
    const auto r = cli({"report", "monitoring", "--project", "S10873", "--format", "json"});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const auto j = json::parse(r.out);
    // OSKU's final report: 707 started of whom 626 women; 1035 participations; about 200
    // trainings; 2028 person-training days against 2352 planned.
    BOOST_TEST(j["participants_started"]["total"] == 707);
    BOOST_TEST(j["participants_started"]["women"] == 626);
    BOOST_TEST(j["participants_started"]["men"] == 81);
    BOOST_TEST(j["participations"] == 1035);
    BOOST_TEST(j["events"] == 200);
    BOOST_TEST(j["person_training_days"]["total"] == "2028.00");
    BOOST_TEST(j["project"]["start"] == "2009-04-01");
    BOOST_TEST(j["project"]["end"] == "2012-02-29");
    bool days_target = false;
    for (const auto& t : j["targets"]) {
        if (t["metric"] == "person_training_days" && t["target_group"].is_null()) {
            days_target = true;
            BOOST_TEST(t["planned"] == "2352.00");
            BOOST_TEST(t["realised"] == "2028.00");
            BOOST_TEST(t["percent"] == "86.2");  // 2028 / 2352 = 0.86224…
        }
        if (t["metric"] == "participants_started" && t["target_group"].is_null()) {
            BOOST_TEST(t["planned"] == 360);
        }
        if (t["metric"] == "participants_started_women") {
            BOOST_TEST(t["planned"] == 270);
        }
    }
    BOOST_TEST(days_target);
    // The wellbeing days and seminars of the seed.
    for (const auto& k : j["by_kind"]) {
        if (k["kind"] == "wellbeing_day") {
            BOOST_TEST(k["events"] == 10);
            BOOST_TEST(k["participations"] == 520);
        }
        if (k["kind"] == "seminar") {
            BOOST_TEST(k["events"] == 2);
            BOOST_TEST(k["participations"] == 176);
        }
    }
    // Deterministic: the same data gives byte-identical output, and the demo run again
    // changes nothing.
    BOOST_REQUIRE(cli({"demo"}).exit_code == 0);
    const auto again = cli({"report", "monitoring", "--project", "S10873", "--format", "json"});
    BOOST_TEST(again.out == r.out);
}

BOOST_AUTO_TEST_CASE(halves_of_a_period_add_up_to_the_whole) {
    BOOST_REQUIRE(cli({"demo"}).exit_code == 0);
    const auto whole = report("monitoring");
    const auto first = report("monitoring", {"--to", "30.6.2010"});
    const auto second = report("monitoring", {"--from", "1.7.2010"});
    const auto hundredths = [](const json& v) {
        const std::string s = v.get<std::string>();
        return std::stoll(s.substr(0, s.find('.'))) * 100 + std::stoll(s.substr(s.find('.') + 1));
    };
    // Every person-day lies on one side: with whole-day values the halves add up exactly.
    BOOST_TEST(hundredths(first["person_training_days"]["total"]) +
                   hundredths(second["person_training_days"]["total"]) ==
               hundredths(whole["person_training_days"]["total"]));
    BOOST_TEST(first["participants_started"]["total"].get<int>() +
                   second["participants_started"]["total"].get<int>() ==
               whole["participants_started"]["total"].get<int>());
    BOOST_TEST(first["period"]["from"] == "2009-04-01");
    BOOST_TEST(second["period"]["to"] == "2012-02-29");
}

BOOST_AUTO_TEST_CASE(csv_files_to_figures_field_by_field) {
    import("projects",
           "code;name;start;end;day_minutes;cap_per_day\nP1;Pieni "
           "hanke;1.1.2024;31.12.2024;360;yes\n");
    import("people",
           "employee_id,first_name,last_name,gender,birth_year,target_groups\n"
           "A,Aino,Ahola,female,1990,P1:Hoitajat\nB,Bertta,Berg,female,1960,P1:Hoitajat|P1:"
           "Esihenkilöt\n"
           "C,Cay,Carlsson,,,\n");
    import("events", "event_id,project,title,kind\nK,P1,Kurssi,course\nS,P1,Seminaari,seminar\n");
    import(
        "sessions",
        "event_id,date,start,end,break_minutes\nK,4.3.2024,8:00,16:00,60\nK,5.3.2024,9:00,12:00,0\n"
        "S,4.3.2024,16:00,18:00,0\nS,2.1.2025,9:00,12:00,0\n");
    import("attendance",
           "event_id,date,start,employee_id,status,minutes\n"
           "K,4.3.2024,,A,present,\nS,4.3.2024,,A,present,\n"  // A: 420 + 120 = 540 → capped 360 =
                                                               // 1 day
           "K,5.3.2024,,A,partial,90\n"                       // A: 90 → 0.25 day
           "K,4.3.2024,,B,absent,\nK,5.3.2024,,B,present,\n"  // B: 180 → 0.5 day
           "S,2.1.2025,,C,present,\n");                       // outside the span: flagged
    import(
        "activities",
        "employee_id,project,date,kind,hours\nC,P1,10.3.2024,self_study,\"1,5\"\n");  // 90 → 0.25
    const auto j = report("monitoring");
    // A 1.25 + B 0.5 + C 0.25 = 2.00 days.
    BOOST_TEST(j["person_training_days"]["total"] == "2.00");
    BOOST_TEST(j["person_training_days"]["women"] == "1.75");
    BOOST_TEST(j["person_training_days"]["not_given"] == "0.25");
    BOOST_TEST(j["participants_started"]["total"] == 3);
    BOOST_TEST(j["participants_started"]["not_given"] == 1);
    BOOST_TEST(j["participations"] == 3);  // (A,K), (A,S), (B,K); C's seminar is outside the span
    BOOST_TEST(j["events"] == 2);
    BOOST_TEST(j["flagged"][0]["count"] == 1);
    // A's capped day: 360 of 540 minutes, split 420 course : 120 seminar → 0.7778 : 0.2222;
    // course = 0.7778 + 0.25 (A's partial) + 0.5 (B) = 1.5278 → 1.53; seminar 0.22.
    BOOST_TEST(j["by_kind"][0]["kind"] == "course");
    BOOST_TEST(j["by_kind"][0]["person_training_days"] == "1.53");
    BOOST_TEST(j["by_kind"][2]["kind"] == "seminar");
    BOOST_TEST(j["by_kind"][2]["person_training_days"] == "0.22");
    BOOST_TEST(j["by_kind"][8]["kind"] == "self_study");
    BOOST_TEST(j["by_kind"][8]["person_training_days"] == "0.25");
    // Groups by name: Esihenkilöt (B: 0.5), Hoitajat (A and B: 1.75).
    BOOST_TEST(j["by_target_group"][0]["target_group"] == "Esihenkilöt");
    BOOST_TEST(j["by_target_group"][0]["person_training_days"] == "0.50");
    BOOST_TEST(j["by_target_group"][1]["person_training_days"] == "1.75");
    BOOST_TEST(j["by_target_group"][1]["participants_started"] == 2);
    // Ages at the start (2024): A 34, B 64, C not given.
    BOOST_TEST(j["esf_indicators"]["age"]["25_54"] == 1);
    BOOST_TEST(j["esf_indicators"]["age"]["55_over"] == 1);
    BOOST_TEST(j["esf_indicators"]["age"]["not_given"] == 1);
}

BOOST_AUTO_TEST_CASE(bad_requests_say_what_is_wrong) {
    import("projects",
           "code,name,start,end\nP1,Yksi,1.1.2024,31.12.2024\nP2,Kaksi,1.1.2024,31.12.2024\n");
    auto r = cli({"report", "monitoring", "--format", "json"});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("P1, P2") != std::string::npos);
    r = cli({"report", "monitoring", "--project", "NOPE", "--format", "json"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("no project with code 'NOPE'") != std::string::npos);
    r = cli({"report", "monitoring", "--project", "P1", "--from", "1.6.2024", "--to", "1.5.2024",
             "--format", "json"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("after it ends") != std::string::npos);
    r = cli({"report", "monitoring", "--project", "P1", "--from", "1.1.2030", "--format", "json"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("wholly outside") != std::string::npos);
    r = cli({"report", "monitoring", "--project", "P1", "--from", "31.2.2024", "--format", "json"});
    BOOST_TEST(r.exit_code == 1);
    // Partly outside is fine.
    r = cli({"report", "monitoring", "--project", "P1", "--from", "1.6.2023", "--format", "json"});
    BOOST_TEST(r.exit_code == 0);
}

BOOST_AUTO_TEST_CASE(an_output_file_is_private_and_whole) {
    import("projects", "code,name,start,end\nP1,Yksi,1.1.2024,31.12.2024\n");
    const auto path = t.dir() / "monitoring.json";
    const auto r = cli({"report", "monitoring", "--format", "json", "-o", path.string()});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    struct stat st {};
    BOOST_REQUIRE(::stat(path.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
    BOOST_TEST(json::parse(polku::test::read_file(path))["project"]["code"] == "P1");
}

BOOST_AUTO_TEST_SUITE_END()
