// Taking attendance in a real database: the sheet of a session, marks saved in one
// transaction (inserted, replaced, removed), the checks that refuse a save, and the sessions
// to pick from.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "app/attendance_service.hpp"
#include "app/import_service.hpp"
#include "core/error.hpp"
#include "db/attendance_repository.hpp"
#include "db/database.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;
using polku::test::write_file;

namespace {

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Mark status(AttendanceStatus s) {
    return Mark{s, std::nullopt};
}

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());
    SessionKey first{"EV1", date(2024, 3, 15), 9 * 60};

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
               "employee_id,first_name,last_name,organisation,unit,target_groups\n"
               "E1,Aino,Äijälä,Kunta,Kotihoito,S1:Hoitajat\n"
               "E2,Bertta,Öhman,Kunta,Keittiö,S1:Hoitajat\n"
               "E3,Cecilia,Åkerman,,,\n");
        import(ImportKind::events,
               "event_id,project,title,kind,target_group\n"
               "EV1,S1,Ensiapu,course,Hoitajat\nEV2,S1,Työpaja,workshop,\n"
               "EV9,S2,Muu,course,\n");
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\n"
               "EV1,15.3.2024,9:00,16:00,30\nEV2,1.3.2024,9:00,12:00,0\n"
               "EV2,15.3.2024,13:00,15:00,0\nEV9,1.6.2024,9:00,10:00,0\n");
        import(ImportKind::attendance,
               "event_id,date,start,employee_id,status,minutes\n"
               "EV1,15.3.2024,,E3,present,\n");
    }

    std::vector<PersonMark> stored() { return db::AttendanceRepository(db).marks(first); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(attendance_repository, Fixture)

BOOST_AUTO_TEST_CASE(the_sheet_lists_the_expected_and_the_already_marked_with_their_marks) {
    const auto sheet = app::attendance_sheet(db, first);
    BOOST_TEST(sheet.session.event_title == "Ensiapu");
    BOOST_TEST(sheet.session.length() == 390);
    BOOST_TEST((sheet.source == ParticipantSource::target_group));
    std::vector<std::string> ids;
    for (const auto& p : sheet.people) {
        ids.push_back(p.employee_id);
    }
    // The group (Äijälä, Öhman) and E3 marked earlier, in the Finnish alphabet: Å, Ä, Ö.
    BOOST_TEST(ids == (std::vector<std::string>{"E3", "E1", "E2"}),
               boost::test_tools::per_element());
    BOOST_TEST((sheet.marks == std::vector<PersonMark>{{"E3", status(AttendanceStatus::present)}}));
}

BOOST_AUTO_TEST_CASE(marks_are_inserted_replaced_and_removed) {
    app::take_attendance(db, first,
                         {{"E1", Mark{AttendanceStatus::partial, 90}},
                          {"E2", status(AttendanceStatus::excused)},
                          {"E3", std::nullopt}});
    BOOST_TEST((stored() == std::vector<PersonMark>{{"E1", Mark{AttendanceStatus::partial, 90}},
                                                    {"E2", status(AttendanceStatus::excused)}}));
    app::take_attendance(db, first, {{"E1", status(AttendanceStatus::absent)}});
    BOOST_TEST((stored() == std::vector<PersonMark>{{"E1", status(AttendanceStatus::absent)},
                                                    {"E2", status(AttendanceStatus::excused)}}));
    // Other sessions are untouched.
    BOOST_TEST(db::AttendanceRepository(db).marks({"EV2", date(2024, 3, 1), 9 * 60}).empty());
}

BOOST_AUTO_TEST_CASE(a_partial_longer_than_the_session_is_refused_and_nothing_is_saved) {
    try {
        app::take_attendance(db, first,
                             {{"E1", status(AttendanceStatus::absent)},
                              {"E2", Mark{AttendanceStatus::partial, 391}}});
        BOOST_FAIL("the marks should have been refused");
    } catch (const InputErrors& e) {
        BOOST_REQUIRE(e.errors().size() == 1u);
        BOOST_TEST(e.errors()[0].place.column == "E2");
        BOOST_TEST(e.errors()[0].message ==
                   "391 minutes is more than the session lasts (390 minutes)");
    }
    BOOST_TEST((stored() == std::vector<PersonMark>{{"E3", status(AttendanceStatus::present)}}));
}

BOOST_AUTO_TEST_CASE(an_unknown_person_rolls_back_every_mark) {
    BOOST_CHECK_THROW(app::take_attendance(db, first,
                                           {{"E1", status(AttendanceStatus::absent)},
                                            {"E404", status(AttendanceStatus::present)}}),
                      InputError);
    BOOST_TEST((stored() == std::vector<PersonMark>{{"E3", status(AttendanceStatus::present)}}));
}

BOOST_AUTO_TEST_CASE(a_walk_in_new_person_is_added_with_the_marks) {
    app::take_attendance(db, first, {{"E7", status(AttendanceStatus::present)}},
                         {{" E7 ", "Eeva", "Ylönen"}});
    BOOST_TEST(stored().size() == 2u);
    const auto people = app::all_people(db);
    BOOST_REQUIRE(people.size() == 4u);
    // In the Finnish alphabet: Y, then Å, Ä, Ö.
    BOOST_TEST(people[0].name == "Ylönen, Eeva");
    // A taken id is refused, and the marks with it.
    BOOST_CHECK_THROW(app::take_attendance(db, first, {{"E1", status(AttendanceStatus::absent)}},
                                           {{"E7", "Toinen", "Ihminen"}}),
                      InputError);
    BOOST_TEST(stored().size() == 2u);
    BOOST_CHECK_THROW(app::take_attendance(db, first, {}, {{"E8", "", "Ihminen"}}), InputErrors);
}

BOOST_AUTO_TEST_CASE(an_unknown_session_is_named) {
    try {
        app::attendance_sheet(db, {"EV1", date(2024, 3, 16), 9 * 60});
        BOOST_FAIL("no such session");
    } catch (const InputError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "event EV1 has no session on 16.3.2024 starting at 09:00");
    }
}

BOOST_AUTO_TEST_CASE(recent_sessions_of_the_project_come_latest_first) {
    const auto sessions = app::recent_sessions(db, "S1", 10);
    BOOST_REQUIRE(sessions.size() == 3u);
    BOOST_TEST((sessions[0].key == SessionKey{"EV2", date(2024, 3, 15), 13 * 60}));
    BOOST_TEST((sessions[1].key == first));
    BOOST_TEST(sessions[1].event_title == "Ensiapu");
    BOOST_TEST(sessions[1].break_minutes == 30);
    BOOST_TEST((sessions[2].key == SessionKey{"EV2", date(2024, 3, 1), 9 * 60}));
    BOOST_TEST(app::recent_sessions(db, "S1", 2).size() == 2u);
    BOOST_TEST(app::recent_sessions(db, "NOPE", 10).empty());
}

BOOST_AUTO_TEST_SUITE_END()
