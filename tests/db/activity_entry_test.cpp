// Logging one individual activity through app::log_activity on the backend of the run: the
// draft is checked with the activities.csv rules, a good one is written with its audit row,
// and the same person, project, day and kind twice is refused rather than overwritten.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "app/activity_entry_service.hpp"
#include "app/import_service.hpp"
#include "app/monitoring_service.hpp"
#include "app/period_lock_service.hpp"
#include "core/error.hpp"
#include "core/period_lock.hpp"
#include "db/audit_repository.hpp"
#include "db/database.hpp"
#include "tests/support/files.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;

namespace {

struct Fixture {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());

    Fixture() {
        const auto write = [&](ImportKind kind, const std::string& content) {
            const auto path = t.dir() / (std::string(import_kind_name(kind)) + ".csv");
            test::write_file(path, content);
            app::import_file(db, kind, path.string(), app::ImportOptions{});
        };
        write(ImportKind::projects, "code;name;start;end\nS1;Hoiva osaa;1.1.2024;31.12.2024\n");
        write(ImportKind::people, "employee_id,first_name,last_name\nE1,Åsa,Öhman\n");
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
    std::int64_t days_hundredths() {
        return app::monitoring_report(db, app::ReportRequest{"S1", {}, {}})
            .figures.days_hundredths.total;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(activity_entry, Fixture)

BOOST_AUTO_TEST_CASE(bad_fields_are_refused_by_name_and_nothing_is_written) {
    try {
        app::log_activity(db, {"E1", "S1", "31.2.2024", "seminar", "1,001", ""});
        BOOST_FAIL("saved");
    } catch (const InputErrors& e) {
        std::vector<std::string> columns;
        for (const auto& error : e.errors()) {
            columns.push_back(error.place.column);
        }
        const std::vector<std::string> expected = {"date", "kind", "hours"};
        BOOST_TEST(columns == expected, boost::test_tools::per_element());
    }
    BOOST_CHECK_THROW(app::log_activity(db, {"E1", "S1", "1.3.2024", "self_study", "", ""}),
                      InputErrors);
    BOOST_CHECK_THROW(app::log_activity(db, {"E9", "S1", "1.3.2024", "self_study", "1", ""}),
                      InputError);
    BOOST_TEST(edits().empty());
    BOOST_TEST(days_hundredths() == 0);
}

BOOST_AUTO_TEST_CASE(an_activity_is_written_with_its_audit_row_and_never_overwritten) {
    const auto added =
        app::log_activity(db, {"E1", "S1", "15.3.2024", "coaching", "1,5", "Mentorointi"});
    BOOST_TEST(added.minutes == 90);
    BOOST_TEST(days_hundredths() == 25);
    const auto rows = edits();
    BOOST_REQUIRE(rows.size() == 1u);
    BOOST_TEST(rows[0].change.table == "activities");
    BOOST_TEST(name_of(rows[0].change.action) == "insert");
    BOOST_TEST(describe(rows[0].change.new_values) == "minutes = 90, description = Mentorointi");
    BOOST_TEST(rows[0].change.person.has_value());
    try {
        app::log_activity(db, {"E1", "S1", "2024-03-15", "coaching", "2", ""});
        BOOST_FAIL("saved");
    } catch (const InputError& e) {
        BOOST_TEST(std::string(e.what()).find("already has 90 minutes") != std::string::npos,
                   e.what());
    }
    BOOST_TEST(days_hundredths() == 25);
    BOOST_TEST(edits().size() == 1u);
}

BOOST_AUTO_TEST_CASE(an_activity_in_a_locked_period_is_refused) {
    app::lock_period(db, "S1",
                     Date{std::chrono::year{2024}, std::chrono::month{3}, std::chrono::day{31}},
                     "maksatushakemus 1");
    BOOST_CHECK_THROW(app::log_activity(db, {"E1", "S1", "31.3.2024", "self_study", "1", ""}),
                      PeriodLockedError);
    BOOST_TEST(days_hundredths() == 0);
    app::log_activity(db, {"E1", "S1", "1.4.2024", "self_study", "1", ""});
    BOOST_TEST(days_hundredths() == 17);  // 60 / 360
}

BOOST_AUTO_TEST_SUITE_END()
