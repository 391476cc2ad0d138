// The sign-in sheet read from a real database: the session chosen, who is expected, and
// the errors that say what the event does have.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "app/import_service.hpp"
#include "app/signin_service.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "db/signin_repository.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;
using polku::test::write_file;

namespace {

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

using Ids = std::vector<std::string>;

Ids ids(const std::vector<SigninParticipant>& people) {
    Ids out;
    for (const auto& p : people) {
        out.push_back(p.employee_id);
    }
    return out;
}

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());

    void import(ImportKind kind, const std::string& content) {
        const auto path = t.dir() / (std::string(import_kind_name(kind)) + ".csv");
        write_file(path, content);
        app::import_file(db, kind, path.string(), app::ImportOptions{});
    }

    Fixture() {
        import(ImportKind::projects,
               "code;name;start;end\nS1;Hyvinvointia yhdessä;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name,organisation,unit,target_groups\n"
               "E1,Aino,Äijälä,Kunta,Kotihoito,S1:Hoitajat\n"
               "E2,Bertta,Öhman,Kunta,Keittiö,S1:Hoitajat\n"
               "E3,Cecilia,Åkerman,,,\n"
               "E4,David,Aho,Kunta,Kotihoito,\n");
        // EV1 expects a target group; EV2 and EV3 do not.
        import(ImportKind::events,
               "event_id,project,title,kind,place,target_group\n"
               "EV1,S1,Ensiapu,course,\"Kunnantalo, sali 2\",Hoitajat\n"
               "EV2,S1,Työhyvinvoinnin työpaja,workshop,Pöytyän koulu,\n"
               "EV3,S1,Seminaari,seminar,,\n");
        import(ImportKind::sessions,
               "event_id,date,start,end\n"
               "EV1,15.3.2024,9:00,16:00\n"
               "EV2,1.3.2024,9:00,12:00\nEV2,8.3.2024,9:00,12:00\nEV2,15.3.2024,9:00,12:00\n"
               "EV3,1.4.2024,9:00,12:00\nEV3,1.4.2024,13:00,15:00\n");
        // EV2's second session has no marks yet.
        import(ImportKind::attendance,
               "event_id,date,start,employee_id,status,minutes\n"
               "EV1,15.3.2024,,E4,present,\n"
               "EV2,1.3.2024,,E3,present,\nEV2,1.3.2024,,E4,partial,60\n"
               "EV2,1.3.2024,,E1,absent,\n"
               "EV3,1.4.2024,9:00,E2,present,\n");
    }

    SigninSheet sheet(const std::string& event, Date day, std::optional<int> start = {}) {
        return app::signin_sheet(db, app::SigninRequest{event, day, start});
    }

    template <typename E>
    std::string error_of(const std::string& event, Date day, std::optional<int> start = {}) {
        try {
            sheet(event, day, start);
        } catch (const E& e) {
            return e.what();
        }
        BOOST_FAIL("the sheet should have been refused");
        return {};
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(signin_repository, Fixture)

BOOST_AUTO_TEST_CASE(an_event_with_a_target_group_expects_its_members) {
    const auto s = sheet("EV1", date(2024, 3, 15));
    BOOST_TEST(s.project_code == "S1");
    BOOST_TEST(s.project_name == "Hyvinvointia yhdessä");
    BOOST_TEST(s.event_id == "EV1");
    BOOST_TEST(s.event_title == "Ensiapu");
    BOOST_TEST((s.event_kind == Kind::course));
    BOOST_TEST((s.date == date(2024, 3, 15)));
    BOOST_TEST(s.start == 9 * 60);
    BOOST_TEST(s.end == 16 * 60);
    BOOST_TEST(s.place == "Kunnantalo, sali 2");
    // E4, already marked, is not in the group: the group is the list.
    BOOST_TEST((s.source == ParticipantSource::target_group));
    BOOST_TEST(ids(s.participants) == (Ids{"E1", "E2"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_repository_reads_all_three_candidate_lists) {
    const auto data = db::SigninRepository(db).load("EV1", date(2024, 3, 15), std::nullopt);
    BOOST_TEST(data.candidates.target_group.size() == 2u);
    BOOST_TEST(data.candidates.previous_session.empty());  // EV1 has one session
    BOOST_TEST(ids(data.candidates.marked) == Ids{"E4"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(without_a_target_group_the_previous_participants_are_expected) {
    // The session of 8.3. has no marks yet, so the list comes from 1.3.: present and
    // partial, not absent.
    const auto s = sheet("EV2", date(2024, 3, 15));
    BOOST_TEST((s.source == ParticipantSource::previous_session));
    BOOST_TEST(ids(s.participants) == (Ids{"E4", "E3"}), boost::test_tools::per_element());
    BOOST_TEST(s.participants[0].unit == "Kotihoito");
    BOOST_TEST(s.participants[1].unit.empty());
    BOOST_TEST(s.place == "Pöytyän koulu");

    const auto second = sheet("EV2", date(2024, 3, 8));
    BOOST_TEST((second.source == ParticipantSource::previous_session));
    BOOST_TEST(ids(second.participants) == (Ids{"E4", "E3"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_earlier_session_of_the_same_day_is_the_previous_one) {
    const auto s = sheet("EV3", date(2024, 4, 1), 13 * 60);
    BOOST_TEST((s.source == ParticipantSource::previous_session));
    BOOST_TEST(ids(s.participants) == Ids{"E2"}, boost::test_tools::per_element());
    BOOST_TEST(s.start == 13 * 60);
    BOOST_TEST(s.end == 15 * 60);
    BOOST_TEST(s.place.empty());
}

BOOST_AUTO_TEST_CASE(a_first_session_expects_whoever_is_already_marked) {
    // Every mark counts here, absent too: the person was expected.
    const auto s = sheet("EV2", date(2024, 3, 1));
    BOOST_TEST((s.source == ParticipantSource::marked));
    BOOST_TEST(ids(s.participants) == (Ids{"E4", "E3", "E1"}), boost::test_tools::per_element());

    const auto morning = sheet("EV3", date(2024, 4, 1), 9 * 60);
    BOOST_TEST((morning.source == ParticipantSource::marked));
    BOOST_TEST(ids(morning.participants) == Ids{"E2"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_target_group_without_members_gives_way_to_the_previous_session) {
    import(ImportKind::events,
           "event_id,project,title,kind,target_group\nEV5,S1,Perehdytys,course,Uudet\n");
    import(ImportKind::sessions,
           "event_id,date,start,end\nEV5,2.5.2024,9:00,12:00\nEV5,3.5.2024,9:00,12:00\n");
    import(ImportKind::attendance, "event_id,date,employee_id\nEV5,2.5.2024,E3\n");
    const auto s = sheet("EV5", date(2024, 5, 3));
    BOOST_TEST((s.source == ParticipantSource::previous_session));
    BOOST_TEST(ids(s.participants) == Ids{"E3"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_first_session_without_marks_expects_nobody) {
    import(ImportKind::events, "event_id,project,title,kind\nEV4,S1,Valmennus,coaching\n");
    import(ImportKind::sessions, "event_id,date,start,end\nEV4,2.4.2024,9:00,12:00\n");
    const auto s = sheet("EV4", date(2024, 4, 2));
    BOOST_TEST((s.source == ParticipantSource::none));
    BOOST_TEST(s.participants.empty());
}

BOOST_AUTO_TEST_CASE(finnish_letters_survive) {
    const auto s = sheet("EV1", date(2024, 3, 15));
    BOOST_REQUIRE(s.participants.size() == 2u);
    BOOST_TEST(s.participants[0].name == "Äijälä, Aino");
    BOOST_TEST(s.participants[0].unit == "Kotihoito");
    BOOST_TEST(s.participants[1].name == "Öhman, Bertta");
    BOOST_TEST(s.participants[1].unit == "Keittiö");
    const auto workshop = sheet("EV2", date(2024, 3, 15));
    BOOST_TEST(workshop.event_title == "Työhyvinvoinnin työpaja");
    BOOST_TEST(workshop.participants[1].name == "Åkerman, Cecilia");
}

BOOST_AUTO_TEST_CASE(an_unknown_event_is_named) {
    const auto message = error_of<InputError>("EV9", date(2024, 3, 15));
    BOOST_TEST(message.find("event EV9 is not in the database") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(a_day_without_a_session_lists_the_events_session_dates) {
    const auto message = error_of<InputError>("EV2", date(2024, 3, 2));
    BOOST_TEST(message.find("no session on 2.3.2024") != std::string::npos, message);
    BOOST_TEST(message.find("1.3.2024, 8.3.2024, 15.3.2024") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(two_sessions_that_day_need_a_start_time) {
    const auto message = error_of<UsageError>("EV3", date(2024, 4, 1));
    BOOST_TEST(message.find("2 sessions on 1.4.2024 (09:00, 13:00)") != std::string::npos, message);
    BOOST_TEST(message.find("--start") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(a_start_that_matches_no_session_lists_the_starts) {
    const auto message = error_of<InputError>("EV3", date(2024, 4, 1), 10 * 60);
    BOOST_TEST(message.find("no session starting at 10:00 on 1.4.2024") != std::string::npos,
               message);
    BOOST_TEST(message.find("09:00, 13:00") != std::string::npos, message);
    // Given with one session that day, the start must still match it.
    BOOST_CHECK_THROW(sheet("EV1", date(2024, 3, 15), 8 * 60), InputError);
    BOOST_TEST(sheet("EV1", date(2024, 3, 15), 9 * 60).start == 9 * 60);
}

BOOST_AUTO_TEST_SUITE_END()
