// The paths report's writers that skip the generic cells for speed (docs/formats-paths.md):
// the matrix CSV written directly must be the bytes write_csv makes of the matrix rows, and
// the hand-written JSON must be JSON that reads back as the rows say, with text that needs
// quoting or escaping in every place a name can go.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "reports/csv_writer.hpp"
#include "reports/paths_report.hpp"

using namespace polku;
using namespace polku::reports;
using Json = nlohmann::json;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

constexpr CourseKey kCourse = 100;
constexpr CompetenceKey kSafety = 7;

// Two paths, one with nobody on it; three people whose names need quoting in CSV and
// escaping in JSON; every state a step can be in as of 30.6.2024.
PathsReport hostile_report() {
    PathsReport report;
    report.to = ymd(2024, 6, 30);
    report.project = "PRJ;1";

    DescribedPath first;
    first.path.key = 1;
    first.path.name = "Perehdytys \"uusi\"";
    first.path.steps = {
        PathStep{11, StepKind::course, 0, 0, kCourse, true, 30},
        PathStep{12, StepKind::competence, kSafety, 180, 0, false, 90},
        PathStep{13, StepKind::signoff, 0, 0, 0, true, std::nullopt},
        PathStep{14, StepKind::competence, kSafety, 60, 0, true, 400},
    };
    first.project_code = "PRJ;1";
    first.path_id = "P\"1,a";
    first.target_group = "Ryhmä\n2";
    first.steps = {StepLabels{1, std::nullopt, "", "Ensiapu; \"EA1\""},
                   StepLabels{2, "Turvallisuus,\tosa 1", "C7 Turvallisuus", ""},
                   StepLabels{3, "Kehitys\r\nkeskustelu \\ 1", "", ""},
                   StepLabels{5, std::nullopt, "C7 Turvallisuus", ""}};
    DescribedPath second;
    second.path.key = 2;
    second.path.name = "Tyhjä";
    second.path.steps = {PathStep{21, StepKind::signoff, 0, 0, 0, true, 10}};
    second.project_code = "PRJ;1";
    second.path_id = "P2";
    second.steps = {StepLabels{1, "Kuittaus", "", ""}};

    report.people = {{1, {"E1", "Aino", "Virtanen"}},
                     {2, {"E;2", "Bea \"B\"", "Öberg, Jr.\n"}},
                     {3,
                      {"E\x01"
                       "3",
                       "Cay\\", "Tab\tName"}},
                     {9, {"S\"9", "Sara", "Esimies"}}};

    auto facts = std::make_shared<PathFacts>();
    facts->courses = {CourseFacts{kCourse, Share::percent(50)}};
    facts->events = {PathEvent{40,
                               kCourse,
                               {kSafety},
                               {{401, ymd(2024, 1, 10), 120},
                                {402, ymd(2024, 1, 17), 120},
                                {403, ymd(2024, 1, 24), 120},
                                {404, ymd(2024, 9, 1), 120}}},
                     PathEvent{41, std::nullopt, {kSafety}, {{411, ymd(2024, 5, 2), 90}}}};
    facts->marks = {
        // Aino: two of four sessions by 17.1., the course is done on time; 240 minutes
        // complete the optional safety step, which is due 31.3.
        {1, 401, AttendanceStatus::present, std::nullopt},
        {1, 402, AttendanceStatus::present, std::nullopt},
        // Bea: one session (course under way, overdue on 31.1.), 45 minutes of safety.
        {2, 403, AttendanceStatus::partial, 45},
        {2, 411, AttendanceStatus::absent, std::nullopt},
        // Cay: 90 minutes on 2.5., after safety 60 was due (5.2.): done late.
        {3, 411, AttendanceStatus::present, std::nullopt},
    };
    facts->activities = {ActivityMinutes{1, ymd(2024, 2, 1), 120, {kSafety}}};
    facts->sign_offs = {SignOff{1, 13, ymd(2024, 2, 1), 9, "Hyvä \"keskustelu\";\nok"},
                        SignOff{2, 13, ymd(2024, 7, 1), 9, "after to"}};
    report.judge = std::make_shared<const PathJudge>(facts, report.to);

    PathResult a;
    a.path = first;
    a.assignments = {Assignment{1, 1, 1, ymd(2024, 1, 1), ymd(2024, 12, 31)},
                     Assignment{2, 2, 1, ymd(2024, 1, 1), ymd(2024, 3, 1)},
                     Assignment{3, 3, 1, ymd(2023, 1, 1), std::nullopt}};
    PathResult b;
    b.path = second;
    report.paths = {a, b};
    return report;
}

