// The ledger's entries read person by person from a real database (the demo project, on
// the backend the suite runs on): every entry once, in whole people's batches, and the
// ledger counted in batches the same as counted whole.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "app/demo_data.hpp"
#include "app/monitoring_service.hpp"
#include "core/error.hpp"
#include "core/quantity.hpp"
#include "db/counting_repository.hpp"
#include "db/database.hpp"
#include "db/ledger_entry_reader.hpp"
#include "reports/ledger_report.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
using polku::test::TestDatabase;

namespace {

using EntryKey = std::tuple<PersonKey, EventKey, int, int, int>;

EntryKey key_of(const Entry& e) {
    return {e.person, e.event,
            static_cast<int>(std::chrono::sys_days{e.date}.time_since_epoch().count()),
            static_cast<int>(e.kind), e.minutes};
}

struct Demo {
    TestDatabase t;
    db::Database db = db::Database::open(t.locator());
    Demo() { app::load_demo(db); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(ledger_entries, Demo)

BOOST_AUTO_TEST_CASE(every_entry_comes_once_in_batches_of_whole_people_in_their_order) {
    std::vector<EntryKey> read;
    std::vector<std::size_t> sizes;
    std::set<PersonKey> seen;
    PersonKey last = 0;
    bool ordered = true;
    bool whole_people = true;
    bool activity_titled = false;
    db::LedgerEntryReader(db).read("S10873", 500, [&](const db::EntryBatch& batch) {
        BOOST_REQUIRE(batch.details.entries.size() == batch.entries.size());
        std::set<PersonKey> in_batch;
        for (std::size_t i = 0; i < batch.entries.size(); ++i) {
            const auto& e = batch.entries[i];
            read.push_back(key_of(e));
            ordered = ordered && e.person >= last;
            last = e.person;
            if (in_batch.insert(e.person).second) {
                whole_people = whole_people && !seen.contains(e.person);
            }
            // The details name the entry's own person and source.
            BOOST_TEST(!batch.details.person_of(i).employee_id.empty());
            if (e.event == 0 && !batch.details.source_of(i).title.empty()) {
                activity_titled = true;
            }
            if (e.event != 0) {
                BOOST_TEST(!batch.details.source_of(i).event_id.empty());
                BOOST_TEST(batch.details.entries[i].status.has_value());
            }
        }
        seen.insert(in_batch.begin(), in_batch.end());
        sizes.push_back(batch.entries.size());
    });
    BOOST_TEST(ordered);
    BOOST_TEST(whole_people);
    BOOST_TEST(activity_titled);
    BOOST_REQUIRE(sizes.size() > 2u);
    // Each batch but the last reaches the size asked for, and stops at a person's end.
    for (std::size_t b = 0; b + 1 < sizes.size(); ++b) {
        BOOST_TEST(sizes[b] >= 500u);
    }

    auto whole = db::CountingRepository(db).load("S10873").input.entries;
    std::vector<EntryKey> expected;
    for (const auto& e : whole) {
        expected.push_back(key_of(e));
    }
    std::sort(read.begin(), read.end());
    std::sort(expected.begin(), expected.end());
    BOOST_TEST(read.size() == expected.size());
    BOOST_TEST((read == expected));
}

BOOST_AUTO_TEST_CASE(the_ledger_counted_in_batches_is_the_ledger_counted_whole) {
    const auto whole = reports::write_ledger_json(app::ledger_report(db, {}, 100'000'000));
    for (std::size_t batch : {1u, 37u, 2'000u}) {
        BOOST_TEST_CONTEXT("batch " << batch) {
            BOOST_TEST(reports::write_ledger_json(app::ledger_report(db, {}, batch)) == whole);
        }
    }
    // And a period inside the span: its totals are the monitoring report's for it.
    const app::ReportRequest part{
        std::nullopt, Date{std::chrono::year{2010}, std::chrono::month{1}, std::chrono::day{1}},
        Date{std::chrono::year{2010}, std::chrono::month{6}, std::chrono::day{30}}};
    const auto ledger = reports::write_ledger_json(app::ledger_report(db, part, 50));
    const auto figures = app::monitoring_report(db, part).figures;
    const std::string total =
        "\"person_training_days\": \"" + format_hundredths(figures.days_hundredths.total) + "\"";
    BOOST_TEST(ledger.find(total) != std::string::npos, total);
}

BOOST_AUTO_TEST_CASE(an_unknown_project_is_named) {
    BOOST_CHECK_EXCEPTION(
        db::LedgerEntryReader(db).read("S99999", 10, [](const db::EntryBatch&) {}), InputError,
        [](const InputError& e) {
            return std::string(e.what()).find("S99999") != std::string::npos;
        });
}

BOOST_AUTO_TEST_SUITE_END()
