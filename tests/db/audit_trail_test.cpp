// The audit trail in a real database: every mark the attendance sheet changes and every
// walk-in it adds writes one audit row with the values before and after, in the same
// transaction; reading it back by person, project and date; and an erasure that keeps the
// figures and scrubs the person's values from the trail.
#include <boost/test/unit_test.hpp>

#include <soci/soci.h>

#include <string>
#include <vector>

#include "app/attendance_service.hpp"
#include "app/import_service.hpp"
#include "app/monitoring_service.hpp"
#include "app/person_erasure_service.hpp"
#include "core/error.hpp"
#include "db/audit_log.hpp"
#include "db/audit_repository.hpp"
#include "db/database.hpp"
#include "reports/monitoring_json.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;
using polku::test::write_file;

namespace {

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());
    SessionKey morning{"EV1", date(2024, 3, 15), 9 * 60};

    void import(ImportKind kind, const std::string& content) {
        const auto path = t.dir() / (std::string(import_kind_name(kind)) + ".csv");
        write_file(path, content);
        app::import_file(db, kind, path.string(), app::ImportOptions{});
    }

    Fixture() {
        import(ImportKind::projects,
               "code;name;start;end\nS1;Hyvinvointia yhdessä;1.1.2024;31.12.2024\n"
               "S2;Toinen;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name,email,gender,birth_year,target_groups\n"
               "E1,Ainomaija,Äijäläinen,ainomaija.aijalainen@example.fi,female,1970,S1:Hoitajat\n"
               "E2,Bertta,Öhman,,female,1999,S1:Hoitajat\n"
               "E10,Cecilia,Åkerman,,,1960,\n");
        import(ImportKind::events,
               "event_id,project,title,kind\nEV1,S1,Ensiapu,course\nEV9,S2,Muu,course\n");
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\n"
               "EV1,15.3.2024,9:00,16:00,30\nEV9,1.6.2024,9:00,10:00,0\n");
        import(ImportKind::attendance,
               "event_id,date,start,employee_id,status,minutes\n"
               "EV9,1.6.2024,,E1,present,\nEV9,1.6.2024,,E10,present,\n");
        import(ImportKind::activities,
               "employee_id,project,date,kind,minutes,description\n"
               "E1,S1,20.3.2024,self_study,120,Ainomaijan oma muistiinpano\n");
    }

    std::vector<AuditEntry> trail(const db::AuditQuery& query = {}) {
        return db::AuditRepository(db).read(query);
    }

    // The audit rows written after the fixture's imports (imports write rows of their own).
    std::vector<AuditEntry> sheet_rows(const db::AuditQuery& query = {}) {
        std::vector<AuditEntry> out;
        for (auto& e : trail(query)) {
            if (e.change.action != AuditAction::import) {
                out.push_back(std::move(e));
            }
        }
        return out;
    }

    std::string monitoring(const std::string& project) {
        return reports::write_monitoring_json(app::monitoring_report(db, {project, {}, {}}));
    }
};

AuditFields key(const std::string& employee_id) {
    return {
        {"event", "EV1"}, {"date", "2024-03-15"}, {"start", "09:00"}, {"employee_id", employee_id}};
}

