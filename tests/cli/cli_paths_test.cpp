// Competence paths end to end (docs/formats-paths.md): the path files imported on each
// backend, the paths report checked against the hand-computed case of
// tests/fixtures/paths/README.md, a supervisor's team, sign-offs by someone not above the
// person refused, and the report in every format read back with the tools users open.

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"
#include "tests/cli/paths_fixture.hpp"
#include "tests/support/csv_text.hpp"

using namespace polku::test;
using namespace polku::test::cli;
using Json = nlohmann::json;

namespace {

const std::filesystem::path kFixtures =
    std::filesystem::path(POLKU_SOURCE_DIR) / "tests" / "fixtures" / "paths";
Json paths_json(const CliDatabase& db, const std::vector<std::string>& scope,
                const std::string& to = "2026-06-01") {
    std::vector<std::string> args{"report", "paths", "--to", to, "--format", "json"};
    args.insert(args.end(), scope.begin(), scope.end());
    const auto r = db.run(args);
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST_REQUIRE(r.exit_code == 0);
    }
    return Json::parse(r.out);
}

// "E201: done 2026-02-16 course" for each step of each person, as the README's table.
std::string states(const Json& path) {
    std::string text;
    for (const auto& person : path["people"]) {
        text += person["employee_id"].get<std::string>() + " " +
                person["progress"]["percent"].get<std::string>() + ":";
        for (const auto& step : person["steps"]) {
            text += " " + step["state"].get<std::string>();
            if (!step["completed_on"].is_null()) {
                text += "@" + step["completed_on"].get<std::string>() + "/" +
                        step["completed_by"].get<std::string>();
            }
        }
        text += "\n";
    }
    return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_paths)

BOOST_AUTO_TEST_CASE(the_hand_computed_path_comes_out_of_the_report) {
    CliDatabase db;
    import_paths_fixture(db);
    BOOST_TEST(db.query("SELECT COUNT(*) FROM path_assignments") == "3\n");

    const Json report = paths_json(db, {"--project", "POLKU1"});
    BOOST_TEST(report["report"] == "paths");
    BOOST_TEST(report["to"] == "2026-06-01");
    BOOST_TEST_REQUIRE(report["paths"].size() == 1u);
    const Json& path = report["paths"][0];
    BOOST_TEST(path["path_id"] == "PEREHDYTYS");
    BOOST_TEST(path["target_group"] == "Hoitajat");
    BOOST_TEST(path["steps"][1]["required_minutes"] == 240);  // "4" hours
    BOOST_TEST(path["steps"][3]["mandatory"] == false);
    // In the Finnish order of last names (Lahtinen, Mäkinen, Nieminen).
    BOOST_TEST(states(path) ==
               "E203 66.7: overdue done@2026-03-10/minutes done@2026-05-05/sign_off not_started\n"
               "E201 66.7: done@2026-02-16/course done@2026-03-20/minutes not_started "
               "done@2026-02-02/minutes\n"
               "E202 0.0: overdue overdue not_started done@2026-02-02/minutes\n");
    const Json& e202 = path["people"][2]["steps"];
    BOOST_TEST(e202[0]["sessions_attended"] == 2);  // 89 of 180 minutes is under half
    BOOST_TEST(e202[0]["sessions_required"] == 3);  // 75 % of 4, rounded up
    BOOST_TEST(e202[1]["minutes"] == 60);
    BOOST_TEST(e202[1]["due"] == "2026-04-15");
    BOOST_TEST(path["people"][0]["steps"][2]["signed_off"]["by"] == "E100");

    BOOST_TEST_REQUIRE(report["overdue"].size() == 3u);
    BOOST_TEST(report["overdue"][2]["employee_id"] == "E202");
    BOOST_TEST(report["overdue"][2]["step"] == 2);
    BOOST_TEST(report["overdue"][2]["due"] == "2026-04-15");

    // Before the course's third session nothing of step 1 is done, and nothing is overdue.
    const Json early = paths_json(db, {"--project", "POLKU1"}, "2026-02-10");
    BOOST_TEST(early["overdue"].size() == 0u);
    BOOST_TEST(early["paths"][0]["people"][1]["steps"][0]["state"] == "in_progress");
}

BOOST_AUTO_TEST_CASE(a_supervisor_sees_everyone_below_them_and_no_one_else) {
    CliDatabase db;
    import_paths_fixture(db);
    const auto people = [](const Json& report) {
        std::string ids;
        for (const auto& path : report["paths"]) {
            for (const auto& person : path["people"]) {
                ids += person["employee_id"].get<std::string>() + " ";
            }
        }
        return ids;
    };
    BOOST_TEST(people(paths_json(db, {"--supervisor", "E100"})) == "E203 E201 E202 ");
    BOOST_TEST(people(paths_json(db, {"--supervisor", "E201"})) == "E203 ");
    const Json none = paths_json(db, {"--supervisor", "E300"});
    BOOST_TEST(none["paths"].size() == 0u);
    BOOST_TEST(none["scope"]["supervisor"]["employee_id"] == "E300");

    const auto both = db.run(
        {"report", "paths", "--project", "POLKU1", "--supervisor", "E100", "--format", "json"});
    BOOST_TEST(both.exit_code == 2, describe(both));
    BOOST_TEST(contains(both.err, "one of them"));
    const auto unknown = db.run({"report", "paths", "--supervisor", "E999", "--format", "json"});
    BOOST_TEST(unknown.exit_code != 0);
    BOOST_TEST(contains(unknown.err, "E999"));
}

