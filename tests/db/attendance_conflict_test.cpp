// Two writers on one session's attendance, each on its own connection to the same database
// (the SQLite file, or the PostgreSQL server): no update is lost. A save based on marks that
// another writer has changed since they were read is refused whole, says whose marks, and
// succeeds once the sheet is read again; a save racing another's open transaction waits for
// it and is refused the same way.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <future>
#include <string>
#include <thread>
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

const Mark kPresent{AttendanceStatus::present, std::nullopt};
const Mark kAbsent{AttendanceStatus::absent, std::nullopt};

struct TwoWriters {
    TestDatabase t;
    db::Database hr1 = db::Database::open(t.locator());
    db::Database hr2 = db::Database::open(t.locator());
    SessionKey session{
        "EV1", Date{std::chrono::year{2024}, std::chrono::March, std::chrono::day{15}}, 9 * 60};

    void import(ImportKind kind, const std::string& content) {
        const auto path = t.dir() / (std::string(import_kind_name(kind)) + ".csv");
        write_file(path, content);
        app::import_file(hr1, kind, path.string(), app::ImportOptions{});
    }

    TwoWriters() {
        import(ImportKind::projects, "code;name;start;end\nS1;Projekti;1.1.2024;31.12.2024\n");
        import(ImportKind::people,
               "employee_id,first_name,last_name\nE1,Aino,Aalto\nE2,Bertta,Berg\n"
               "E3,Cecilia,Carlsson\n");
        import(ImportKind::events, "event_id,project,title,kind\nEV1,S1,Ensiapu,course\n");
        import(ImportKind::sessions, "event_id,date,start,end\nEV1,15.3.2024,9:00,12:00\n");
        import(ImportKind::attendance,
               "event_id,date,employee_id,status\nEV1,15.3.2024,E3,present\n");
    }

    std::optional<Mark> stored(const std::string& employee_id) {
        for (const auto& m : db::AttendanceRepository(hr1).marks(session)) {
            if (m.employee_id == employee_id) {
                return m.mark;
            }
        }
        return std::nullopt;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(attendance_conflicts, TwoWriters)

BOOST_AUTO_TEST_CASE(a_save_based_on_marks_changed_since_is_refused_whole) {
    // Both open the sheet: E1 and E2 unmarked, E3 present.
    // The first marks E1 present and saves.
    app::save_sheet(hr1, session, {{"E1", std::nullopt, kPresent}});
    // The second, from what it read, marks E1 absent and E2 present: E1 clashes, so neither
    // is saved, and the message names E1.
    try {
        app::save_sheet(hr2, session,
                        {{"E1", std::nullopt, kAbsent},
                         {"E2", std::nullopt, kPresent},
                         {"E3", kPresent, kPresent}});
        BOOST_FAIL("the second save should have been refused");
    } catch (const ConflictError& e) {
        BOOST_TEST(e.keys() == std::vector<std::string>{"E1"});
        BOOST_TEST(std::string(e.what()).find("someone else changed the marks of E1") !=
                   std::string::npos);
    }
    BOOST_TEST((stored("E1") == kPresent));
    BOOST_TEST(!stored("E2"));

    // Read again, the second writer's save goes through, E3's mark untouched throughout.
    app::save_sheet(hr2, session, {{"E1", kPresent, kAbsent}, {"E2", std::nullopt, kPresent}});
    BOOST_TEST((stored("E1") == kAbsent));
    BOOST_TEST((stored("E2") == kPresent));
    BOOST_TEST((stored("E3") == kPresent));

    // A removal based on an old mark is refused as well.
    BOOST_CHECK_THROW(app::save_sheet(hr1, session, {{"E1", kPresent, std::nullopt}}),
                      ConflictError);
    BOOST_TEST((stored("E1") == kAbsent));
}

BOOST_AUTO_TEST_CASE(a_save_racing_an_open_transaction_waits_and_is_refused) {
    // The first writer's transaction is open, its E1 mark written but not committed.
    std::optional<db::Transaction> open;
    open.emplace(hr1);
    db::AttendanceRepository(hr1).save(session, {{"E1", std::nullopt, kPresent}});

    // The second, on its own thread and connection, saves E1 from the same reading: it waits
    // for the first (a row lock on the server, the write lock on SQLite).
    auto second = std::async(std::launch::async, [&] {
        try {
            app::save_sheet(hr2, session, {{"E1", std::nullopt, kAbsent}});
            return std::string("saved");
        } catch (const ConflictError&) {
            return std::string("conflict");
        } catch (const std::exception& e) {
            return std::string("error: ") + e.what();
        }
    });
    BOOST_TEST((second.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout));
    open->commit();
    BOOST_TEST(second.get() == "conflict");
    BOOST_TEST((stored("E1") == kPresent));
}

BOOST_AUTO_TEST_SUITE_END()
