// A large attendance import: batches written while the next rows are read (on SQLite, on a
// thread of their own), every row arriving once, and a batch the database refuses leaving
// nothing behind.
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

constexpr int kPeople = 400;
constexpr int kSessions = 15;  // 6,000 marks: batches of 2,000 go round the queue

std::string employee(int i) {
    return "E" + std::to_string(1000 + i);
}

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());

    app::ImportResult import(ImportKind kind, const std::string& content) {
        const auto path = t.dir() / (std::string(import_kind_name(kind)) + ".csv");
        write_file(path, content);
        return app::import_file(db, kind, path.string(), app::ImportOptions{false, {}});
    }

    long long scalar(const std::string& query) {
        long long n = -1;
        db.session() << query, soci::into(n);
        return n;
    }

    Fixture() {
        import(ImportKind::projects, "code,name,start,end\nS1,Hanke,2024-01-01,2024-12-31\n");
        std::string people = "employee_id,first_name,last_name\n";
        for (int i = 0; i < kPeople; ++i) {
            people += employee(i) + ",Etu" + std::to_string(i) + ",Suku\n";
        }
        import(ImportKind::people, people);
        import(ImportKind::events, "event_id,project,title,kind\nEV1,S1,Kurssi,course\n");
        std::string sessions = "event_id,date,start,end\n";
        for (int s = 0; s < kSessions; ++s) {
            sessions += "EV1,2024-03-" + std::to_string(10 + s) + ",09:00,15:00\n";
        }
        import(ImportKind::sessions, sessions);
    }

    // Everyone at every session; person i of session s is partial when (i + s) % 7 == 0.
    static std::string attendance() {
        std::string text = "event_id,date,employee_id,status,minutes\n";
        for (int s = 0; s < kSessions; ++s) {
            for (int i = 0; i < kPeople; ++i) {
                const bool partial = (i + s) % 7 == 0;
                text += "EV1,2024-03-" + std::to_string(10 + s) + "," + employee(i) +
                        (partial ? ",partial," + std::to_string(30 + i % 300) : ",present,") + "\n";
            }
        }
        return text;
    }

    // Refuses one mark inside the database itself: the person's at the session on `date`.
    void refuse_in_database(const std::string& employee_id, const std::string& date) {
        const std::string condition =
            "NEW.person_id = " +
            std::to_string(
                scalar("SELECT id FROM people WHERE employee_id = '" + employee_id + "'")) +
            " AND NEW.session_id = " +
            std::to_string(scalar("SELECT id FROM sessions WHERE session_date = '" + date + "'"));
        if (db.session().get_backend_name() == "postgresql") {
            db.session() << "CREATE FUNCTION refuse_mark() RETURNS trigger AS $$ BEGIN "
                            "IF " +
                                condition +
                                " THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                                "RETURN NEW; END $$ LANGUAGE plpgsql";
            db.session() << "CREATE TRIGGER refuse_mark BEFORE INSERT ON attendance FOR EACH ROW "
                            "EXECUTE FUNCTION refuse_mark()";
        } else {
            db.session() << "CREATE TRIGGER refuse_mark BEFORE INSERT ON attendance WHEN " +
                                condition +
                                " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END";
        }
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(attendance_import_writer, Fixture)

BOOST_AUTO_TEST_CASE(every_row_of_many_batches_arrives_once) {
    const auto first = import(ImportKind::attendance, attendance());
    BOOST_TEST(first.counts.added == std::size_t{kPeople * kSessions});
    BOOST_TEST(scalar("SELECT COUNT(*) FROM attendance") == kPeople * kSessions);
    BOOST_TEST(scalar("SELECT COUNT(*) FROM attendance WHERE status = 'partial'") ==
               scalar("SELECT COUNT(*) FROM attendance WHERE minutes IS NOT NULL"));
    // The partial minutes of every row, summed here and in the file: no row lost or doubled.
    long long expected = 0;
    for (int s = 0; s < kSessions; ++s) {
        for (int i = 0; i < kPeople; ++i) {
            expected += (i + s) % 7 == 0 ? 30 + i % 300 : 0;
        }
    }
    BOOST_TEST(scalar("SELECT SUM(minutes) FROM attendance") == expected);

    const auto again = import(ImportKind::attendance, attendance());
    BOOST_TEST(again.counts.unchanged == std::size_t{kPeople * kSessions});
    BOOST_TEST(again.counts.added == 0u);
}

BOOST_AUTO_TEST_CASE(a_batch_the_database_refuses_leaves_nothing_written) {
    // The thirteenth session's row of person 0 is row 4,801: two batches of 2,000 have been
    // handed on before it.
    refuse_in_database(employee(0), "2024-03-22");
    BOOST_CHECK_EXCEPTION(
        import(ImportKind::attendance, attendance()), DatabaseError, [](const DatabaseError& e) {
            return std::string(e.what()).find("refused by the test") != std::string::npos;
        });
    BOOST_TEST(scalar("SELECT COUNT(*) FROM attendance") == 0);

    // The connection is whole afterwards: the next import goes in.
    db.session() << "DROP TRIGGER refuse_mark" +
                        std::string(db.session().get_backend_name() == "postgresql"
                                        ? " ON attendance"
                                        : "");
    const auto after = import(ImportKind::attendance, attendance());
    BOOST_TEST(after.counts.added == std::size_t{kPeople * kSessions});
    BOOST_TEST(scalar("SELECT COUNT(*) FROM attendance") == kPeople * kSessions);
}

BOOST_AUTO_TEST_SUITE_END()
