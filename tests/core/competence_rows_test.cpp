// The competence files' rows (docs/formats-competences.md): Moodle's header in both its
// spellings, texts kept verbatim, the framework flag, and the check of parent links.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "core/competence_rows.hpp"
#include "csv_row.hpp"
#include "test_print.hpp"

using namespace polku;
using polku::test::CsvRow;
using Strings = std::vector<std::string>;

namespace {

const Strings kHeaderNow = {"Parent ID number",
                            "ID number",
                            "Short name",
                            "Description",
                            "Description format",
                            "Scale values",
                            "Scale configuration",
                            "Rule type (optional)",
                            "Rule outcome (optional)",
                            "Rule config (optional)",
                            "Cross-referenced competency ID numbers",
                            "Exported ID (optional)",
                            "Is framework",
                            "Taxonomy"};
const Strings kHeaderOld = {"Parent id number",
                            "Id number",
                            "Shortname",
                            "Description",
                            "Description format",
                            "Scale values",
                            "Scale configuration",
                            "Rule type (optional)",
                            "Rule outcome (optional)",
                            "Rule config (optional)",
                            "Cross referenced competency id numbers",
                            "Exported id (optional)",
                            "Is framework",
                            "Taxonomy"};

std::vector<std::string> messages(const ErrorList& errors) {
    std::vector<std::string> out;
    for (const auto& e : errors.sorted()) {
        out.push_back(e.to_string());
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(competence_rows)

BOOST_AUTO_TEST_CASE(both_moodle_header_spellings_bind) {
    for (const auto& header : {kHeaderNow, kHeaderOld}) {
        CsvRow r(
            competency_columns(), header,
            {" P ", " C1 ", " Nimi ", "  <p>a\nb</p>\n", "1", "Ei,Kyllä", R"([{"scaleid":"2"}])",
             "core_competency\\competency_rule_all", "2", "null", "A,B%2CC", "17", "", ""});
        BOOST_TEST(r.messages() == Strings{});
        const auto row = parse_competency_row(r.row);
        BOOST_TEST_REQUIRE(row.has_value());
        BOOST_TEST(!row->is_framework);
        BOOST_TEST(row->parent.value_or("") == "P");
        BOOST_TEST(row->id_number == "C1");
        BOOST_TEST(row->short_name == "Nimi");
        BOOST_TEST(row->description.value_or("") == "  <p>a\nb</p>\n");  // verbatim
        BOOST_TEST(row->scale_configuration.value_or("") == R"([{"scaleid":"2"}])");
        BOOST_TEST(row->rule_outcome.value_or("") == "2");
        BOOST_TEST(row->related_id_numbers.value_or("") == "A,B%2CC");
        BOOST_TEST(row->export_id.value_or("") == "17");
    }
}

BOOST_AUTO_TEST_CASE(the_framework_row_has_no_parent) {
    CsvRow r(competency_columns(), kHeaderNow,
             {"X", "F", "Kehys", "", "", "", "", "", "", "", "", "", "1", "a,b"});
    BOOST_TEST(!parse_competency_row(r.row).has_value());
    BOOST_TEST(r.messages() ==
               Strings{"test.csv:2: Parent ID number: the framework's row has no parent; leave "
                       "Parent ID number blank"});
}

BOOST_AUTO_TEST_CASE(tree_check_reports_unknown_parents_and_cycles_once) {
    ErrorList errors("f.csv");
    check_competence_tree({{"A", std::nullopt, 2},
                           {"B", "C", 3},
                           {"C", "D", 4},
                           {"D", "B", 5},
                           {"E", "D", 6},
                           {"F", "NOPE", 7}},
                          {}, "parent", "in this file", errors);
    BOOST_TEST(messages(errors) ==
               (Strings{"f.csv:3: parent: the parents go round in a cycle: B (line 3) → C (line 4) "
                        "→ D (line 5) → B; one of them must have another parent",
                        "f.csv:7: parent: no competence with ID number 'NOPE' in this file; a "
                        "parent must be a competence of the same framework (leave it blank for "
                        "the top level)"}));
}

BOOST_AUTO_TEST_CASE(tree_check_follows_stored_parents) {
    ErrorList errors("f.csv");
    // Stored: S2 under S1. The file puts S1 under S2.
    check_competence_tree({{"S1", "S2", 2}}, {{"S1", std::nullopt}, {"S2", "S1"}}, "parent",
                          "in this file or the database", errors);
    BOOST_TEST(messages(errors) ==
               Strings{"f.csv:2: parent: the parents go round in a cycle: S1 (line 2) → S2 → S1; "
                       "one of them must have another parent"});
    ErrorList fine("f.csv");
    check_competence_tree({{"S3", "S2", 2}}, {{"S1", std::nullopt}, {"S2", "S1"}}, "parent",
                          "in this file or the database", fine);
    BOOST_TEST(fine.empty());
}

BOOST_AUTO_TEST_CASE(a_course_share_is_a_percentage) {
    const Strings header = {"course", "competence", "required_share"};
    for (const auto& [text, share] : {std::pair<std::string, int>{"80", 80},
                                      {"80%", 80},
                                      {"80 %", 80},
                                      {"100", 100},
                                      {"1", 1}}) {
        CsvRow r(course_competence_columns(), header, {"Kurssi", "C1", text});
        const auto row = parse_course_competence_row(r.row);
        BOOST_TEST_REQUIRE(row.has_value(), text);
        BOOST_TEST(row->required_share.value_or(0) == share);
    }
    for (const std::string text : {"0", "101", "8,5", "puolet"}) {
        CsvRow r(course_competence_columns(), header, {"Kurssi", "C1", text});
        BOOST_TEST(!parse_course_competence_row(r.row).has_value(), text);
        BOOST_TEST(r.errors.size() == 1u);
    }
}

BOOST_AUTO_TEST_SUITE_END()
