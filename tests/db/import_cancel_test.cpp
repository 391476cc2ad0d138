// Cancelling an import (the desktop's Cancel) rolls all of it back: the stop is checked every
// few thousand records and before the commit, and nothing of the file stays, on both backends.
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>
#include <stop_token>
#include <string>

#include "app/import_service.hpp"
#include "core/cancellation.hpp"
#include "db/database.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;

namespace {

struct CancelFixture {
    test::TestDatabase t;
    db::Database db = db::Database::open(t.locator());
    std::string people = (t.dir() / "people.csv").string();

    CancelFixture() {
        std::string csv = "employee_id,first_name,last_name,gender\n";
        for (int i = 0; i < 20000; ++i) {
            csv += "E" + std::to_string(i) + ",Aino,Äijälä,female\n";
        }
        test::write_file(people, csv);
    }

    long long count(const std::string& table) {
        long long n = -1;
        db.session() << "SELECT COUNT(*) FROM " + table, soci::into(n);
        return n;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(import_cancel, CancelFixture)

BOOST_AUTO_TEST_CASE(a_stop_during_the_import_writes_nothing) {
    std::stop_source stop;
    std::size_t progress_calls = 0;
    app::ImportOptions options;
    options.stop = stop.get_token();
    // Stopped at the first progress report: the records read so far are in the transaction.
    options.progress = [&](std::size_t, std::size_t) {
        ++progress_calls;
        stop.request_stop();
    };
    BOOST_CHECK_THROW(app::import_file(db, ImportKind::people, people, options), Cancelled);
    BOOST_TEST(progress_calls == 1u);
    BOOST_TEST(count("people") == 0);
    BOOST_TEST(count("audit_log") == 0);
}

BOOST_AUTO_TEST_CASE(a_stop_before_the_start_writes_nothing) {
    std::stop_source stop;
    stop.request_stop();
    app::ImportOptions options;
    options.stop = stop.get_token();
    BOOST_CHECK_THROW(app::import_file(db, ImportKind::people, people, options), Cancelled);
    BOOST_TEST(count("people") == 0);
}

BOOST_AUTO_TEST_CASE(without_a_stop_the_same_file_imports_whole) {
    std::stop_source stop;
    app::ImportOptions options;
    options.stop = stop.get_token();
    const auto result = app::import_file(db, ImportKind::people, people, options);
    BOOST_TEST(result.counts.added == 20000u);
    BOOST_TEST(count("people") == 20000);
}

BOOST_AUTO_TEST_SUITE_END()
