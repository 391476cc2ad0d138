// The audit rows of an import (issue 8): one row for the whole file, and one per record it
// updated with only the fields that changed, under the record's key as people name it, with
// the time and actor of the file's row; none for new or unchanged records, none from a dry
// run or a refused file.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "app/import_service.hpp"
#include "core/error.hpp"
#include "db/audit_repository.hpp"
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
        app::ImportOptions options;
        options.dry_run = dry_run;
        return app::import_file(db, kind, path.string(), options);
    }

    Fixture() {
        import(ImportKind::projects, "code;name;start;end\nS1;Hanke;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name,email,gender,target_groups\n"
               "E1,Aino,Aalto,aino.aalto@example.fi,female,S1:Hoitajat\n"
               "E2,Bertta,Berg,,female,S1:Hoitajat\n");
        import(ImportKind::events,
               "event_id,project,title,kind\nEV1,S1,Ensiapu,course\nEV2,S1,Muu,seminar\n");
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\n"
               "EV1,15.3.2024,9:00,16:00,30\nEV2,1.6.2024,9:00,10:00,0\n");
        import(ImportKind::attendance,
               "event_id,date,start,employee_id,status,minutes\n"
               "EV1,15.3.2024,,E1,present,\nEV1,15.3.2024,,E2,present,\n");
        import(ImportKind::activities,
               "employee_id,project,date,kind,minutes,description\n"
               "E1,S1,20.3.2024,self_study,120,Oma opiskelu\n"
               "E2,S1,20.3.2024,self_study,60,\n");
    }

    std::vector<AuditEntry> trail(const db::AuditQuery& query = {}) {
        return db::AuditRepository(db).read(query);
    }

    // The rows an import writes: those after the trail's last row before it.
    std::vector<AuditEntry> rows_of(ImportKind kind, const std::string& content,
                                    bool dry_run = false) {
        const auto before = trail();
        const std::int64_t last = before.empty() ? 0 : before.back().id;
        import(kind, content, dry_run);
        std::vector<AuditEntry> out;
        for (auto& e : trail()) {
            if (e.id > last) {
                out.push_back(std::move(e));
            }
        }
        return out;
    }
};

std::string text(const AuditFields& fields) {
    return describe(fields);
}

