// Period locks in a real database (issue 8): once a project is locked through a date, no
// import and no attendance sheet adds or changes an entry dated on or before it, nor the
// project's counting rules, the kind of an event with sessions there, or the ESF data of
// someone counted there; the whole import is refused with every offending line and nothing
// is written. Unlocking (with a reason) opens it again; both are audited. An erasure, which
// changes no figure, still works.
#include <boost/test/unit_test.hpp>

#include <soci/soci.h>

#include <string>
#include <vector>

#include "app/attendance_service.hpp"
#include "app/import_service.hpp"
#include "app/monitoring_service.hpp"
#include "app/period_lock_service.hpp"
#include "app/person_erasure_service.hpp"
#include "core/error.hpp"
#include "core/period_lock.hpp"
#include "db/audit_repository.hpp"
#include "db/database.hpp"
#include "db/period_lock_repository.hpp"
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

const Mark kPresent{AttendanceStatus::present, std::nullopt};

// S1 runs through 2024. E1 is counted in March (EV1, a course), E2 only in June (EV2, a
// workshop), E3 nowhere. The lock covers January to March.
struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());
    int files = 0;

    app::ImportResult import(ImportKind kind, const std::string& content) {
        const auto path = t.dir() / (std::string(import_kind_name(kind)) + "-" +
                                     std::to_string(++files) + ".csv");
        write_file(path, content);
        return app::import_file(db, kind, path.string(), app::ImportOptions{});
    }

    // The problems of an import that must be refused, as "LINE column: message" lines.
    std::vector<FieldError> refused(ImportKind kind, const std::string& content) {
        const std::string before = state();
        try {
            import(kind, content);
        } catch (const InputErrors& e) {
            BOOST_TEST(state() == before, "a refused import must write nothing");
            return e.errors();
        }
        BOOST_FAIL("the import was not refused");
        return {};
    }

    Fixture() {
        import(ImportKind::projects,
               "code,name,start,end,day_minutes\nS1,Osaava henkilöstö,1.1.2024,31.12.2024,360\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name,gender,birth_year,education,labour_status\n"
               "E1,Aino,Aalto,female,1970,isced_5_8,employed\n"
               "E2,Bertta,Berg,female,1999,isced_3_4,employed\n"
               "E3,Cecilia,Carlsson,,,,\n");
        import(ImportKind::events,
               "event_id,project,title,kind\nEV1,S1,Kirjaaminen,course\n"
               "EV2,S1,Työhyvinvointi,workshop\n");
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\nEV1,15.3.2024,9:00,16:00,60\n"
               "EV2,10.6.2024,9:00,12:00,0\n");
        import(ImportKind::attendance,
               "event_id,date,employee_id,status\nEV1,15.3.2024,E1,present\n"
               "EV2,10.6.2024,E2,present\n");
        app::lock_period(db, "S1", date(2024, 3, 31), "1st payment application sent");
    }

    std::string monitoring() {
        return reports::write_monitoring_json(app::monitoring_report(db, {"S1", {}, {}}));
    }

    int count(const std::string& table) {
        int n = 0;
        db.session() << "SELECT COUNT(*) FROM " + table, soci::into(n);
        return n;
    }

    // What a refused import must leave as it was: every figure and every row count.
    std::string state() {
        std::string text = monitoring();
        for (const char* table : {"projects", "people", "events", "sessions", "attendance",
                                  "activities", "period_locks"}) {
            text += std::string("\n") + table + " " + std::to_string(count(table));
        }
        return text;
    }
};

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Each problem is on `line`, in `column`, names the lock date and says to unlock first.
void check_locked(const FieldError& e, std::size_t line, const std::string& column) {
    BOOST_TEST_CONTEXT(e.to_string()) {
        BOOST_TEST(e.place.line == line);
        BOOST_TEST(e.place.column == column);
        BOOST_TEST(contains(e.message, "project S1 is locked through 31.3.2024"));
        BOOST_TEST(contains(e.message, "unlock it first"));
    }
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(period_locks, Fixture)

BOOST_AUTO_TEST_CASE(attendance_dated_on_or_before_the_lock_is_refused_with_every_line) {
    const std::string file =
        "event_id,date,employee_id,status\n"
        "EV1,15.3.2024,E2,present\n"  // new, in the locked period
        "EV2,10.6.2024,E1,present\n"  // new, after it
        "EV1,15.3.2024,E1,absent\n"   // changed, in the locked period
        "EV1,15.3.2024,E3,excused\n";
    const auto errors = refused(ImportKind::attendance, file);
    BOOST_TEST_REQUIRE(errors.size() == 3u);
    check_locked(errors[0], 2, "date");
    check_locked(errors[1], 4, "date");
    check_locked(errors[2], 5, "date");
    BOOST_TEST(contains(errors[0].message, "attendance dated 15.3.2024"));

    // The locked mark as it is stored changes nothing, and after the lock is open.
    const auto r = import(ImportKind::attendance,
                          "event_id,date,employee_id,status\nEV1,15.3.2024,E1,present\n"
                          "EV2,10.6.2024,E1,present\n");
    BOOST_TEST(r.counts.unchanged == 1u);
    BOOST_TEST(r.counts.added == 1u);

    // Unlocked, the same refused file goes in whole.
    app::unlock_period(db, "S1", std::nullopt, "correction agreed with the funder");
    const auto again = import(ImportKind::attendance, file);
    BOOST_TEST(again.counts.added == 2u);
    BOOST_TEST(again.counts.updated == 1u);
    BOOST_TEST(again.counts.unchanged == 1u);
}

BOOST_AUTO_TEST_CASE(sessions_and_activities_in_the_locked_period_are_refused) {
    const auto sessions = refused(ImportKind::sessions,
                                  "event_id,date,start,end,break_minutes\n"
                                  "EV1,15.3.2024,9:00,15:00,60\n"  // shorter
                                  "EV1,22.3.2024,9:00,12:00,0\n"   // new
                                  "EV1,15.3.2024,9:00,16:00,60\n"
                                  "EV2,2.4.2024,9:00,12:00,0\n");
    BOOST_TEST_REQUIRE(sessions.size() == 3u);  // and the key repeated on line 4
    check_locked(sessions[0], 2, "date");
    BOOST_TEST(contains(sessions[0].message, "a session dated 15.3.2024"));
    check_locked(sessions[1], 3, "date");
    BOOST_TEST(sessions[2].place.line == 4u);
    BOOST_TEST(contains(sessions[2].message, "already on line 2"));
    BOOST_TEST(import(ImportKind::sessions,
                      "event_id,date,start,end,break_minutes\nEV1,15.3.2024,9:00,16:00,60\n"
                      "EV2,2.4.2024,9:00,12:00,0\n")
                   .counts.added == 1u);

    const auto activities = refused(ImportKind::activities,
                                    "employee_id,project,date,kind,minutes\n"
                                    "E3,S1,20.4.2024,self_study,60\n"
                                    "E3,S1,31.3.2024,self_study,60\n");
    BOOST_TEST_REQUIRE(activities.size() == 1u);
    check_locked(activities[0], 3, "date");
    BOOST_TEST(contains(activities[0].message, "an activity dated 31.3.2024"));
}

BOOST_AUTO_TEST_CASE(an_event_with_sessions_in_the_locked_period_keeps_its_kind_and_project) {
    import(ImportKind::projects, "code,name,start,end\nS2,Toinen,1.1.2024,31.12.2024\n");
    const auto errors = refused(ImportKind::events,
                                "event_id,project,title,kind\n"
                                "EV1,S1,Kirjaaminen,seminar\n"
                                "EV2,S1,Työhyvinvointi,coaching\n"
                                "EV1,S2,Kirjaaminen,course\n");
    // EV2's sessions are all after the lock: its kind may change.
    BOOST_TEST_REQUIRE(errors.size() == 2u);
    check_locked(errors[0], 2, "kind");
    BOOST_TEST(contains(errors[0].message, "the kind of an event with sessions in the locked"));
    BOOST_TEST(errors[1].place.line == 4u);  // the same event_id twice
    const auto moved =
        refused(ImportKind::events, "event_id,project,title,kind\nEV1,S2,Kirjaaminen,course\n");
    BOOST_TEST_REQUIRE(moved.size() == 1u);
    check_locked(moved[0], 2, "project");
    // Its title is no figure.
    BOOST_TEST(import(ImportKind::events,
                      "event_id,project,title,kind\nEV1,S1,Kirjaaminen ja raportointi,course\n"
                      "EV2,S1,Työhyvinvointi,coaching\n")
                   .counts.updated == 2u);
}

BOOST_AUTO_TEST_CASE(a_locked_projects_counting_rules_and_early_span_stay) {
    const auto errors = refused(ImportKind::projects,
                                "code,name,start,end,day_minutes,cap_per_day,excluded_kinds\n"
                                "S1,Osaava henkilöstö,1.2.2024,31.12.2024,420,no,seminar\n");
    BOOST_TEST_REQUIRE(errors.size() == 4u);
    check_locked(errors[0], 2, "start");
    check_locked(errors[1], 2, "day_minutes");
    check_locked(errors[2], 2, "cap_per_day");
    check_locked(errors[3], 2, "excluded_kinds");
    // An end moved after the lock (the project extended), and a new name, are fine.
    const auto r = import(ImportKind::projects,
                          "code,name,start,end,extended_end\n"
                          "S1,Osaava henkilöstö 2,1.1.2024,31.12.2024,30.6.2025\n");
    BOOST_TEST(r.counts.updated == 1u);
    // An end moved into the locked period is not.
    const auto ended = refused(ImportKind::projects,
                               "code,name,start,end,extended_end\n"
                               "S1,Osaava henkilöstö 2,1.1.2024,15.3.2024,15.3.2024\n");
    BOOST_TEST_REQUIRE(ended.size() == 1u);
    check_locked(ended[0], 2, "extended_end");
}

BOOST_AUTO_TEST_CASE(esf_data_of_someone_counted_in_the_locked_period_stays) {
    const auto errors =
        refused(ImportKind::people,
                "employee_id,first_name,last_name,gender,birth_year,education,labour_status\n"
                "E1,Aino,Aalto,male,1971,isced_5_8,employed\n"
                "E2,Bertta,Berg,other,1998,isced_5_8,unemployed\n"
                "E3,Cecilia,Carlsson,female,1980,isced_3_4,employed\n");
    BOOST_TEST_REQUIRE(errors.size() == 2u);
    check_locked(errors[0], 2, "gender");
    BOOST_TEST(contains(errors[0].message, "the gender of a person counted in the locked period"));
    check_locked(errors[1], 2, "birth_year");
    // E2 (counted only after the lock) and E3 (never counted) change; E1's names may too, and
    // a file without the ESF columns leaves them as they are.
    const auto r =
        import(ImportKind::people,
               "employee_id,first_name,last_name,gender,birth_year,education,labour_status\n"
               "E1,Aino,Aalto-Virtanen,female,1970,isced_5_8,employed\n"
               "E2,Bertta,Berg,other,1998,isced_5_8,unemployed\n"
               "E3,Cecilia,Carlsson,female,1980,isced_3_4,employed\n");
    BOOST_TEST(r.counts.updated == 3u);
    BOOST_TEST(import(ImportKind::people, "employee_id,first_name,last_name\nE1,Aino,Aalto\n")
                   .counts.updated == 1u);
    // An absent or excused mark is no counted entry: E3 marked absent in March may change.
    app::unlock_period(db, "S1", std::nullopt, "adding March's absences");
    import(ImportKind::attendance, "event_id,date,employee_id,status\nEV1,15.3.2024,E3,absent\n");
    app::lock_period(db, "S1", date(2024, 3, 31), "1st payment application sent again");
    BOOST_TEST(import(ImportKind::people,
                      "employee_id,first_name,last_name,gender\nE3,Cecilia,Carlsson,other\n")
                   .counts.updated == 1u);
}

BOOST_AUTO_TEST_CASE(target_groups_of_someone_counted_in_the_locked_period_stay) {
    import(ImportKind::projects, "code,name,start,end\nS2,Toinen,1.1.2024,31.12.2024\n");
    const auto errors = refused(ImportKind::people,
                                "employee_id,first_name,last_name,target_groups\n"
                                "E1,Aino,Aalto,S1:Hoitajat|S2:Esihenkilöt\n"
                                "E2,Bertta,Berg,S1:Hoitajat\n");
    BOOST_TEST_REQUIRE(errors.size() == 1u);
    check_locked(errors[0], 2, "target_groups");
    BOOST_TEST(contains(errors[0].message, "the target groups in S1 of a person counted"));
    // S2 is not locked, and E2 is counted in S1 only after the lock.
    BOOST_TEST(import(ImportKind::people,
                      "employee_id,first_name,last_name,target_groups\n"
                      "E1,Aino,Aalto,S2:Esihenkilöt\nE2,Bertta,Berg,S1:Hoitajat\n")
                   .counts.updated == 2u);
}

BOOST_AUTO_TEST_CASE(the_attendance_sheet_cannot_save_a_locked_session) {
    const SessionKey march{"EV1", date(2024, 3, 15), 9 * 60};
    const std::string before = state();
    try {
        app::take_attendance(db, march, {{"E1", kPresent}, {"E2", kPresent}},
                             {NewPerson{"W1", "Walter", "Kävijä"}});
        BOOST_FAIL("the save was not refused");
    } catch (const PeriodLockedError& e) {
        BOOST_TEST(contains(e.what(), "attendance of the session on 15.3.2024 cannot be added"));
        BOOST_TEST(contains(e.what(), "project S1 is locked through 31.3.2024"));
    }
    BOOST_TEST(state() == before);  // neither the marks nor the walk-in
    // Opening the sheet and saving what is stored writes nothing and is fine.
    app::take_attendance(db, march, {{"E1", kPresent}});
    app::take_attendance(db, {"EV2", date(2024, 6, 10), 9 * 60}, {{"E1", kPresent}});
    BOOST_TEST(count("attendance") == 3);
}

BOOST_AUTO_TEST_CASE(a_front_writing_one_entry_asks_whether_its_date_is_open) {
    db::PeriodLockRepository locks(db);
    BOOST_CHECK_NO_THROW(locks.check_open("S1", date(2024, 4, 1), "an activity"));
    try {
        locks.check_open("S1", date(2024, 3, 31), "an activity");
        BOOST_FAIL("31.3.2024 is locked");
    } catch (const PeriodLockedError& e) {
        BOOST_TEST(contains(e.what(), "an activity dated 31.3.2024 cannot be added or changed"));
    }
    BOOST_CHECK_THROW(locks.check_open("NOPE", date(2024, 4, 1), "an activity"), InputError);
}

BOOST_AUTO_TEST_CASE(locks_move_forward_unlock_lowers_or_removes_and_both_are_audited) {
    BOOST_CHECK_THROW(app::lock_period(db, "S1", date(2024, 3, 31), "again"), InputError);
    BOOST_CHECK_THROW(app::lock_period(db, "S1", date(2024, 2, 29), "earlier"), InputError);
    BOOST_CHECK_THROW(app::lock_period(db, "NOPE", date(2024, 2, 29), "why"), InputError);
    BOOST_CHECK_THROW(app::lock_period(db, "S1", date(2024, 6, 30), "  "), UsageError);
    BOOST_CHECK_THROW(app::unlock_period(db, "S1", date(2024, 3, 31), "same"), InputError);

    // Lowered to February: March opens, February stays shut.
    const auto lowered = app::unlock_period(db, "S1", date(2024, 2, 29), "March corrected");
    BOOST_TEST((lowered.before == date(2024, 3, 31)));
    BOOST_TEST((lowered.after == date(2024, 2, 29)));
    import(ImportKind::attendance, "event_id,date,employee_id\nEV1,15.3.2024,E2\n");
    app::lock_period(db, "S1", date(2024, 6, 30), "2nd payment application sent");
    app::unlock_period(db, "S1", std::nullopt, "project closed down");
    BOOST_CHECK_THROW(app::unlock_period(db, "S1", std::nullopt, "twice"), InputError);

    const auto locks = app::period_locks(db);
    BOOST_TEST_REQUIRE(locks.size() == 1u);
    BOOST_TEST(!locks[0].through.has_value());
    BOOST_TEST(locks[0].reason == "project closed down");

    std::vector<AuditEntry> rows;
    for (auto& e : db::AuditRepository(db).read({})) {
        if (e.change.table == "period_locks") {
            rows.push_back(e);
        }
    }
    BOOST_TEST_REQUIRE(rows.size() == 4u);
    BOOST_TEST((rows[0].change.action == AuditAction::insert));
    BOOST_TEST(describe(rows[0].change.key) == "project = S1");
    BOOST_TEST(describe(rows[0].change.new_values) ==
               "locked_through = 2024-03-31, reason = 1st payment application sent");
    BOOST_TEST((rows[1].change.action == AuditAction::update));
    BOOST_TEST(describe(rows[1].change.old_values) ==
               "locked_through = 2024-03-31, reason = 1st payment application sent");
    BOOST_TEST(describe(rows[1].change.new_values) ==
               "locked_through = 2024-02-29, reason = March corrected");
    BOOST_TEST(describe(rows[3].change.new_values) ==
               "locked_through = –, reason = project closed down");
    BOOST_TEST(db::AuditRepository(db).read({std::nullopt, std::nullopt, "", "S1"}).size() >= 4u);
}

BOOST_AUTO_TEST_CASE(an_erasure_still_works_under_a_lock_and_changes_no_figure) {
    const std::string figures = monitoring();
    const auto summary = app::erase_person(db, "E1");
    BOOST_TEST(summary.projects_frozen == 1u);
    BOOST_TEST(monitoring() == figures);
}

BOOST_AUTO_TEST_SUITE_END()