std::string text(const AuditFields& fields) {
    return describe(fields);
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(audit_trail, Fixture)

BOOST_AUTO_TEST_CASE(each_changed_mark_is_one_row_with_its_values_before_and_after) {
    app::take_attendance(db, morning,
                         {{"E1", Mark{AttendanceStatus::present, std::nullopt}},
                          {"E2", Mark{AttendanceStatus::partial, 90}}});
    auto rows = sheet_rows();
    BOOST_TEST_REQUIRE(rows.size() == 2u);
    BOOST_TEST((rows[0].change.action == AuditAction::insert));
    BOOST_TEST(rows[0].change.table == "attendance");
    BOOST_TEST(text(rows[0].change.key) == text(key("E1")));
    BOOST_TEST(rows[0].change.old_values.empty());
    BOOST_TEST(text(rows[0].change.new_values) == "status = present, minutes = –");
    BOOST_TEST(text(rows[1].change.new_values) == "status = partial, minutes = 90");
    BOOST_TEST(rows[0].actor == db::audit_actor(db));
    BOOST_TEST(!rows[0].actor.empty());
    BOOST_TEST(rows[0].at.size() == 20u);  // 2026-11-24T06:15:02Z
    BOOST_TEST(rows[0].at.back() == 'Z');

    // The same marks again change nothing and write nothing; a changed one and a removed one
    // write a row each, with only what changed.
    app::take_attendance(db, morning,
                         {{"E1", Mark{AttendanceStatus::present, std::nullopt}},
                          {"E2", Mark{AttendanceStatus::partial, 90}}});
    BOOST_TEST(sheet_rows().size() == 2u);
    app::take_attendance(db, morning,
                         {{"E1", Mark{AttendanceStatus::partial, 60}}, {"E2", std::nullopt}});
    rows = sheet_rows();
    BOOST_TEST_REQUIRE(rows.size() == 4u);
    BOOST_TEST((rows[2].change.action == AuditAction::update));
    BOOST_TEST(text(rows[2].change.old_values) == "status = present, minutes = –");
    BOOST_TEST(text(rows[2].change.new_values) == "status = partial, minutes = 60");
    BOOST_TEST((rows[3].change.action == AuditAction::remove));
    BOOST_TEST(text(rows[3].change.key) == text(key("E2")));
    BOOST_TEST(text(rows[3].change.old_values) == "status = partial, minutes = 90");
    BOOST_TEST(rows[3].change.new_values.empty());
}

BOOST_AUTO_TEST_CASE(a_refused_save_leaves_no_audit_row) {
    // E2's mark is fine, E1's is longer than the session: nothing is saved, nothing audited.
    BOOST_CHECK_THROW(app::take_attendance(db, morning,
                                           {{"E2", Mark{AttendanceStatus::present, std::nullopt}},
                                            {"E1", Mark{AttendanceStatus::partial, 400}}}),
                      InputErrors);
    // An unknown person is found while writing: the rows already written roll back with
    // their audit rows.
    BOOST_CHECK_THROW(
        app::take_attendance(db, morning,
                             {{"E2", Mark{AttendanceStatus::present, std::nullopt}},
                              {"NOBODY", Mark{AttendanceStatus::present, std::nullopt}}}),
        PolkuError);
    BOOST_TEST(sheet_rows().empty());
}

BOOST_AUTO_TEST_CASE(a_walk_in_added_on_the_sheet_is_audited_with_the_mark) {
    app::take_attendance(db, morning, {{"W1", Mark{AttendanceStatus::present, std::nullopt}}},
                         {NewPerson{"W1", "Walter", "Kävijä"}});
    const auto rows = sheet_rows();
    BOOST_TEST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0].change.table == "people");
    BOOST_TEST(text(rows[0].change.key) == "employee_id = W1");
    BOOST_TEST(text(rows[0].change.new_values) == "first_name = Walter, last_name = Kävijä");
    BOOST_TEST(rows[1].change.table == "attendance");
}

BOOST_AUTO_TEST_CASE(the_trail_is_read_by_person_project_and_date) {
    app::take_attendance(db, morning,
                         {{"E1", Mark{AttendanceStatus::present, std::nullopt}},
                          {"E2", Mark{AttendanceStatus::present, std::nullopt}}});
    app::take_attendance(db, {"EV9", date(2024, 6, 1), 9 * 60},
                         {{"E1", Mark{AttendanceStatus::absent, std::nullopt}}});
    BOOST_TEST(sheet_rows({std::nullopt, std::nullopt, "E1", ""}).size() == 2u);
    BOOST_TEST(sheet_rows({std::nullopt, std::nullopt, "E2", ""}).size() == 1u);
    BOOST_TEST(sheet_rows({std::nullopt, std::nullopt, "", "S2"}).size() == 1u);
    BOOST_TEST(sheet_rows({std::nullopt, std::nullopt, "E1", "S1"}).size() == 1u);
    // Changes are dated in UTC today: a period that ends yesterday holds none of them, one
    // that starts today all.
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const Date utc_today{today};
    BOOST_TEST(sheet_rows({std::nullopt, add_days(utc_today, -1), "", ""}).empty());
    BOOST_TEST(sheet_rows({utc_today, utc_today, "", ""}).size() == 3u);
    BOOST_CHECK_THROW(trail({std::nullopt, std::nullopt, "NOBODY", ""}), InputError);
    BOOST_CHECK_THROW(trail({std::nullopt, std::nullopt, "", "NOPE"}), InputError);
}

