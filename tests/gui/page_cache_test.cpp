// The page cache under the list models, with a hand-made fetch (no database): which pages
// are read and kept, rows deleted since the keys were read, and a page that fails.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "gui/list_models.hpp"
#include "gui/page_cache.hpp"
#include "gui/wx_text.hpp"

using namespace polku;

namespace {

struct Row {
    long long key = 0;
    std::string text;
};

// Keys 1..n; rows say their key; `missing` keys are not stored (deleted since).
struct FakeRows {
    std::vector<long long> missing;
    std::vector<std::vector<long long>> asked;  // the keys of every fetch
    bool fail = false;

    std::vector<Row> operator()(const std::vector<long long>& keys) {
        asked.push_back(keys);
        if (fail) {
            throw DatabaseError("the server has gone away");
        }
        std::vector<Row> rows;
        for (const long long k : keys) {
            if (std::find(missing.begin(), missing.end(), k) == missing.end()) {
                rows.push_back(Row{k, "row " + std::to_string(k)});
            }
        }
        return rows;
    }
};

std::vector<long long> keys(long long n) {
    std::vector<long long> out;
    for (long long k = 1; k <= n; ++k) {
        out.push_back(k);
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(page_cache)

BOOST_AUTO_TEST_CASE(a_page_is_read_once_and_the_least_recently_shown_is_dropped) {
    FakeRows fake;
    gui::PageCache<Row> cache([&](const std::vector<long long>& k) { return fake(k); }, 10, 3);
    cache.reset(keys(95));
    BOOST_TEST(cache.size() == 95u);
    BOOST_TEST(cache.row(0)->text == "row 1");
    BOOST_TEST(cache.row(9)->text == "row 10");
    BOOST_TEST(fake.asked.size() == 1u);
    BOOST_TEST(fake.asked[0] == keys(10));
    BOOST_TEST(cache.row(94)->text == "row 95");  // the last page holds five
    BOOST_TEST(fake.asked.back().size() == 5u);
    BOOST_TEST(cache.row(95) == nullptr);  // past the end: nothing read
    BOOST_TEST(fake.asked.size() == 2u);
    BOOST_TEST(cache.row(25)->text == "row 26");
    BOOST_TEST(cache.cached_pages() == 3u);
    cache.row(0);  // page 0 is shown again: now page 9 is the oldest
    BOOST_TEST(cache.row(45)->text == "row 46");
    BOOST_TEST(cache.cached_pages() == 3u);
    BOOST_TEST(cache.cached(0));
    BOOST_TEST(!cache.cached(94));
    BOOST_TEST(cache.pages_read() == 4u);
    BOOST_TEST(cache.row(94)->text == "row 95");  // read again, the same
    BOOST_TEST(cache.pages_read() == 5u);
    cache.reset(keys(3));
    BOOST_TEST(cache.cached_pages() == 0u);
    BOOST_TEST(cache.row(2)->text == "row 3");
}

BOOST_AUTO_TEST_CASE(a_row_deleted_since_the_keys_were_read_is_empty_and_the_rest_in_place) {
    FakeRows fake;
    fake.missing = {1, 4, 5, 10};
    gui::PageCache<Row> cache([&](const std::vector<long long>& k) { return fake(k); }, 10, 3);
    cache.reset(keys(20));
    BOOST_TEST(cache.row(0) == nullptr);
    BOOST_TEST(cache.row(1)->text == "row 2");
    BOOST_TEST(cache.row(3) == nullptr);
    BOOST_TEST(cache.row(4) == nullptr);
    BOOST_TEST(cache.row(5)->text == "row 6");
    BOOST_TEST(cache.row(8)->text == "row 9");
    BOOST_TEST(cache.row(9) == nullptr);
    BOOST_TEST(fake.asked.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_page_that_fails_is_reported_once_and_tried_again_after_reset) {
    FakeRows fake;
    fake.fail = true;
    gui::PageCache<Row> cache([&](const std::vector<long long>& k) { return fake(k); }, 10, 3);
    cache.reset(keys(20));
    BOOST_CHECK_THROW(cache.row(3), DatabaseError);
    BOOST_TEST(cache.row(4) == nullptr);  // the same page: not asked again
    BOOST_TEST(fake.asked.size() == 1u);
    fake.fail = false;
    BOOST_TEST(cache.row(14)->text == "row 15");  // another page reads
    cache.reset(keys(20));
    BOOST_TEST(cache.row(3)->text == "row 4");
    cache.detach();
    BOOST_TEST(cache.row(3)->text == "row 4");  // cached
    BOOST_TEST(cache.row(14) == nullptr);       // not: the database is gone
}

BOOST_AUTO_TEST_CASE(the_model_shows_empty_cells_and_reports_once_when_rows_cannot_be_read) {
    int fetches = 0;
    wxObjectDataPtr<gui::PersonListModel> model(new gui::PersonListModel(
        [&](const std::vector<long long>&) -> std::vector<db::PersonListRow> {
            ++fetches;
            throw DatabaseError("the server has gone away");
        }));
    std::vector<std::string> errors;
    model->on_error = [&](const std::string& e) { errors.push_back(e); };
    model->show({7, 8, 9});
    BOOST_TEST(model->GetCount() == 3u);
    for (unsigned row = 0; row < 3; ++row) {
        for (unsigned column = 0; column < gui::PersonListModel::column_count; ++column) {
            BOOST_TEST(model->text(row, column).empty());
        }
    }
    BOOST_TEST(fetches == 1);
    BOOST_TEST(errors == std::vector<std::string>{"the server has gone away"});
}

BOOST_AUTO_TEST_SUITE_END()
