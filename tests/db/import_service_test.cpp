#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include "app/import_service.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;
using polku::test::write_file;

namespace {

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());

    app::ImportResult import(ImportKind kind, const std::string& content, bool dry_run = false) {
        const auto path = t.dir() / (std::string(import_kind_name(kind)) + ".csv");
        write_file(path, content);
        return app::import_file(db, kind, path.string(), app::ImportOptions{dry_run, {}});
    }

    std::vector<FieldError> import_errors(ImportKind kind, const std::string& content) {
        try {
            import(kind, content);
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

    void base_data() {
        import(ImportKind::projects, "code;name;start;end\nS1;Hanke;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name,supervisor_id,target_groups\n"
               "E1,Aino,Äijälä,E2,S1:Hoitajat\nE2,Bertta,Öhman,,S1:Esihenkilöt|S1:Hoitajat\nE3,"
               "Cecilia,Åkerman,E2,\n");
        import(ImportKind::events,
               "event_id,project,title,kind\nEV1,S1,Ensiapu,course\nEV2,S1,Seminaari,seminar\n");
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\nEV1,2024-03-15,9:00,16:00,60\nEV1,2024-03-"
               "16,9:00,12:00,0\n"
               "EV2,2024-04-01,9:00,12:00,0\nEV2,2024-04-01,13:00,15:00,0\n");
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(import_service, Fixture)

BOOST_AUTO_TEST_CASE(imports_and_reimports_without_change) {
    base_data();
    const std::string attendance =
        "event_id,date,start,employee_id,status,minutes\n"
        "EV1,15.3.2024,,E1,present,\nEV1,15.3.2024,,E2,partial,120\nEV1,16.3.2024,,E1,absent,\n"
        "EV2,1.4.2024,13:00,E3,excused,\n";
    auto first = import(ImportKind::attendance, attendance);
    BOOST_TEST(first.counts.added == 4u);
    BOOST_TEST(first.records == 4u);
    auto second = import(ImportKind::attendance, attendance);
    BOOST_TEST(second.counts.added == 0u);
    BOOST_TEST(second.counts.unchanged == 4u);
    BOOST_TEST(count("attendance") == 4);

    auto changed =
        import(ImportKind::attendance,
               "event_id,date,employee_id,status,minutes\nEV1,15.3.2024,E2,partial,90\n");
    BOOST_TEST(changed.counts.updated == 1u);
    int minutes = 0;
    db.session() << "SELECT a.minutes FROM attendance a JOIN people p ON p.id = a.person_id WHERE "
                    "p.employee_id = 'E2'",
        soci::into(minutes);
    BOOST_TEST(minutes == 90);
}

BOOST_AUTO_TEST_CASE(supervisors_and_groups_are_resolved_within_the_file) {
    base_data();
    long long supervisor_of_e1 = 0, e2 = 0;
    db.session() << "SELECT supervisor_id FROM people WHERE employee_id = 'E1'",
        soci::into(supervisor_of_e1);
    db.session() << "SELECT id FROM people WHERE employee_id = 'E2'", soci::into(e2);
    BOOST_TEST(supervisor_of_e1 == e2);
    BOOST_TEST(count("target_groups") == 2);
    BOOST_TEST(count("target_group_members") == 3);
}

BOOST_AUTO_TEST_CASE(absent_columns_keep_stored_values) {
    base_data();
    import(ImportKind::people,
           "employee_id,first_name,last_name,gender,birth_year\nE1,Aino,Äijälä,female,1980\n");
    const auto result =
        import(ImportKind::people, "employee_id,first_name,last_name\nE1,Aino,Äijälä-Virtanen\n");
    BOOST_TEST(result.counts.updated == 1u);
    std::string gender, last_name;
    int birth_year = 0;
    db.session() << "SELECT gender, birth_year, last_name FROM people WHERE employee_id = 'E1'",
        soci::into(gender), soci::into(birth_year), soci::into(last_name);
    BOOST_TEST(gender == "female");
    BOOST_TEST(birth_year == 1980);
    BOOST_TEST(last_name == "Äijälä-Virtanen");
}

BOOST_AUTO_TEST_CASE(one_bad_row_writes_nothing_and_every_error_is_listed) {
    base_data();
    const auto errors = import_errors(ImportKind::attendance,
                                      "event_id,date,employee_id,status,minutes\n"
                                      "EV1,15.3.2024,E1,present,\n"
                                      "EV1,15.3.2024,E2,partial,999\n"
                                      "EV1,15.3.2024,E3,present,\n"
                                      "EV2,1.4.2024,E1,present,\n"
                                      "EV9,1.4.2024,E1,present,\n");
    BOOST_TEST(count("attendance") == 0);
    BOOST_REQUIRE(errors.size() == 3u);
    BOOST_TEST(errors[0].place.line == 3u);
    BOOST_TEST(errors[0].place.column == "minutes");
    BOOST_TEST(errors[1].place.line == 5u);
    BOOST_TEST(errors[1].place.column == "start");  // two sessions that day, no start given
    BOOST_TEST(errors[2].place.line == 6u);
    BOOST_TEST(errors[2].to_string().find("attendance.csv:6: event_id: no event 'EV9'") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(dry_run_counts_and_writes_nothing) {
    base_data();
    const auto result =
        import(ImportKind::activities,
               "employee_id;project;date;kind;hours;description\n"
               "E1;S1;1.6.2024;self_study;1,5;Verkkokurssi\nE2;S1;2.6.2024;coaching;2;\n",
               true);
    BOOST_TEST(result.dry_run);
    BOOST_TEST(result.counts.added == 2u);
    BOOST_TEST(count("activities") == 0);
    import(ImportKind::activities,
           "employee_id;project;date;kind;hours\nE1;S1;1.6.2024;self_study;1,5\n");
    int minutes = 0;
    db.session() << "SELECT minutes FROM activities", soci::into(minutes);
    BOOST_TEST(minutes == 90);
}

BOOST_AUTO_TEST_CASE(a_supervisor_cycle_is_refused_naming_the_people) {
    base_data();
    // E2 currently supervises E1; making E1 E2's supervisor closes a loop with the stored data.
    const auto errors = import_errors(
        ImportKind::people, "employee_id,first_name,last_name,supervisor_id\nE2,Bertta,Öhman,E1\n");
    BOOST_REQUIRE(errors.size() == 1u);
    const auto text = errors[0].to_string();
    BOOST_TEST(
        text.find("people.csv:2: supervisor_id: the supervisor chain goes round in a cycle") !=
        std::string::npos);
    BOOST_TEST(text.find("E1") != std::string::npos);
    BOOST_TEST(text.find("E2") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(targets_with_and_without_group_are_distinct_keys) {
    base_data();
    const auto r =
        import(ImportKind::targets,
               "project,metric,target_group,planned\nS1,person_training_days,,2352\n"
               "S1,person_training_days,Hoitajat,\"1000,5\"\nS1,participants_started,,360\n");
    BOOST_TEST(r.counts.added == 3u);
    const auto again =
        import(ImportKind::targets,
               "project,metric,target_group,planned\nS1,person_training_days,,2352.00\n");
    BOOST_TEST(again.counts.unchanged == 1u);
    long long planned = 0;
    db.session() << "SELECT planned_hundredths FROM targets t JOIN target_groups g ON g.id = "
                    "t.target_group_id",
        soci::into(planned);
    BOOST_TEST(planned == 100050);
}

BOOST_AUTO_TEST_SUITE_END()
