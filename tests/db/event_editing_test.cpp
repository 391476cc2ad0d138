// Editing an event through app::save_event on the backend of the run: the draft is checked
// with the import's rules before anything is written, a save writes the event, its sessions
// and one audit row per change in one transaction, and a session made shorter than a partial
// mark is refused with the person's name.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "app/event_editing_service.hpp"
#include "app/import_service.hpp"
#include "app/period_lock_service.hpp"
#include "core/error.hpp"
#include "core/period_lock.hpp"
#include "core/time_of_day.hpp"
#include "db/audit_repository.hpp"
#include "db/database.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;

namespace {

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());

    void import(ImportKind kind, const std::string& content) {
        const auto path = t.dir() / (std::string(import_kind_name(kind)) + ".csv");
        test::write_file(path, content);
        app::import_file(db, kind, path.string(), app::ImportOptions{});
    }

    Fixture() {
        import(ImportKind::projects, "code;name;start;end\nS1;Hoiva osaa;1.1.2024;31.12.2024\n");
        import(ImportKind::people, "employee_id,first_name,last_name\nE1,Åsa,Öhman\n");
        import(ImportKind::events, "event_id,project,title,kind\nEV1,S1,Ensiapu,course\n");
        import(ImportKind::sessions,
               "event_id,date,start,end,break_minutes\nEV1,15.3.2024,9:00,12:00,0\n");
        import(ImportKind::attendance,
               "event_id,date,employee_id,status,minutes\nEV1,15.3.2024,E1,partial,150\n");
    }

    // The stored event as a draft, as the editor starts from it.
    EventDraft draft() {
        const auto stored = app::read_event(db, "EV1");
        EventDraft d;
        d.event_id = stored.event.event_id;
        d.project = stored.event.project;
        d.title = stored.event.title;
        d.kind = std::string(name_of(stored.event.kind));
        d.work_package = stored.event.work_package.value_or("");
        for (const auto& s : stored.sessions) {
            d.sessions.push_back(
                {format_iso_date(s.session.date), format_time_of_day(s.session.start),
                 format_time_of_day(s.session.end), std::to_string(s.session.break_minutes),
                 SessionKey{"EV1", s.session.date, s.session.start}});
        }
        return d;
    }

    std::vector<AuditEntry> edits() {
        std::vector<AuditEntry> out;
        for (auto& e : db::AuditRepository(db).read({})) {
            if (e.change.action != AuditAction::import) {
                out.push_back(std::move(e));
            }
        }
        return out;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(event_editing, Fixture)

BOOST_AUTO_TEST_CASE(a_draft_with_bad_values_is_refused_naming_every_field_and_writes_nothing) {
    auto d = draft();
    d.title = "Ensiapu ja elvytys";
    d.sessions[0].start = "25:00";
    d.sessions.push_back({"31.2.2024", "9:00", "10:00", "0", std::nullopt});
    d.sessions.push_back({"1.3.2024", "13:00", "12:00", "0", std::nullopt});
    d.sessions.push_back({"2.3.2024", "12:00", "13:00", "60", std::nullopt});
    d.kind = "self_study";
    try {
        app::save_event(db, "EV1", d);
        BOOST_FAIL("saved");
    } catch (const InputErrors& e) {
        std::vector<std::string> got;
        for (const auto& error : e.errors()) {
            got.push_back(std::to_string(error.place.line) + ":" + error.place.column);
        }
        const std::vector<std::string> expected = {"0:kind", "1:start", "2:date", "3:end",
                                                   "4:break_minutes"};
        BOOST_TEST(got == expected, boost::test_tools::per_element());
    }
    BOOST_TEST(app::read_event(db, "EV1").event.title == "Ensiapu");
    BOOST_TEST(edits().empty());
}

BOOST_AUTO_TEST_CASE(a_save_writes_the_changes_with_one_audit_row_each) {
    auto d = draft();
    d.title = "Ensiapu ja elvytys";
    d.work_package = "Turvallisuus";  // created on first mention, as the import does
    d.sessions[0].end = "13:00";
    d.sessions.push_back({"22.3.2024", "9:00", "11:30", "15", std::nullopt});
    app::save_event(db, "EV1", d);
    const auto stored = app::read_event(db, "EV1");
    BOOST_TEST(stored.event.title == "Ensiapu ja elvytys");
    BOOST_TEST(stored.event.work_package.value_or("") == "Turvallisuus");
    BOOST_REQUIRE(stored.sessions.size() == 2u);
    BOOST_TEST(stored.sessions[0].session.end == 13 * 60);
    BOOST_TEST(stored.sessions[0].marks == 1);
    BOOST_TEST(stored.sessions[1].session.length() == 135);
    const auto rows = edits();
    BOOST_REQUIRE(rows.size() == 3u);
    BOOST_TEST(name_of(rows[0].change.action) == "update");
    BOOST_TEST(rows[0].change.table == "events");
    BOOST_TEST(describe(rows[0].change.old_values) == "title = Ensiapu, work_package = –");
    BOOST_TEST(name_of(rows[1].change.action) == "update");
    BOOST_TEST(describe(rows[1].change.new_values) == "end = 13:00");
    BOOST_TEST(name_of(rows[2].change.action) == "insert");
    BOOST_TEST(rows[2].change.table == "sessions");
    BOOST_TEST(rows[2].change.project.has_value());

    // Saving the same again changes nothing and writes no audit row.
    auto again = draft();
    app::save_event(db, "EV1", again);
    BOOST_TEST(edits().size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_session_shorter_than_a_partial_mark_is_refused_with_the_name) {
    auto d = draft();
    d.sessions[0].end = "11:00";  // 120 minutes; Öhman has 150
    try {
        app::save_event(db, "EV1", d);
        BOOST_FAIL("saved");
    } catch (const InputErrors&) {
        BOOST_FAIL("refused as a field problem");
    } catch (const InputError& e) {
        BOOST_TEST(std::string(e.what()).find("Öhman, Åsa (E1): 150 minutes") != std::string::npos,
                   e.what());
    }
    BOOST_TEST(app::read_event(db, "EV1").sessions[0].session.end == 12 * 60);
    BOOST_TEST(edits().empty());
    d.sessions[0].end = "11:30";  // exactly 150: allowed
    app::save_event(db, "EV1", d);
    BOOST_TEST(app::read_event(db, "EV1").sessions[0].session.end == 11 * 60 + 30);
}

BOOST_AUTO_TEST_CASE(a_deleted_session_takes_its_marks_with_audit_rows) {
    auto d = draft();
    d.sessions.clear();
    app::save_event(db, "EV1", d);
    BOOST_TEST(app::read_event(db, "EV1").sessions.empty());
    const auto rows = edits();
    BOOST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0].change.table == "attendance");
    BOOST_TEST(name_of(rows[0].change.action) == "delete");
    BOOST_TEST(rows[0].change.person.has_value());
    BOOST_TEST(rows[1].change.table == "sessions");
    BOOST_TEST(name_of(rows[1].change.action) == "delete");
}

