// The competence imports (docs/formats-competences.md) on the run's backend: a Moodle
// competency framework export read back intact (every competence, its parent, descriptions,
// scales and rules as the file has them), re-import, updates, the errors with their lines and
// nothing written; the plain competences.csv and course_competences.csv.

#include <soci/soci.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <optional>

#include "app/import_service.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "tests/support/csv_text.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;
using polku::test::write_file;

namespace {

const std::filesystem::path kFixtures =
    std::filesystem::path(POLKU_SOURCE_DIR) / "tests" / "fixtures" / "competencies";

const std::string kMoodleHeader =
    "\"Parent ID number\",\"ID number\",\"Short name\",Description,\"Description format\","
    "\"Scale values\",\"Scale configuration\",\"Rule type (optional)\",\"Rule outcome "
    "(optional)\",\"Rule config (optional)\",\"Cross-referenced competency ID numbers\","
    "\"Exported ID (optional)\",\"Is framework\",Taxonomy\n";

// The records of an RFC 4180 file with ',' (quotes, doubled quotes and line breaks in
// quoted fields): written here rather than taken from app/ so the test does not read the

std::optional<std::string> opt(const std::string& value) {
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

std::string trimmed(const std::string& value) {
    const auto first = value.find_first_not_of(' ');
    const auto last = value.find_last_not_of(' ');
    return first == std::string::npos ? "" : value.substr(first, last - first + 1);
}

// One stored competence, read back.
struct Competence {
    std::string id_number;
    std::optional<std::string> parent;  // the parent's id number
    std::string short_name;
    std::optional<std::string> description;
    int description_format = 0;
    int sort_order = 0;
    std::optional<std::string> scale_values, scale_configuration, rule_type, rule_outcome,
        rule_config, related_id_numbers, export_id;
    bool operator==(const Competence&) const = default;
};

std::ostream& operator<<(std::ostream& out, const std::optional<std::string>& value) {
    return out << (value ? "'" + *value + "'" : "NULL");
}

std::ostream& operator<<(std::ostream& out, const Competence& c) {
    return out << c.id_number << " parent " << c.parent << " '" << c.short_name << "' "
               << c.description << " format " << c.description_format << " #" << c.sort_order
               << " scale " << c.scale_values << " " << c.scale_configuration << " rule "
               << c.rule_type << " " << c.rule_outcome << " " << c.rule_config << " related "
               << c.related_id_numbers << " export " << c.export_id;
}

struct Framework {
    std::string short_name;
    std::optional<std::string> description;
    int description_format = 0;
    std::optional<std::string> scale_values, scale_configuration, taxonomies;
};

// What a Moodle file's rows should be stored as: the competences in file order.
std::vector<Competence> expected_competences(const std::string& file_text) {
    const auto records = polku::test::parse_csv_text(file_text);
    std::vector<Competence> out;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto& r = records[i];
        BOOST_TEST_REQUIRE(r.size() == 14u);
        if (r[12] == "1") {
            continue;
        }
        Competence c;
        c.parent = opt(r[0]);
        c.id_number = r[1];
        c.short_name = trimmed(r[2]);  // names are trimmed, texts kept as they are
        c.description = opt(r[3]);
        c.description_format = std::stoi(r[4]);
        c.sort_order = static_cast<int>(out.size() + 1);
        c.scale_values = opt(r[5]);
        c.scale_configuration = opt(r[6]);
        c.rule_type = opt(r[7]);
        c.rule_outcome = opt(r[8]);
        c.rule_config = opt(r[9]);
        c.related_id_numbers = opt(r[10]);
        c.export_id = opt(r[11]);
        out.push_back(c);
    }
    return out;
}

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());

    app::ImportResult import_path(ImportKind kind, const std::filesystem::path& path) {
        return app::import_file(db, kind, path.string(), app::ImportOptions{});
    }

    app::ImportResult import(ImportKind kind, const std::string& content,
                             const std::string& name = "file.csv") {
        const auto path = t.dir() / name;
        write_file(path, content);
        return import_path(kind, path);
    }

    std::vector<FieldError> import_errors(ImportKind kind, const std::string& content) {
        try {
            import(kind, content, "bad.csv");
        } catch (const InputErrors& e) {
            return e.errors();
        }
        BOOST_FAIL("the import should have failed");
        return {};
    }

    long long count(const std::string& table) {
        long long n = -1;
        db.session() << "SELECT COUNT(*) FROM " + table, soci::into(n);
        return n;
    }

    Framework framework(const std::string& id_number) {
        Framework f;
        soci::indicator d = soci::i_null, sv = soci::i_null, sc = soci::i_null, tx = soci::i_null;
        std::string description, scale_values, scale_configuration, taxonomies;
        db.session() << "SELECT short_name, description, description_format, scale_values, "
                        "scale_configuration, taxonomies FROM competence_frameworks WHERE "
                        "id_number = :n",
            soci::use(id_number), soci::into(f.short_name), soci::into(description, d),
            soci::into(f.description_format), soci::into(scale_values, sv),
            soci::into(scale_configuration, sc), soci::into(taxonomies, tx);
        const auto value = [](const std::string& v, soci::indicator ind) {
            return ind == soci::i_ok ? std::optional<std::string>(v) : std::nullopt;
        };
        f.description = value(description, d);
        f.scale_values = value(scale_values, sv);
        f.scale_configuration = value(scale_configuration, sc);
        f.taxonomies = value(taxonomies, tx);
        return f;
    }

    // A framework's competences in their stored order.
    std::vector<Competence> competences(const std::string& framework) {
        std::vector<Competence> out;
        soci::rowset<soci::row> rows =
            (db.session().prepare
                 << "SELECT c.id_number, p.id_number, c.short_name, c.description, "
                    "c.description_format, c.sort_order, c.scale_values, c.scale_configuration, "
                    "c.rule_type, c.rule_outcome, c.rule_config, c.related_id_numbers, "
                    "c.export_id FROM competences c JOIN competence_frameworks f ON f.id = "
                    "c.framework_id LEFT JOIN competences p ON p.id = c.parent_id WHERE "
                    "f.id_number = :f ORDER BY c.sort_order, c.id_number",
             soci::use(framework));
        const auto text = [](const soci::row& r, std::size_t i) {
            return r.get_indicator(i) == soci::i_ok
                       ? std::optional<std::string>(r.get<std::string>(i))
                       : std::nullopt;
        };
        const auto number = [](const soci::row& r, std::size_t i) {
            // The backends differ in the C++ type they give an INTEGER column.
            switch (r.get_properties(i).get_data_type()) {
                case soci::dt_long_long:
                    return static_cast<int>(r.get<long long>(i));
                case soci::dt_unsigned_long_long:
                    return static_cast<int>(r.get<unsigned long long>(i));
                case soci::dt_string:
                    return std::stoi(r.get<std::string>(i));
                default:
                    return r.get<int>(i);
            }
        };
        for (const auto& r : rows) {
            Competence c;
            c.id_number = r.get<std::string>(0);
            c.parent = text(r, 1);
            c.short_name = r.get<std::string>(2);
            c.description = text(r, 3);
            c.description_format = number(r, 4);
            c.sort_order = number(r, 5);
            c.scale_values = text(r, 6);
            c.scale_configuration = text(r, 7);
            c.rule_type = text(r, 8);
            c.rule_outcome = text(r, 9);
            c.rule_config = text(r, 10);
            c.related_id_numbers = text(r, 11);
            c.export_id = text(r, 12);
            out.push_back(c);
        }
        return out;
    }

    std::optional<Competence> competence(const std::string& framework,
                                         const std::string& id_number) {
        for (auto& c : competences(framework)) {
            if (c.id_number == id_number) {
                return c;
            }
        }
        return std::nullopt;
    }

    void check_nothing_written() {
        BOOST_TEST(count("competence_frameworks") == 0);
        BOOST_TEST(count("competences") == 0);
    }
};