BOOST_AUTO_TEST_CASE(a_sign_off_by_someone_not_above_the_person_is_refused) {
    CliDatabase db;
    import_paths_fixture(db);
    const std::string before = db.snapshot();
    // E203 reports to E201, not the other way round; E202 is E201's peer; nobody signs off
    // their own step; E202 is on the path, E300 is not.
    const auto file = db.write("bad-signoffs.csv",
                               "project,path_id,step,employee_id,date,by,note\n"
                               "POLKU1,PEREHDYTYS,3,E201,2026-05-05,E203,\n"
                               "POLKU1,PEREHDYTYS,3,E202,2026-05-05,E201,\n"
                               "POLKU1,PEREHDYTYS,3,E202,2026-05-05,E202,\n"
                               "POLKU1,PEREHDYTYS,3,E300,2026-05-05,E100,\n"
                               "POLKU1,PEREHDYTYS,9,E202,2026-05-05,E200,\n");
    check_rejected(db.import("signoffs", file), file,
                   {{2, "by", "E203 cannot sign off for E201"},
                    {3, "by", "E201 cannot sign off for E202"},
                    {4, "by", "cannot sign off their own step"},
                    {5, "by", "E100 cannot sign off for E300"},
                    {6, "step", "has no step 9"}});
    BOOST_TEST(db.snapshot() == before);

    // Three levels up is above.
    db.import_ok("signoffs", "deep.csv",
                 "project,path_id,step,employee_id,date,by\n"
                 "POLKU1,PEREHDYTYS,3,E202,2026-05-06,E200\n",
                 1, 0, 0);
}

BOOST_AUTO_TEST_CASE(path_files_reimport_unchanged_and_report_their_mistakes) {
    CliDatabase db;
    import_paths_fixture(db);
    for (const char* kind : {"paths", "path_steps", "assignments", "signoffs", "event_competences",
                             "activity_competences"}) {
        const auto file = kFixtures / (std::string(kind) + ".csv");
        const auto r = db.import(kind, file);
        BOOST_TEST_CONTEXT(describe(r)) {
            BOOST_TEST(r.exit_code == 0);
            BOOST_TEST(contains(r.out, " 0 new, 0 updated, "));
        }
    }
    const std::string before = db.snapshot();
    const auto steps = db.write(
        "bad-steps.csv",
        "project,path_id,step,kind,title,competence,minutes,hours,course,mandatory,due_days\n"
        "POLKU1,PEREHDYTYS,5,competence,,ASI-1,,,,,\n"
        "POLKU1,PEREHDYTYS,6,course,,ASI-1,,,,,\n"
        "POLKU1,PEREHDYTYS,7,signoff,,,,,,,\n"
        "POLKU1,PEREHDYTYS,8,competence,,NOPE,60,,,,\n"
        "POLKU1,NOPATH,1,signoff,Keskustelu,,,,,,\n"
        "POLKU1,PEREHDYTYS,0,signoff,Keskustelu,,,,,maybe,-3\n"
        "POLKU1,PEREHDYTYS,2,competence,,ASI-1,30,1,,,\n");
    check_rejected(db.import("path_steps", steps), steps,
                   {{2, "minutes", "needs the minutes or hours"},
                    {3, "course", "a course step needs its course"},
                    {3, "competence", "a course step has no competence"},
                    {4, "title", "a signoff step needs a title"},
                    {5, "competence", "no competence with ID number 'NOPE'"},
                    {6, "path_id", "no path 'NOPATH' in project POLKU1"},
                    {7, "step", "out of range"},
                    {7, "mandatory", "'maybe'"},
                    {7, "due_days", "-3"},
                    {8, "hours", "either minutes or hours"}});
    const auto assignments = db.write("bad-assignments.csv",
                                      "project,path_id,employee_id,target_group,start,due\n"
                                      "POLKU1,PEREHDYTYS,E201,,2026-02-01,\n"
                                      "POLKU1,PEREHDYTYS,,Hoitajat,2026-01-15,2026-06-30\n"
                                      "POLKU1,PEREHDYTYS,,Nobody,2026-01-15,\n"
                                      "POLKU1,PEREHDYTYS,E202,Hoitajat,2026-01-15,\n"
                                      "POLKU1,PEREHDYTYS,E202,,2026-03-01,2026-02-01\n");
    check_rejected(db.import("assignments", assignments), assignments,
                   {{3, "target_group", "E201 is already assigned to path PEREHDYTYS on line 2"},
                    {4, "target_group", "no target group 'Nobody'"},
                    {5, "target_group", "not both"},
                    {6, "due", "before the start"}});
    BOOST_TEST(db.snapshot() == before);

    // New dates for the group update its three assignments: the counts are of assignments,
    // the record count of rows.
    const auto later = db.write("later.csv",
                                "project,path_id,target_group,start,due\n"
                                "POLKU1,PEREHDYTYS,Hoitajat,2026-01-15,2026-08-31\n");
    const auto r = db.import("assignments", later);
    BOOST_TEST(r.out == counts_line(later, 0, 3, 0, 1), describe(r));
    BOOST_TEST(db.query("SELECT COUNT(*) FROM path_assignments WHERE due_date = '2026-08-31'") ==
               "3\n");
}