std::string matrix_through_cells(const PathsReport& report, CsvStyle style) {
    std::string text;
    write_csv(
        paths_matrix_columns(), [&](const RowSink& sink) { for_each_matrix_row(report, sink); },
        style, [&](std::string_view bytes) { text += bytes; });
    return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(paths_report)

BOOST_AUTO_TEST_CASE(the_fixture_has_every_state) {
    const auto report = hostile_report();
    std::set<std::string> states;
    bool late = false;
    for_each_status(report, [&](const PathResult&, const AssignmentStatus& status) {
        for (const auto& s : status.steps) {
            states.insert(std::string(name_of(s.state)));
            late = late || s.late;
        }
    });
    BOOST_TEST(states.size() == 4u);
    BOOST_TEST(late);
}

BOOST_AUTO_TEST_CASE(the_matrix_written_directly_is_the_matrix_through_cells) {
    const auto report = hostile_report();
    for (const CsvStyle style : {CsvStyle::finnish, CsvStyle::machine}) {
        std::string direct;
        std::size_t writes = 0;
        write_paths_matrix_csv(report, style, [&](std::string_view bytes) {
            direct += bytes;
            ++writes;
        });
        const std::string expected = matrix_through_cells(report, style);
        BOOST_TEST(direct == expected);
        BOOST_TEST(writes >= 1u);
        // Three people on four steps, and the header.
        BOOST_TEST(std::count(expected.begin(), expected.end(), '\n') >= 13);
    }
}

BOOST_AUTO_TEST_CASE(the_json_reads_back_as_the_rows_say) {
    const auto report = hostile_report();
    std::string text;
    write_paths_json(report, [&](std::string_view bytes) { text += bytes; });
    const Json json = Json::parse(text);
    BOOST_TEST(json["scope"]["project"] == "PRJ;1");
    BOOST_TEST_REQUIRE(json["paths"].size() == 2u);
    BOOST_TEST(json["paths"][1]["people"].size() == 0u);
    const Json& people = json["paths"][0]["people"];
    BOOST_TEST_REQUIRE(people.size() == 3u);
    std::size_t i = 0;
    for_each_status(report, [&](const PathResult& result, const AssignmentStatus& status) {
        const auto& who = report.people.at(status.assignment.person);
        const Json& person = json["paths"][result.path.path.key - 1]["people"][i++];
        BOOST_TEST(person["employee_id"] == who.employee_id);
        BOOST_TEST(person["first_name"] == who.first_name);
        BOOST_TEST(person["last_name"] == who.last_name);
        // Escaped as nlohmann escapes.
        BOOST_TEST(text.find(Json(who.last_name).dump()) != std::string::npos);
        BOOST_TEST_REQUIRE(person["steps"].size() == status.steps.size());
        for (std::size_t s = 0; s < status.steps.size(); ++s) {
            const auto& st = status.steps[s];
            const Json& step = person["steps"][s];
            BOOST_TEST(step["step"] == result.path.steps[s].number);
            BOOST_TEST(step["state"] == std::string(name_of(st.state)));
            BOOST_TEST(step["late"] == st.late);
            BOOST_TEST(step.contains("signed_off") == (st.sign_off != nullptr));
            if (st.sign_off) {
                BOOST_TEST(step["signed_off"]["note"] == st.sign_off->note);
                BOOST_TEST(step["signed_off"]["by"] == "S\"9");
            }
        }
    });
    // The overdue list is the overdue table, column by column.
    std::vector<std::vector<Cell>> rows;
    for_each_overdue_row(report,
                         [&](const std::vector<Cell>& cells, RowStyle) { rows.push_back(cells); });
    BOOST_TEST(rows.size() == overdue_count(report));
    BOOST_TEST_REQUIRE(json["overdue"].size() == rows.size());
    BOOST_TEST(!rows.empty());
    const auto columns = paths_overdue_columns();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Json& entry = json["overdue"][r];
        BOOST_TEST_REQUIRE(entry.size() == columns.size());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Json& value = entry[columns[c]];
            const Cell& cell = rows[r][c];
            if (const auto* s = std::get_if<std::string>(&cell)) {
                BOOST_TEST(value == *s);
            } else if (const auto* n = std::get_if<std::int64_t>(&cell)) {
                BOOST_TEST(value == *n);
            } else if (const auto* d = std::get_if<Date>(&cell)) {
                BOOST_TEST(value == format_iso_date(*d));
            } else {
                BOOST_TEST(value.is_null());
            }
        }
    }
}

// Large enough to be handed to the sink in many chunks: each of the three people on the first
// path a thousand times over.
PathsReport large_report() {
    auto report = hostile_report();
    auto& assignments = report.paths[0].assignments;
    const auto three = assignments;
    for (int i = 0; i < 1000; ++i) {
        assignments.insert(assignments.end(), three.begin(), three.end());
    }
    return report;
}

BOOST_AUTO_TEST_CASE(many_chunks_reach_the_sink_in_order) {
    const auto report = large_report();
    std::string direct;
    std::size_t writes = 0;
    write_paths_matrix_csv(report, CsvStyle::finnish, [&](std::string_view bytes) {
        direct += bytes;
        ++writes;
    });
    BOOST_TEST(writes > 2u);
    BOOST_TEST(direct == matrix_through_cells(report, CsvStyle::finnish));
    std::string json;
    write_paths_json(report, [&](std::string_view bytes) { json += bytes; });
    BOOST_TEST(Json::parse(json)["paths"][0]["people"].size() == 3003u);
}

BOOST_AUTO_TEST_CASE(what_the_sink_throws_reaches_the_caller) {
    const auto report = large_report();
    for (const std::size_t failing : {std::size_t{1}, std::size_t{3}}) {
        std::size_t calls = 0;
        const ByteSink sink = [&](std::string_view) {
            if (++calls == failing) {
                throw std::runtime_error("disk full");
            }
        };
        BOOST_CHECK_THROW(write_paths_json(report, sink), std::runtime_error);
        calls = 0;
        BOOST_CHECK_THROW(write_paths_matrix_csv(report, CsvStyle::machine, sink),
                          std::runtime_error);
        // Nothing is written after the failure.
        BOOST_TEST(calls == failing);
    }
}

BOOST_AUTO_TEST_SUITE_END()