BOOST_AUTO_TEST_CASE(an_erasure_keeps_every_figure_and_leaves_no_value_of_the_person) {
    // Before: her marks in the audit trail (a key naming her), a walk-in's row with names.
    app::take_attendance(db, morning,
                         {{"E1", Mark{AttendanceStatus::present, std::nullopt}},
                          {"E2", Mark{AttendanceStatus::present, std::nullopt}}});
    const std::string s1 = monitoring("S1"), s2 = monitoring("S2");

    const auto summary = app::erase_person(db, "E1");
    BOOST_TEST(summary.pseudonym.rfind("ERASED-", 0) == 0u);
    BOOST_TEST(summary.projects_frozen == 2u);  // she started in S1 (March) and S2 (June)
    BOOST_TEST(monitoring("S1") == s1);
    BOOST_TEST(monitoring("S2") == s2);

    auto& sql = db.session();
    std::string employee_id, first, last;
    soci::indicator email = soci::i_ok, birth = soci::i_ok, note = soci::i_ok;
    std::string email_value, note_value;
    int birth_value = 0;
    sql << "SELECT employee_id, first_name, last_name, email, birth_year FROM people WHERE "
           "employee_id = :e",
        soci::use(summary.pseudonym), soci::into(employee_id), soci::into(first), soci::into(last),
        soci::into(email_value, email), soci::into(birth_value, birth);
    BOOST_TEST(employee_id == summary.pseudonym);
    BOOST_TEST(first.empty());
    BOOST_TEST(last == summary.pseudonym);
    BOOST_TEST(email == soci::i_null);
    BOOST_TEST(birth == soci::i_null);
    sql << "SELECT description FROM activities", soci::into(note_value, note);
    BOOST_TEST(note == soci::i_null);
    std::string band;
    sql << "SELECT b.age_band FROM erased_age_bands b JOIN projects p ON p.id = b.project_id "
           "WHERE p.code = 'S1'",
        soci::into(band);
    BOOST_TEST(band == "25_54");  // 2024 − 1970 = 54

    // The trail: her key now names the pseudonym, the others' rows are as they were, and the
    // erasure itself is on record.
    const auto rows = sheet_rows();
    BOOST_TEST_REQUIRE(rows.size() == 3u);
    BOOST_TEST(text(rows[0].change.key) == text(key(summary.pseudonym)));
    BOOST_TEST(text(rows[1].change.key) == text(key("E2")));
    BOOST_TEST((rows[2].change.action == AuditAction::erase));
    BOOST_TEST(text(rows[2].change.key) == "employee_id = " + summary.pseudonym);
    int mentions = 0;
    sql << "SELECT COUNT(*) FROM audit_log WHERE record_key LIKE '%Ainomaija%' OR old_values "
           "LIKE '%Ainomaija%' OR new_values LIKE '%Ainomaija%' OR record_key LIKE '%\"E1\"%' "
           "OR old_values LIKE '%\"E1\"%' OR new_values LIKE '%\"E1\"%'",
        soci::into(mentions);
    BOOST_TEST(mentions == 0);

    // Once is enough; E10 (another id starting E1) keeps everything.
    BOOST_CHECK_THROW(app::erase_person(db, summary.pseudonym), InputError);
    BOOST_CHECK_THROW(app::erase_person(db, "E1"), InputError);
    sql << "SELECT first_name FROM people WHERE employee_id = 'E10'", soci::into(first);
    BOOST_TEST(first == "Cecilia");
}

BOOST_AUTO_TEST_SUITE_END()
