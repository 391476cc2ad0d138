// polku-cli import competencies FILE: a Moodle competency framework export brought over in
// one command (docs/formats-competences.md), read back with sqlite3 or psql; re-import and
// --dry-run; a bad file refused with every problem as FILE:LINE: column: message and nothing
// written; the plain competences and course_competences kinds.

#include <boost/test/unit_test.hpp>
#include <string>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

namespace {

const std::filesystem::path kKunta = std::filesystem::path(POLKU_SOURCE_DIR) / "tests" /
                                     "fixtures" / "competencies" / "kunta-osaaminen.csv";

const std::string kMoodleHeader =
    "\"Parent ID number\",\"ID number\",\"Short name\",Description,\"Description format\","
    "\"Scale values\",\"Scale configuration\",\"Rule type (optional)\",\"Rule outcome "
    "(optional)\",\"Rule config (optional)\",\"Cross-referenced competency ID numbers\","
    "\"Exported ID (optional)\",\"Is framework\",Taxonomy\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_import_competencies)

BOOST_AUTO_TEST_CASE(a_moodle_export_is_imported_in_one_command) {
    CliDatabase db;
    db.init();
    const auto dry = db.import("competencies", kKunta, true);
    BOOST_TEST_CONTEXT(describe(dry)) {
        BOOST_TEST(dry.exit_code == 0);
        BOOST_TEST(dry.out == dry_run_line(kKunta, 11, 0, 0, 11));
    }
    BOOST_TEST(db.query("SELECT COUNT(*) FROM competences") == "0\n");

    const auto r = db.import("competencies", kKunta);
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 0);
        BOOST_TEST(r.out == counts_line(kKunta, 11, 0, 0, 11));
        BOOST_TEST(r.err == "");
    }
    BOOST_TEST(db.query("SELECT id_number, short_name, description_format, taxonomies FROM "
                        "competence_frameworks") ==
               "KUNTA-OSAAMINEN|Kunta-alan osaaminen|1|domain,competency,skill\n");
    BOOST_TEST(db.query("SELECT c.sort_order, c.id_number, p.id_number, c.export_id FROM "
                        "competences c LEFT JOIN competences p ON p.id = c.parent_id ORDER BY "
                        "c.sort_order") ==
               "1|ASI||101\n"
               "2|ASI-1|ASI|102\n"
               "3|ASI-2|ASI|103\n"
               "4|ASI-3|ASI|110\n"
               "5|DIG-1|DIG|104\n"
               "6|DIG||105\n"
               "7|DIG-2|DIG|106\n"
               "8|ESI||107\n"
               "9|ESI-1|ESI|108\n"
               "10|ESI-1-1|ESI-1|109\n");
    // Across lines, as the file has it (the client prints the value and a line end).
    BOOST_TEST(db.query("SELECT description FROM competences WHERE id_number = 'DIG-1'") ==
               "<p>Käsittelee henkilötietoja <strong>tietosuoja-asetuksen</strong> mukaisesti.</p>"
               "\n<p>Tunnistaa tietojenkalasteluviestit.</p>\n");
    BOOST_TEST(db.query("SELECT rule_type, rule_outcome, rule_config FROM competences WHERE "
                        "id_number = 'DIG'") ==
               "core_competency\\competency_rule_points|1|"
               R"({"base":{"points":2},"competencies":[{"id":104,"points":1,"required":1},)"
               R"({"id":106,"points":1,"required":0}]})"
               "\n");

    const std::string before = db.snapshot();
    const auto again = db.import("competencies", kKunta);
    BOOST_TEST_CONTEXT(describe(again)) {
        BOOST_TEST(again.exit_code == 0);
        BOOST_TEST(again.out == counts_line(kKunta, 0, 0, 11, 11));
    }
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(a_bad_moodle_file_is_refused_and_nothing_is_written) {
    CliDatabase db;
    db.init();
    db.import("competencies", kKunta);
    const std::string before = db.snapshot();
    const auto file = db.write("bad.csv", kMoodleHeader +
                                              ",F1,Eka,,1,,,,,,,,1,\n"
                                              ",A,\"Aa\",\"<p>kaksi\nriviä</p>\",1,,,,0,null,,1,,\n"
                                              "X,B,Bb,,1,,,,0,null,,2,,\n"
                                              "D,C,Cc,,1,,,,0,null,,3,,\n"
                                              "C,D,Dd,,1,,,,0,null,,4,,\n"
                                              ",,Ee,,1,,,,0,null,,5,,\n"
                                              ",F2,Toka,,1,,,,,,,,1,\n");
    check_rejected(db.import("competencies", file), file,
                   {{5, "Parent ID number", "no competence with ID number 'X' in this file"},
                    {6, "Parent ID number", "cycle: C (line 6) → D (line 7) → C"},
                    {8, "ID number", "a value is required"},
                    {9, "Is framework",
                     "a second framework row; this file's framework is on "
                     "line 2"}});
    BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(plain_competences_and_course_competences_are_imported) {
    CliDatabase db;
    db.init();
    db.import_ok("competences", "competences.csv",
                 "framework;id_number;parent;name;description\n"
                 "TYO;T1;;Työturvallisuus;\n"
                 "TYO;T1.1;T1;Ensiapu;\"Hätäensiapu; EA1\"\n",
                 2, 0, 0);
    db.import_ok("course_competences", "course_competences.csv",
                 "course,competence,required_share\n"
                 "Ensiapukurssi EA1,T1.1,80\n",
                 1, 0, 0);
    BOOST_TEST(db.query("SELECT co.title, co.required_share, c.id_number FROM courses co JOIN "
                        "course_competences cc ON cc.course_id = co.id JOIN competences c ON "
                        "c.id = cc.competence_id") == "Ensiapukurssi EA1|80|T1.1\n");
}

BOOST_AUTO_TEST_SUITE_END()
