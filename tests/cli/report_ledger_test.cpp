// The ledger: the rows behind the monitoring figures. Its totals equal the monitoring
// report's for the same arguments, and every day row adds up from its entries.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/report_fixture.hpp"

using nlohmann::json;

namespace {

// Every day: its entries' minutes add up to the day's; the cap holds; the value is
// counted ÷ day_minutes to four decimals.
void check_days(const json& ledger) {
    const long long day_minutes = ledger["rules"]["day_minutes"];
    for (const auto& day : ledger["days"]) {
        long long sum = 0;
        for (const auto& e : day["entries"]) {
            sum += e["minutes"].get<long long>();
        }
        BOOST_TEST(sum == day["minutes"].get<long long>());
        BOOST_TEST(day["counted_minutes"].get<long long>() == std::min(sum, day_minutes));
    }
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(report_ledger, polku::test::ReportFixture)

BOOST_AUTO_TEST_CASE(totals_equal_the_monitoring_figures_for_the_same_arguments) {
    BOOST_REQUIRE(cli({"demo"}).exit_code == 0);
    for (const std::vector<std::string>& period : {std::vector<std::string>{},
                                                   {"--to", "30.6.2010"},
                                                   {"--from", "1.7.2010"},
                                                   {"--from", "1.9.2011", "--to", "30.11.2011"}}) {
        const auto monitoring = report("monitoring", period);
        const auto ledger = report("ledger", period);
        BOOST_TEST(ledger["totals"]["person_training_days"] ==
                   monitoring["person_training_days"]["total"]);
        BOOST_TEST(ledger["period"] == monitoring["period"]);
        check_days(ledger);
    }
    // The whole project: 2028 days are 2028 × 360 counted minutes.
    const auto whole = report("ledger");
    BOOST_TEST(whole["totals"]["person_training_days"] == "2028.00");
    BOOST_TEST(whole["totals"]["counted_minutes"] == 2028 * 360);
}

BOOST_AUTO_TEST_CASE(a_capped_day_shows_its_entries_and_its_value) {
    import("projects", "code,name,start,end\nP1,Pieni,1.1.2024,31.12.2024\n");
    import("people", "employee_id,first_name,last_name\nA,Aino,Äijälä\n");
    import(
        "events",
        "event_id,project,title,kind\nK,P1,Kurssi,course\nS,P1,\"Seminaari; iltapäivä\",seminar\n");
    import("sessions",
           "event_id,date,start,end,break_minutes\nK,4.3.2024,8:00,16:00,60\nS,4.3.2024,16:00,18:"
           "00,0\n");
    import("attendance", "event_id,date,employee_id\nK,4.3.2024,A\nS,4.3.2024,A\n");
    import(
        "activities",
        "employee_id,project,date,kind,minutes,description\nA,P1,5.3.2024,self_study,120,Verkko\n");
    const auto ledger = report("ledger");
    BOOST_REQUIRE(ledger["days"].size() == 2u);
    const auto& day = ledger["days"][0];
    BOOST_TEST(day["employee_id"] == "A");
    BOOST_TEST(day["name"] == "Aino Äijälä");
    BOOST_TEST(day["entries"].size() == 2u);
    BOOST_TEST(day["minutes"] == 540);          // 420 + 120
    BOOST_TEST(day["counted_minutes"] == 360);  // capped
    BOOST_TEST(day["day_value"] == "1.0000");
    BOOST_TEST(ledger["days"][1]["day_value"] == "0.3333");  // 120 / 360
    BOOST_TEST(ledger["days"][1]["entries"][0]["event_id"].is_null());
    BOOST_TEST(ledger["days"][1]["entries"][0]["title"] == "Verkko");
    BOOST_TEST(ledger["totals"]["person_training_days"] == "1.33");  // 480 / 360, rounded once
    BOOST_TEST(report("monitoring")["person_training_days"]["total"] == "1.33");

    // CSV for a Finnish spreadsheet: a quoted title holding the delimiter, a row per entry,
    // a day row, a total row.
    const auto csv = cli({"report", "ledger", "--format", "csv"});
    BOOST_REQUIRE_MESSAGE(csv.exit_code == 0, csv.err);
    BOOST_TEST(csv.out.find("entry;A;Aino Äijälä;4.3.2024;seminar;S;\"Seminaari; "
                            "iltapäivä\";16:00;18:00;present;120;;\r\n") != std::string::npos);
    BOOST_TEST(csv.out.find("day;A;Aino Äijälä;4.3.2024;;;;;;;540;360;1,0000\r\n") !=
               std::string::npos);
    BOOST_TEST(csv.out.find("total;;;;;;;;;;660;480;1,33\r\n") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