BOOST_AUTO_TEST_CASE(the_report_reads_in_every_format) {
    CliDatabase db;
    import_paths_fixture(db);
    const auto dir = db.dir();
    const auto run = [&](std::vector<std::string> extra) {
        std::vector<std::string> args{"report", "paths", "--project",
                                      "POLKU1", "--to",  "2026-06-01"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = db.run(args);
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
        return r;
    };
    // CSV: three tables; the matrix has a row per person and step.
    run({"--format", "csv", "--csv-style", "machine", "-o", (dir / "paths.csv").string()});
    const auto matrix = parse_csv_text(read_file(dir / "paths-matrix.csv"));
    BOOST_TEST_REQUIRE(matrix.size() == 1u + 3 * 4);
    BOOST_TEST(matrix[0][9] == "state");
    BOOST_TEST(matrix[1][2] == "E203");
    BOOST_TEST(matrix[1][9] == "overdue");
    const auto overdue = parse_csv_text(read_file(dir / "paths-overdue.csv"));
    BOOST_TEST(overdue.size() == 4u);
    const auto progress = run({"--format", "csv", "--table", "progress"});
    BOOST_TEST(contains(progress.out, "E202;Nieminen;Juha;15.1.2026;30.6.2026;0;3;0,0"));

    // PDF in Finnish: each cell in words, not colour alone.
    run({"--format", "pdf", "--lang", "fi", "-o", (dir / "paths.pdf").string()});
    const auto text = run_process({"pdftotext", "-layout", (dir / "paths.pdf").string(), "-"});
    BOOST_TEST_REQUIRE(text.exit_code == 0);
    BOOST_TEST(contains(text.out, "Perehdytyspolku"));
    BOOST_TEST(contains(text.out, "Mäkinen Anna"));
    BOOST_TEST(contains(text.out, "60 / 240 min"));
    BOOST_TEST(contains(text.out, "16.3.2026"));
    BOOST_TEST(contains(text.out, "66,7"));

    run({"--format", "html", "-o", (dir / "paths.html").string()});
    const auto html = read_file(dir / "paths.html");
    BOOST_TEST(contains(html, "OVERDUE"));
    const auto lint = run_process({"xmllint", "--noout", (dir / "paths.html").string()});
    BOOST_TEST(lint.exit_code == 0, describe(lint));

    run({"--format", "xlsx", "-o", (dir / "paths.xlsx").string()});
    BOOST_TEST(read_file(dir / "paths.xlsx").rfind("PK\x03\x04", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(the_transcript_lists_completed_steps_and_competences_built) {
    CliDatabase db;
    import_paths_fixture(db);
    const auto r = db.run(
        {"report", "transcript", "--person", "E201", "--to", "2026-06-01", "--format", "json"});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    const Json t = Json::parse(r.out);
    std::string steps;
    for (const auto& s : t["steps_completed"]) {
        steps +=
            std::to_string(s["step"].get<int>()) + "@" + s["completed_on"].get<std::string>() + " ";
    }
    BOOST_TEST(steps == "4@2026-02-02 1@2026-02-16 2@2026-03-20 ");
    // ASI-1: 120 partial minutes of EV2 and 120 of self-study; DIG-1 (the course builds it):
    // 180 + 180 + 90 of EV1, raw minutes, absent session none.
    BOOST_TEST(t["competences"].dump() ==
               R"([{"competence":"ASI-1 Asiakkaan kohtaaminen","hours":"4.00","minutes":240},)"
               R"({"competence":"DIG-1 Tietoturva ja tietosuoja","hours":"7.50","minutes":450}])");

    // Someone on no path has no steps, and the period bounds the competences.
    const auto outside = db.run({"report", "transcript", "--person", "E201", "--from", "2026-03-01",
                                 "--to", "2026-03-15", "--format", "json"});
    BOOST_TEST_REQUIRE(outside.exit_code == 0, describe(outside));
    const Json o = Json::parse(outside.out);
    BOOST_TEST(o["steps_completed"].size() == 0u);
    BOOST_TEST(o["competences"].dump() ==
               R"([{"competence":"ASI-1 Asiakkaan kohtaaminen","hours":"2.00","minutes":120}])");
}

BOOST_AUTO_TEST_SUITE_END()