BOOST_AUTO_TEST_CASE(a_copy_takes_a_free_id_and_moved_sessions_and_an_id_taken_is_refused) {
    auto copy = app::event_copy(db, "EV1", date(2024, 5, 6));
    BOOST_TEST(copy.event.event_id == "EV1-2");
    BOOST_REQUIRE(copy.sessions.size() == 1u);
    BOOST_TEST(format_iso_date(copy.sessions[0].session.date) == "2024-05-06");
    auto d = draft();
    d.event_id = "EV1-2";
    d.sessions[0].date = "6.5.2024";
    d.sessions[0].stored.reset();
    app::save_event(db, "", d);
    BOOST_TEST(app::read_event(db, "EV1-2").sessions.size() == 1u);
    BOOST_TEST(app::event_copy(db, "EV1", std::nullopt).event.event_id == "EV1-3");
    BOOST_CHECK_THROW(app::save_event(db, "", d), InputError);  // EV1-2 is taken now
    BOOST_CHECK_THROW(app::read_event(db, "NONE"), InputError);
}

BOOST_AUTO_TEST_CASE(sessions_in_a_locked_period_are_neither_added_moved_nor_deleted) {
    app::lock_period(db, "S1", date(2024, 3, 31), "maksatushakemus 1");
    const auto locks_before = edits().size();  // the lock's own audit row
    auto d = draft();
    d.sessions[0].end = "13:00";
    BOOST_CHECK_THROW(app::save_event(db, "EV1", d), PeriodLockedError);
    d = draft();
    d.sessions.push_back({"20.3.2024", "9:00", "10:00", "0", std::nullopt});
    BOOST_CHECK_THROW(app::save_event(db, "EV1", d), PeriodLockedError);
    d = draft();
    d.sessions.clear();
    BOOST_CHECK_THROW(app::save_event(db, "EV1", d), PeriodLockedError);
    d = draft();
    d.kind = "seminar";
    try {
        app::save_event(db, "EV1", d);
        BOOST_FAIL("saved");
    } catch (const PeriodLockedError& e) {
        BOOST_TEST(e.place().column == "kind");
    }
    BOOST_TEST(edits().size() == locks_before);
    // After the lock, and what is not counted by, may change.
    d = draft();
    d.title = "Ensiapu ja elvytys";
    d.sessions.push_back({"10.4.2024", "9:00", "10:00", "0", std::nullopt});
    app::save_event(db, "EV1", d);
    BOOST_TEST(app::read_event(db, "EV1").sessions.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