void check_same(const std::vector<Competence>& stored, const std::vector<Competence>& expected) {
    BOOST_TEST_REQUIRE(stored.size() == expected.size());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        BOOST_TEST_CONTEXT("competence " << i + 1) {
            BOOST_TEST((stored[i] == expected[i]),
                       "stored   " << stored[i] << "\nexpected " << expected[i]);
        }
    }
}

std::string message_of(const std::vector<FieldError>& errors) {
    std::string out;
    for (const auto& e : errors) {
        out += e.to_string() + "\n";
    }
    return out;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(competence_import, Fixture)

BOOST_AUTO_TEST_CASE(a_moodle_export_is_read_back_intact) {
    const auto path = kFixtures / "kunta-osaaminen.csv";
    const auto result = import_path(ImportKind::competencies, path);
    BOOST_TEST(result.records == 11u);
    BOOST_TEST(result.counts.added == 11u);  // the framework and its ten competences
    BOOST_TEST(count("competence_frameworks") == 1);
    BOOST_TEST(count("competences") == 10);

    const auto f = framework("KUNTA-OSAAMINEN");
    BOOST_TEST(f.short_name == "Kunta-alan osaaminen");
    BOOST_TEST(f.description.value_or("") ==
               "<p>Kunnan henkilöstön osaamiskehys: asiakastyö,\n"
               "digitaaliset taidot ja esihenkilötyö.</p>\n"
               "<ul><li>Perustaso</li><li>Syventävä taso</li></ul>");
    BOOST_TEST(f.description_format == 1);
    BOOST_TEST(f.scale_values.value_or("") == "Ei vielä osaa,Osaa,Osaa erinomaisesti");
    BOOST_TEST(f.scale_configuration.value_or("") ==
               R"([{"scaleid":"3"},{"id":2,"scaledefault":1,"proficient":1},)"
               R"({"id":3,"scaledefault":0,"proficient":1}])");
    BOOST_TEST(f.taxonomies.value_or("") == "domain,competency,skill");

    // Every competence, field by field, against an independent reading of the file.
    const auto stored = competences("KUNTA-OSAAMINEN");
    check_same(stored, expected_competences(polku::test::read_file(path)));

    // And a few by hand: descriptions across lines, ending in a line break, with quotes.
    const auto dig1 = competence("KUNTA-OSAAMINEN", "DIG-1");
    BOOST_TEST_REQUIRE(dig1.has_value());
    BOOST_TEST(dig1->parent.value_or("") == "DIG");  // its parent comes later in the file
    BOOST_TEST(dig1->description.value_or("") ==
               "<p>Käsittelee henkilötietoja <strong>tietosuoja-asetuksen</strong> mukaisesti.</p>"
               "\n<p>Tunnistaa tietojenkalasteluviestit.</p>");
    BOOST_TEST(competence("KUNTA-OSAAMINEN", "ESI-1-1")->description.value_or("") ==
               "<p>Ottaa huolen puheeksi.</p>\n");
    BOOST_TEST(competence("KUNTA-OSAAMINEN", "ESI-1")->description.value_or("") ==
               "<p>Tunnistaa kuormituksen merkit ja puuttuu niihin varhain (\"varhaisen "
               "välittämisen malli\").</p>");
    BOOST_TEST(!competence("KUNTA-OSAAMINEN", "ESI")->description.has_value());
    const auto dig = competence("KUNTA-OSAAMINEN", "DIG");
    BOOST_TEST(!dig->parent.has_value());
    BOOST_TEST(dig->scale_configuration.value_or("") ==
               R"([{"scaleid":"4"},{"id":2,"scaledefault":1,"proficient":1}])");
    BOOST_TEST(dig->rule_type.value_or("") == "core_competency\\competency_rule_points");
    BOOST_TEST(dig->rule_outcome.value_or("") == "1");
    BOOST_TEST(dig->rule_config.value_or("") ==
               R"({"base":{"points":2},"competencies":[{"id":104,"points":1,"required":1},)"
               R"({"id":106,"points":1,"required":0}]})");
    BOOST_TEST(competence("KUNTA-OSAAMINEN", "DIG-2")->description_format == 2);
    BOOST_TEST(competence("KUNTA-OSAAMINEN", "ESI-1")->related_id_numbers.value_or("") ==
               "ASI-1,DIG-1");
}

BOOST_AUTO_TEST_CASE(moodles_own_example_is_read_back_intact) {
    // Rows of Moodle's example.csv, with the header spelled as older Moodle versions wrote it.
    const auto path = kFixtures / "oecd-core-subset.csv";
    const auto result = import_path(ImportKind::competencies, path);
    BOOST_TEST(result.counts.added == 14u);
    const auto f = framework("OECD-CORE");
    BOOST_TEST(f.short_name == "OECD");
    BOOST_TEST(f.scale_configuration.value_or("") ==
               R"([{"scaleid":"2"},{"id":2,"scaledefault":1,"proficient":1}])");
    BOOST_TEST(f.taxonomies.value_or("") == "competency,competency,competency,competency");
    BOOST_TEST(has(f.description.value_or(""),
                   "OECD’s overall success. At the same time, the "
                   "importance of Core\nCompetencies may vary"));
    const auto stored = competences("OECD-CORE");
    check_same(stored, expected_competences(polku::test::read_file(path)));
    // A short name Moodle cut at 100 characters and one with a trailing space.
    BOOST_TEST(competence("OECD-CORE", "I-CF-1")->short_name ==
               "Responds to and anticipates client needs in a timely, professional, helpful and "
               "courteous manner, re");
    BOOST_TEST(competence("OECD-CORE", "DR-DS-1")->short_name ==
               "Tailors communication (e.g. content, style and medium) to diverse audiences.");
    BOOST_TEST(competence("OECD-CORE", "DR-AT1")->parent.value_or("") == "analytical-thinking");
}

BOOST_AUTO_TEST_CASE(reimport_changes_nothing_and_a_changed_row_is_updated) {
    const auto path = kFixtures / "kunta-osaaminen.csv";
    import_path(ImportKind::competencies, path);
    const auto before = competences("KUNTA-OSAAMINEN");
    const auto again = import_path(ImportKind::competencies, path);
    BOOST_TEST(again.counts.added == 0u);
    BOOST_TEST(again.counts.updated == 0u);
    BOOST_TEST(again.counts.unchanged == 11u);
    check_same(competences("KUNTA-OSAAMINEN"), before);

    // ESI-1-1's description changes and ASI-3 moves under DIG: two updated, by ID number.
    std::string text = polku::test::read_file(path);
    text.replace(text.find("Ottaa huolen puheeksi."), 22, "Ottaa huolen puheeksi ajoissa.");
    text.replace(text.find("ASI,ASI-3"), 9, "DIG,ASI-3");
    const auto changed = import(ImportKind::competencies, text);
    BOOST_TEST(changed.counts.updated == 2u);
    BOOST_TEST(changed.counts.unchanged == 9u);
    BOOST_TEST(count("competences") == 10);
    BOOST_TEST(competence("KUNTA-OSAAMINEN", "ASI-3")->parent.value_or("") == "DIG");
    BOOST_TEST(competence("KUNTA-OSAAMINEN", "ESI-1-1")->description.value_or("") ==
               "<p>Ottaa huolen puheeksi ajoissa.</p>\n");
}

BOOST_AUTO_TEST_CASE(a_header_and_no_rows_is_an_import_of_nothing) {
    const auto result = import(ImportKind::competencies, kMoodleHeader);
    BOOST_TEST(result.records == 0u);
    check_nothing_written();
}

BOOST_AUTO_TEST_CASE(two_framework_rows_are_refused) {
    const auto errors = import_errors(ImportKind::competencies, kMoodleHeader +
                                                                    ",F1,Eka,,1,,,,,,,,1,\n"
                                                                    ",A,Aa,,1,,,,0,null,,1,,\n"
                                                                    ",F2,Toka,,1,,,,,,,,1,\n");
    BOOST_TEST_REQUIRE(errors.size() == 1u, message_of(errors));
    BOOST_TEST(errors[0].place.line == 4u);
    BOOST_TEST(errors[0].place.column == "Is framework");
    BOOST_TEST(
        has(errors[0].message, "a second framework row; this file's framework is on line 2"));
    check_nothing_written();
}

BOOST_AUTO_TEST_CASE(a_file_without_its_framework_row_is_refused) {
    const auto errors = import_errors(ImportKind::competencies, kMoodleHeader +
                                                                    ",A,Aa,,1,,,,0,null,,1,,\n"
                                                                    "A,B,Bb,,1,,,,0,null,,2,,\n");
    BOOST_TEST_REQUIRE(errors.size() == 1u, message_of(errors));
    BOOST_TEST(errors[0].to_string() ==
               (t.dir() / "bad.csv").string() +
                   ":2: Is framework: no row is the framework; a Moodle export has one row with "
                   "Is framework 1, the framework itself");
    check_nothing_written();
}

BOOST_AUTO_TEST_CASE(a_framework_row_with_a_parent_is_refused_once) {
    const auto errors = import_errors(ImportKind::competencies, kMoodleHeader +
                                                                    "A,F,Kehys,,1,,,,,,,,1,\n"
                                                                    ",A,Aa,,1,,,,0,null,,1,,\n");
    BOOST_TEST_REQUIRE(errors.size() == 1u, message_of(errors));
    BOOST_TEST(errors[0].place.line == 2u);
    BOOST_TEST(errors[0].place.column == "Parent ID number");
    BOOST_TEST(has(errors[0].message, "the framework's row has no parent"));
    check_nothing_written();
}

BOOST_AUTO_TEST_CASE(an_unknown_parent_is_refused_with_its_line) {
    // A multi-line description before it: the line is where the record starts.
    const auto errors = import_errors(ImportKind::competencies,
                                      kMoodleHeader +
                                          ",F,Kehys,\"<p>rivi 1\nrivi 2</p>\",1,,,,,,,,1,\n"
                                          ",A,Aa,,1,,,,0,null,,1,,\n"
                                          "X,B,Bb,,1,,,,0,null,,2,,\n");
    BOOST_TEST_REQUIRE(errors.size() == 1u, message_of(errors));
    BOOST_TEST(errors[0].to_string() ==
               (t.dir() / "bad.csv").string() +
                   ":5: Parent ID number: no competence with ID number 'X' in this file; a parent "
                   "must be a competence of the same framework (leave it blank for the top "
                   "level)");
    check_nothing_written();
}

BOOST_AUTO_TEST_CASE(a_cycle_of_parents_is_refused_naming_its_lines) {
    const auto errors = import_errors(ImportKind::competencies, kMoodleHeader +
                                                                    ",F,Kehys,,1,,,,,,,,1,\n"
                                                                    ",TOP,Ylin,,1,,,,0,null,,1,,\n"
                                                                    "C,A,Aa,,1,,,,0,null,,2,,\n"
                                                                    "A,B,Bb,,1,,,,0,null,,3,,\n"
                                                                    "B,C,Cc,,1,,,,0,null,,4,,\n"
                                                                    "C,D,Dd,,1,,,,0,null,,5,,\n"
                                                                    "E,E,Ee,,1,,,,0,null,,6,,\n");
    BOOST_TEST_REQUIRE(errors.size() == 2u, message_of(errors));
    BOOST_TEST(errors[0].place.line == 4u);
    BOOST_TEST(errors[0].place.column == "Parent ID number");
    BOOST_TEST(errors[0].message ==
               "the parents go round in a cycle: A (line 4) → C (line 6) → B (line 5) → A; one "
               "of them must have another parent");
    BOOST_TEST(errors[1].place.line == 8u);
    BOOST_TEST(has(errors[1].message, "E (line 8) → E"));
    check_nothing_written();
}

BOOST_AUTO_TEST_CASE(a_missing_id_number_and_a_repeated_one_are_refused) {
    const auto errors =
        import_errors(ImportKind::competencies, kMoodleHeader +
                                                    ",F,Kehys,,1,,,,,,,,1,\n"
                                                    ",,Nimetön,,1,,,,0,null,,1,,\n"
                                                    ",A,Aa,,1,,,,0,null,,2,,\n"
                                                    ",A,Toinen A,,1,,,,0,null,,3,,\n"
                                                    ",B,Bb,,7,,,,0,null,,4,maybe,\n");
    BOOST_TEST_REQUIRE(errors.size() == 4u, message_of(errors));
    BOOST_TEST(errors[0].to_string() ==
               (t.dir() / "bad.csv").string() + ":3: ID number: a value is required");
    BOOST_TEST(errors[1].place.line == 5u);
    BOOST_TEST(errors[1].place.column == "ID number");
    BOOST_TEST(has(errors[1].message, "line 4"));
    BOOST_TEST(errors[2].place.line == 6u);
    BOOST_TEST(errors[2].place.column == "Is framework");
    BOOST_TEST(errors[3].place.line == 6u);
    BOOST_TEST(errors[3].place.column == "Description format");
    check_nothing_written();
}

BOOST_AUTO_TEST_CASE(header_names_are_checked_like_every_file) {
    const auto errors = import_errors(ImportKind::competencies,
                                      "\"Parent ID number\",\"ID number\",Colour,\"Is framework\"\n"
                                      ",F,punainen,1\n");
    BOOST_TEST_REQUIRE(errors.size() == 2u, message_of(errors));
    BOOST_TEST(errors[0].place.column == "Colour");
    BOOST_TEST(has(errors[0].message, "unknown column"));
    BOOST_TEST(errors[1].place.column == "Short name");
    BOOST_TEST(has(errors[1].message, "required column is missing"));
}

BOOST_AUTO_TEST_CASE(a_refused_reimport_leaves_the_stored_framework_as_it_was) {
    const auto path = kFixtures / "kunta-osaaminen.csv";
    import_path(ImportKind::competencies, path);
    const auto before = competences("KUNTA-OSAAMINEN");
    std::string text = polku::test::read_file(path);
    text.replace(text.find("Ottaa huolen puheeksi."), 22, "Muutettu.");
    text.replace(text.find("ESI,ESI-1,"), 10, "ESI-1-1,ESI-1,");  // ESI-1 ↔ ESI-1-1
    const auto errors = import_errors(ImportKind::competencies, text);
    BOOST_TEST_REQUIRE(errors.size() == 1u, message_of(errors));
    BOOST_TEST(has(errors[0].message, "ESI-1 (line 15) → ESI-1-1 (line 16) → ESI-1"));
    check_same(competences("KUNTA-OSAAMINEN"), before);
}

BOOST_AUTO_TEST_CASE(plain_competences_build_on_stored_ones) {
    const auto first = import(ImportKind::competences,
                              "framework,id_number,parent,name,description\n"
                              "TYO,T1,,Työturvallisuus,\"Riskien arviointi;\nensiapu\"\n"
                              "TYO,T1.1,T1,Ensiapu,\n"
                              "KIELI,K1,,Selkokieli,\n");
    BOOST_TEST(first.counts.added == 3u);
    BOOST_TEST(count("competence_frameworks") == 2);  // created on first mention
    const auto t1 = competence("TYO", "T1");
    BOOST_TEST(t1->description.value_or("") == "Riskien arviointi;\nensiapu");
    BOOST_TEST(t1->description_format == 2);
    BOOST_TEST(competence("TYO", "T1.1")->parent.value_or("") == "T1");

    // A parent stored before; a file of names only keeps the stored descriptions.
    const auto second = import(ImportKind::competences,
                               "framework,id_number,parent,name\n"
                               "TYO,T1,,Työturvallisuus\n"
                               "TYO,T2,T1,Paloturvallisuus\n");
    BOOST_TEST(second.counts.added == 1u);
    BOOST_TEST(second.counts.unchanged == 1u);
    BOOST_TEST(competence("TYO", "T1")->description.value_or("") == "Riskien arviointi;\nensiapu");
    BOOST_TEST(competence("TYO", "T2")->parent.value_or("") == "T1");

    // A cycle through a stored competence, and a parent of another framework.
    const auto errors = import_errors(ImportKind::competences,
                                      "framework,id_number,parent,name\n"
                                      "TYO,T1,T1.1,Työturvallisuus\n"
                                      "KIELI,K2,T1,Selkeä kirjoittaminen\n");
    BOOST_TEST_REQUIRE(errors.size() == 2u, message_of(errors));
    BOOST_TEST(errors[0].place.line == 2u);
    BOOST_TEST(errors[0].place.column == "parent");
    BOOST_TEST(has(errors[0].message, "cycle: T1 (line 2) → T1.1 → T1"));
    BOOST_TEST(errors[1].place.line == 3u);
    BOOST_TEST(has(errors[1].message,
                   "no competence with ID number 'T1' in framework KIELI in this file or the "
                   "database"));
    BOOST_TEST(!competence("TYO", "T1")->parent.has_value());
}

BOOST_AUTO_TEST_CASE(courses_build_competences_and_have_a_required_share) {
    import_path(ImportKind::competencies, kFixtures / "kunta-osaaminen.csv");
    import(ImportKind::competences, "framework,id_number,name\nMUU,ASI-1,Toinen ASI-1\n");
    const std::string file =
        "course,competence,framework,required_share\n"
        "Tietoturvan perusteet,DIG-1,,80 %\n"
        "Tietoturvan perusteet,DIG-2,,\n"
        "Asiakaslähtöisyys,ASI-1,KUNTA-OSAAMINEN,\n";
    const auto first = import(ImportKind::course_competences, file);
    BOOST_TEST(first.counts.added == 3u);
    BOOST_TEST(count("courses") == 2);  // created on first mention
    BOOST_TEST(count("course_competences") == 3);
    int share = 0;
    db.session() << "SELECT required_share FROM courses WHERE title = 'Tietoturvan perusteet'",
        soci::into(share);
    BOOST_TEST(share == 80);
    db.session() << "SELECT required_share FROM courses WHERE title = 'Asiakaslähtöisyys'",
        soci::into(share);
    BOOST_TEST(share == 100);  // the default: every session

    const auto again = import(ImportKind::course_competences, file);
    BOOST_TEST(again.counts.unchanged == 3u);
    const auto changed =
        import(ImportKind::course_competences,
               "course,competence,required_share\nTietoturvan perusteet,DIG-1,75\n");
    BOOST_TEST(changed.counts.updated == 1u);

    const auto errors = import_errors(ImportKind::course_competences,
                                      "course,competence,framework,required_share\n"
                                      "Kurssi,ASI-1,,\n"
                                      "Kurssi,NOPE,,50\n"
                                      "Kurssi,DIG-1,,60\n"
                                      "Kurssi,DIG-2,EI-OLE,\n"
                                      "Kurssi,DIG-2,,0\n");
    BOOST_TEST_REQUIRE(errors.size() == 5u, message_of(errors));
    BOOST_TEST(has(errors[0].message, "is in several frameworks (KUNTA-OSAAMINEN, MUU)"));
    BOOST_TEST(has(errors[1].message, "no competence with ID number 'NOPE'"));
    BOOST_TEST(errors[2].place.line == 4u);
    BOOST_TEST(has(errors[2].message, "another required share (50) on line 3"));
    BOOST_TEST(errors[3].place.column == "framework");
    BOOST_TEST(errors[4].place.column == "required_share");
    BOOST_TEST(count("courses") == 2);
    BOOST_TEST(count("course_competences") == 3);
}

BOOST_AUTO_TEST_SUITE_END()