// One updated record and the file's own row after it, with the same time and actor.
const AuditEntry& the_update(const std::vector<AuditEntry>& rows) {
    BOOST_TEST_REQUIRE(rows.size() == 2u);
    BOOST_TEST((rows[0].change.action == AuditAction::update));
    BOOST_TEST((rows[1].change.action == AuditAction::import));
    BOOST_TEST(rows[0].at == rows[1].at);
    BOOST_TEST(rows[0].actor == rows[1].actor);
    BOOST_TEST(!rows[0].actor.empty());
    return rows[0];
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(import_audit, Fixture)

BOOST_AUTO_TEST_CASE(a_changed_mark_is_one_row_and_new_and_unchanged_marks_none) {
    import(ImportKind::people, "employee_id,first_name,last_name\nE3,Cecilia,Carlsson\n");
    const auto rows = rows_of(ImportKind::attendance,
                              "event_id,date,start,employee_id,status,minutes\n"
                              "EV1,15.3.2024,,E1,partial,90\nEV1,15.3.2024,,E2,present,\n"
                              "EV1,15.3.2024,,E3,present,\n");
    const auto& row = the_update(rows);
    BOOST_TEST(row.change.table == "attendance");
    BOOST_TEST(text(row.change.key) ==
               "event = EV1, date = 2024-03-15, start = 09:00, employee_id = E1");
    BOOST_TEST(text(row.change.old_values) == "status = present, minutes = –");
    BOOST_TEST(text(row.change.new_values) == "status = partial, minutes = 90");
    BOOST_TEST(text(rows[1].change.new_values).find("added = 1, updated = 1, unchanged = 1") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_changed_person_is_one_row_of_the_changed_fields) {
    const auto rows = rows_of(ImportKind::people,
                              "employee_id,first_name,last_name,email,gender,target_groups\n"
                              "E1,Aino-Maria,Aalto,aino.m.aalto@example.fi,other,S1:Hoitajat\n"
                              "E2,Bertta,Berg,,female,S1:Hoitajat\n"
                              "E4,Uusi,Ihminen,,,\n");
    const auto& row = the_update(rows);
    BOOST_TEST(row.change.table == "people");
    BOOST_TEST(text(row.change.key) == "employee_id = E1");
    BOOST_TEST(text(row.change.old_values) ==
               "first_name = Aino, email = aino.aalto@example.fi, gender = female");
    BOOST_TEST(text(row.change.new_values) ==
               "first_name = Aino-Maria, email = aino.m.aalto@example.fi, gender = other");

    // A supervisor and target groups are the person's too: one row, both fields.
    const auto linked = rows_of(ImportKind::people,
                                "employee_id,first_name,last_name,supervisor_id,target_groups\n"
                                "E2,Bertta,Berg,E1,S1:Hoitajat|S1:Esihenkilöt\n");
    const auto& link = the_update(linked);
    BOOST_TEST(text(link.change.key) == "employee_id = E2");
    BOOST_TEST(text(link.change.old_values) == "supervisor_id = –, target_groups = S1:Hoitajat");
    BOOST_TEST(text(link.change.new_values) ==
               "supervisor_id = E1, target_groups = S1:Esihenkilöt|S1:Hoitajat");
}

BOOST_AUTO_TEST_CASE(a_changed_event_session_and_activity_are_one_row_each) {
    const auto events = rows_of(ImportKind::events,
                                "event_id,project,title,kind,place\n"
                                "EV1,S1,Ensiapu 1,course,\nEV2,S1,Muu,seminar,\n"
                                "EV3,S1,Uusi,course,\n");
    const auto& event = the_update(events);
    BOOST_TEST(event.change.table == "events");
    BOOST_TEST(text(event.change.key) == "event = EV1");
    BOOST_TEST(text(event.change.old_values) == "title = Ensiapu");
    BOOST_TEST(text(event.change.new_values) == "title = Ensiapu 1");

    const auto sessions = rows_of(ImportKind::sessions,
                                  "event_id,date,start,end,break_minutes\n"
                                  "EV1,15.3.2024,9:00,15:00,30\nEV2,1.6.2024,9:00,10:00,0\n"
                                  "EV2,2.6.2024,9:00,10:00,0\n");
    const auto& session = the_update(sessions);
    BOOST_TEST(session.change.table == "sessions");
    BOOST_TEST(text(session.change.key) == "event = EV1, date = 2024-03-15, start = 09:00");
    BOOST_TEST(text(session.change.old_values) == "end = 16:00");
    BOOST_TEST(text(session.change.new_values) == "end = 15:00");

    const auto activities = rows_of(ImportKind::activities,
                                    "employee_id,project,date,kind,minutes,description\n"
                                    "E1,S1,20.3.2024,self_study,150,Oma opiskelu\n"
                                    "E2,S1,20.3.2024,self_study,60,\n"
                                    "E2,S1,21.3.2024,self_study,60,\n");
    const auto& activity = the_update(activities);
    BOOST_TEST(activity.change.table == "activities");
    BOOST_TEST(text(activity.change.key) ==
               "employee_id = E1, project = S1, date = 2024-03-20, kind = self_study");
    BOOST_TEST(text(activity.change.old_values) == "minutes = 120");
    BOOST_TEST(text(activity.change.new_values) == "minutes = 150");

    // Found by person (the activity; the event and session are about no one) and project.
    db::AuditQuery by_person;
    by_person.employee_id = "E1";
    std::size_t updates = 0;
    for (const auto& e : trail(by_person)) {
        updates += e.change.action == AuditAction::update;
    }
    BOOST_TEST(updates == 1u);
    db::AuditQuery by_project;
    by_project.project_code = "S1";
    updates = 0;
    for (const auto& e : trail(by_project)) {
        updates += e.change.action == AuditAction::update;
    }
    BOOST_TEST(updates == 3u);
}

BOOST_AUTO_TEST_CASE(a_changed_project_and_target_are_one_row_each) {
    const auto project =
        rows_of(ImportKind::projects, "code;name;start;end\nS1;Hanke 2;1.1.2024;30.6.2025\n");
    const auto& p = the_update(project);
    BOOST_TEST(p.change.table == "projects");
    BOOST_TEST(text(p.change.key) == "project = S1");
    BOOST_TEST(text(p.change.old_values) == "name = Hanke, end = 2024-12-31");
    BOOST_TEST(text(p.change.new_values) == "name = Hanke 2, end = 2025-06-30");

    import(ImportKind::targets, "project,metric,target_group,planned\nS1,events,,10\n");
    const auto target =
        rows_of(ImportKind::targets, "project,metric,target_group,planned\nS1,events,,12\n");
    const auto& t = the_update(target);
    BOOST_TEST(t.change.table == "targets");
    BOOST_TEST(text(t.change.key) == "project = S1, metric = events, target_group = –");
    BOOST_TEST(text(t.change.old_values) == "planned = 10.00");
    BOOST_TEST(text(t.change.new_values) == "planned = 12.00");
}

BOOST_AUTO_TEST_CASE(a_dry_run_and_a_refused_import_write_no_row) {
    const std::string changed =
        "event_id,date,start,employee_id,status,minutes\nEV1,15.3.2024,,E1,absent,\n";
    BOOST_TEST(rows_of(ImportKind::attendance, changed, true).empty());
    BOOST_CHECK_THROW(rows_of(ImportKind::attendance, changed + "EV1,15.3.2024,,E404,present,\n"),
                      InputErrors);
    BOOST_CHECK_THROW(rows_of(ImportKind::people,
                              "employee_id,first_name,last_name\nE1,Aino,Uusi\nE5,,Nimetön\n"),
                      InputErrors);
    BOOST_TEST(rows_of(ImportKind::people, "employee_id,first_name,last_name\nE1,Aino,Uusi\n", true)
                   .empty());
    for (const auto& e : trail()) {
        BOOST_TEST((e.change.action == AuditAction::import));
    }
    // Re-importing a file as stored writes only the file's row.
    const auto again = rows_of(ImportKind::attendance,
                               "event_id,date,start,employee_id,status,minutes\n"
                               "EV1,15.3.2024,,E1,present,\nEV1,15.3.2024,,E2,present,\n");
    BOOST_TEST_REQUIRE(again.size() == 1u);
    BOOST_TEST((again[0].change.action == AuditAction::import));
}

BOOST_AUTO_TEST_CASE(many_updated_marks_are_written_in_batches_one_row_each) {
    // More than one batch of rows (500), on the attendance import's writing thread on SQLite.
    std::string people = "employee_id,first_name,last_name\n";
    std::string marks = "event_id,date,start,employee_id,status,minutes\n";
    std::string changed = marks;
    for (int i = 0; i < 1200; ++i) {
        const std::string id = "B" + std::to_string(i);
        people += id + ",Etu,Suku\n";
        marks += "EV1,15.3.2024,," + id + ",present,\n";
        changed += "EV1,15.3.2024,," + id + (i % 2 ? ",present,\n" : ",absent,\n");
    }
    import(ImportKind::people, people);
    import(ImportKind::attendance, marks);
    const auto rows = rows_of(ImportKind::attendance, changed);
    BOOST_TEST_REQUIRE(rows.size() == 601u);
    for (std::size_t i = 0; i < 600; ++i) {
        BOOST_TEST(rows[i].change.table == "attendance");
        BOOST_TEST(rows[i].at == rows.back().at);
    }
    BOOST_TEST(text(rows[599].change.key) ==
               "event = EV1, date = 2024-03-15, start = 09:00, employee_id = B1198");
    BOOST_TEST(text(rows[599].change.new_values) == "status = absent");
}

BOOST_AUTO_TEST_SUITE_END()
