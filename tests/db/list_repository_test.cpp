// The lists' repositories on a generated database (tests/db/list_data.hpp) of 50,000 events
// and 20,000 people, on SQLite and on PostgreSQL: the keys a filter keeps, in list order,
// checked against what the generator's own rules say, and pages read by key and by
// LIMIT/OFFSET agreeing with each other.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/event_list_repository.hpp"
#include "db/person_list_repository.hpp"
#include "tests/db/list_data.hpp"
#include "tests/support/test_database.hpp"

using namespace polku;
namespace lists = polku::test::lists;

namespace {

// 50,000 events on SQLite; on PostgreSQL, whose import of them takes a minute, 4,000 (the
// same rules, checked on fewer rows). Both divide by 8, as the arithmetic below needs.
const int kEvents = test::testing_postgresql() ? 4'000 : 50'000;
const int kPeople = test::testing_postgresql() ? 2'000 : 20'000;

// What the search folds: ASCII and Ä Ö Å Ü É to lower case (list_query.hpp).
std::string fold(std::string text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            const bool capital = next == 0x84 || next == 0x96 || next == 0x85 || next == 0x9C ||
                                 next == 0x89;  // Ä Ö Å Ü É
            out.push_back(static_cast<char>(c));
            out.push_back(static_cast<char>(capital ? next + 0x20 : next));
            ++i;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

bool has_all_words(const std::string& text, const std::vector<std::string>& words) {
    const auto folded = fold(text);
    for (const auto& w : words) {
        if (folded.find(fold(w)) == std::string::npos) {
            return false;
        }
    }
    return true;
}

Date date(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// One generated database for the suite: importing 50,000 events takes a few seconds.
struct ListDatabase {
    static ListDatabase* instance;
    test::TestDatabase t;
    db::Database db = db::Database::open(t.locator());
    ListDatabase() {
        lists::import_events(db, t.dir(), kEvents);
        lists::import_people(db, t.dir(), kPeople);
        instance = this;
    }
    ~ListDatabase() { instance = nullptr; }
};
ListDatabase* ListDatabase::instance = nullptr;

db::Database& list_db() {
    return ListDatabase::instance->db;
}

std::vector<std::string> codes(const std::vector<db::EventListRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) {
        out.push_back(r.event_id);
    }
    return out;
}

// The event codes a filter must keep, by the generator's rules.
template <typename Keep>
std::vector<std::string> expected_events(Keep keep) {
    std::vector<std::string> out;
    for (int i = 1; i <= kEvents; ++i) {
        if (keep(i)) {
            out.push_back(lists::event_code(i));
        }
    }
    return out;
}

// The codes of every row `filter` keeps, read by key a page at a time.
std::vector<std::string> listed_events(const db::EventListFilter& filter) {
    db::EventListRepository repository(list_db());
    const auto keys = repository.keys(filter);
    std::vector<std::string> out;
    for (std::size_t at = 0; at < keys.size(); at += 500) {
        const std::vector<long long> page(
            keys.begin() + static_cast<std::ptrdiff_t>(at),
            keys.begin() + static_cast<std::ptrdiff_t>(std::min(at + 500, keys.size())));
        for (const auto& code : codes(repository.rows(page))) {
            out.push_back(code);
        }
    }
    BOOST_TEST(repository.count(filter) == keys.size());
    return out;
}

bool has_session_between(int i, std::optional<Date> from, std::optional<Date> to) {
    for (int k = 0; k < lists::session_count(i); ++k) {
        const auto d = lists::session_date(i, k);
        if ((!from || d >= *from) && (!to || d <= *to)) {
            return true;
        }
    }
    return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(lists_of_the_desktop, *boost::unit_test::fixture<ListDatabase>())

BOOST_AUTO_TEST_SUITE(event_list)

BOOST_AUTO_TEST_CASE(every_event_is_listed_by_event_id_and_counted) {
    db::EventListRepository repository(list_db());
    const auto keys = repository.keys({});
    BOOST_TEST(keys.size() == static_cast<std::size_t>(kEvents));
    BOOST_TEST(repository.count({}) == static_cast<std::size_t>(kEvents));
    const auto first = repository.rows({keys.begin(), keys.begin() + 3});
    BOOST_TEST(codes(first) == (std::vector<std::string>{"EV00001", "EV00002", "EV00003"}));
    const auto last = repository.rows({keys.back()});
    BOOST_REQUIRE(last.size() == 1u);
    BOOST_TEST(last[0].event_id == lists::event_code(kEvents));
}

BOOST_AUTO_TEST_CASE(a_row_carries_the_event_its_sessions_and_its_participants) {
    db::EventListRepository repository(list_db());
    const auto keys = repository.keys({});
    for (const int i : {1, 2, 4, 13, 290, 299, 300, 301, lists::kOddOne, kEvents}) {
        const auto rows = repository.rows({keys[static_cast<std::size_t>(i - 1)]});
        BOOST_REQUIRE(rows.size() == 1u);
        const auto& row = rows[0];
        BOOST_TEST_CONTEXT("event " << i) {
            BOOST_TEST(row.event_id == lists::event_code(i));
            BOOST_TEST(row.title == lists::event_title(i));
            BOOST_TEST(name_of(row.kind) == name_of(lists::event_kind(i)));
            BOOST_TEST(row.project_code == lists::event_project(i));
            BOOST_TEST(row.work_package.value_or("-") ==
                       lists::event_work_package(i).value_or("-"));
            BOOST_TEST(row.sessions == lists::session_count(i));
            BOOST_TEST(row.participants == lists::participant_count(i));
            const int n = lists::session_count(i);
            BOOST_TEST((row.first_session ==
                        (n ? std::optional<Date>(lists::session_date(i, 0)) : std::nullopt)));
            BOOST_TEST((row.last_session ==
                        (n ? std::optional<Date>(lists::session_date(i, n - 1)) : std::nullopt)));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_page_by_offset_is_the_same_as_a_page_by_keys) {
    db::EventListRepository repository(list_db());
    const auto keys = repository.keys({});
    const auto n = static_cast<std::size_t>(kEvents);
    for (const std::size_t offset :
         {std::size_t{0}, std::size_t{200}, n / 2 - n / 2 % 200, n - 200, n - 50}) {
        const auto page = repository.page({}, offset, 200);
        const std::size_t end = std::min<std::size_t>(offset + 200, keys.size());
        const std::vector<long long> slice(keys.begin() + static_cast<std::ptrdiff_t>(offset),
                                           keys.begin() + static_cast<std::ptrdiff_t>(end));
        BOOST_TEST_CONTEXT("offset " << offset) {
            BOOST_TEST(page.size() == end - offset);
            BOOST_TEST(codes(page) == codes(repository.rows(slice)));
            BOOST_TEST(page.front().event_id == lists::event_code(static_cast<int>(offset) + 1));
        }
    }
    BOOST_TEST(repository.page({}, kEvents, 200).empty());
    db::EventListFilter seminars;
    seminars.kind = Kind::seminar;
    const auto seminar_page = repository.page(seminars, n / 8 - 50, 200);  // one in eight
    BOOST_TEST(seminar_page.size() == 50u);
    BOOST_TEST(seminar_page.back().event_id == lists::event_code(kEvents - 6));
}

BOOST_AUTO_TEST_CASE(typed_words_find_the_event_id_or_the_title_in_any_case) {
    const auto search = [](const std::string& text) {
        db::EventListFilter filter;
        filter.text = text;
        return listed_events(filter);
    };
    // Ö typed in either case finds the one title that starts with it.
    BOOST_TEST(search("öljyvär") == std::vector<std::string>{lists::event_code(lists::kOddOne)});
    BOOST_TEST(search("ÖLJYVÄRIMAALAUKSEN") ==
               std::vector<std::string>{lists::event_code(lists::kOddOne)});
    BOOST_TEST(search("  EV0000 ") ==
               expected_events([](int i) { return i < 10; }));  // EV00001..EV00009
    for (const std::string typed : {"ÄIDINKIELEN", "äidinkielen työpaja 399", "lääkehoidon 123",
                                    "ev03 työhyvinvointipäivä", "ensiapu EV0012"}) {
        std::vector<std::string> words;
        std::string word;
        for (const char c : typed + " ") {
            if (c == ' ') {
                if (!word.empty()) {
                    words.push_back(word);
                }
                word.clear();
            } else {
                word.push_back(c);
            }
        }
        BOOST_TEST_CONTEXT(typed) {
            const auto expected = expected_events([&](int i) {
                return has_all_words(lists::event_code(i) + " " + lists::event_title(i), words);
            });
            BOOST_TEST(!expected.empty());
            BOOST_TEST(search(typed) == expected);
        }
    }
    // LIKE's own characters are plain text to the user.
    BOOST_TEST(search("%").empty());
    BOOST_TEST(search("_").empty());
    BOOST_TEST(search("!").empty());
    BOOST_TEST(search("nobody's course").empty());
}

BOOST_AUTO_TEST_CASE(kind_work_package_and_dates_narrow_the_list) {
    db::EventListRepository repository(list_db());
    db::EventListFilter seminars;
    seminars.kind = Kind::seminar;
    BOOST_TEST(listed_events(seminars) ==
               expected_events([](int i) { return lists::event_kind(i) == Kind::seminar; }));

    const auto packages = repository.work_packages();
    BOOST_REQUIRE(packages.size() == 4u);
    BOOST_TEST(packages[2].project_code == "P2");
    BOOST_TEST(packages[2].name == "Koulutus");
    BOOST_TEST(packages[3].name == "Työhyvinvointi");
    db::EventListFilter p2_training;
    p2_training.work_package = packages[2].key;
    BOOST_TEST(listed_events(p2_training) == expected_events([](int i) {
                   return lists::event_project(i) == "P2" &&
                          lists::event_work_package(i) == std::optional<std::string>("Koulutus");
               }));

    // A session on one day; from a day on; up to a day; a week, with a kind and words.
    const Date day = lists::session_date(4322, 1);
    const std::vector<std::pair<std::optional<Date>, std::optional<Date>>> ranges = {
        {day, day},
        {date(2024, 2, 1), std::nullopt},
        {std::nullopt, date(2020, 1, 20)},
        {date(2022, 3, 1), date(2022, 3, 7)}};
    for (const auto& [from, to] : ranges) {
        db::EventListFilter filter;
        filter.from = from;
        filter.to = to;
        BOOST_TEST_CONTEXT((from ? format_iso_date(*from) : "-")
                           << " " << (to ? format_iso_date(*to) : "-")) {
            const auto expected =
                expected_events([&](int i) { return has_session_between(i, from, to); });
            BOOST_TEST(!expected.empty());
            BOOST_TEST(listed_events(filter) == expected);
            filter.kind = Kind::workshop;
            filter.text = "TYÖPAJA";
            BOOST_TEST(listed_events(filter) == expected_events([&](int i) {
                           return has_session_between(i, from, to) &&
                                  lists::event_kind(i) == Kind::workshop && i % 4 == 1;
                       }));
        }
    }
    // Events without sessions are kept by no date range.
    db::EventListFilter everything_dated;
    everything_dated.from = date(1900, 1, 1);
    BOOST_TEST(repository.count(everything_dated) ==
               static_cast<std::size_t>(kEvents - kEvents / 4));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(person_list)

BOOST_AUTO_TEST_CASE(everyone_is_listed_by_name_then_employee_id) {
    db::PersonListRepository repository(list_db());
    const auto keys = repository.keys({});
    const int everyone = kPeople + 99;  // and the events' participants P0001..P0099
    BOOST_TEST(keys.size() == static_cast<std::size_t>(everyone));
    BOOST_TEST(repository.count({}) == keys.size());
    // The generated people in the generator's order; the participants (Osallistuja) among them.
    std::vector<std::string> listed;
    for (std::size_t at = 0; at < keys.size(); at += 1000) {
        const std::vector<long long> page(
            keys.begin() + static_cast<std::ptrdiff_t>(at),
            keys.begin() + static_cast<std::ptrdiff_t>(std::min(at + 1000, keys.size())));
        for (const auto& row : repository.rows(page)) {
            if (row.last_name != "Osallistuja") {
                listed.push_back(row.employee_id);
            }
        }
    }
    std::vector<std::string> expected;
    for (const int i : lists::people_in_list_order(kPeople)) {
        expected.push_back(lists::person_id(i));
    }
    BOOST_TEST(listed == expected);
    BOOST_TEST(lists::person_last_name(lists::people_in_list_order(kPeople).back()) == "Östman");
}

BOOST_AUTO_TEST_CASE(a_row_carries_the_organisation_unit_and_supervisor) {
    db::PersonListRepository repository(list_db());
    db::PersonListFilter filter{"H000150"};
    const auto rows = repository.rows(repository.keys(filter));
    BOOST_REQUIRE(rows.size() == 1u);
    BOOST_TEST(rows[0].employee_id == "H000150");
    BOOST_TEST(rows[0].last_name == lists::person_last_name(150));
    BOOST_TEST(rows[0].first_name == lists::person_first_name(150));
    BOOST_TEST(rows[0].organisation.value_or("-") == lists::person_organisation(150));
    BOOST_TEST(rows[0].unit.value_or("-") == lists::person_unit(150));
    BOOST_TEST(rows[0].supervisor_id.value_or("-") == "H000051");
    BOOST_TEST(rows[0].supervisor_name.value_or("-") ==
               lists::person_last_name(51) + " " + lists::person_first_name(51));
    const auto top = repository.rows(repository.keys(db::PersonListFilter{"H000007"}));
    BOOST_REQUIRE(top.size() == 1u);
    BOOST_TEST(!top[0].supervisor_id);
    BOOST_TEST(!top[0].supervisor_name);
}

BOOST_AUTO_TEST_CASE(typed_words_find_names_and_employee_ids_in_any_case) {
    db::PersonListRepository repository(list_db());
    const auto order = lists::people_in_list_order(kPeople);
    for (const std::string typed :
         {"äijälä", "ÄIJÄLÄ väinö", "virtanen h0012", "H000123", "ÖSTMAN Sofia", "hämä", "nen"}) {
        std::vector<std::string> words;
        std::string word;
        for (const char c : typed + " ") {
            if (c == ' ') {
                if (!word.empty()) {
                    words.push_back(word);
                }
                word.clear();
            } else {
                word.push_back(c);
            }
        }
        std::vector<std::string> expected;
        for (const int i : order) {
            if (has_all_words(lists::person_last_name(i) + " " + lists::person_first_name(i) + " " +
                                  lists::person_id(i),
                              words)) {
                expected.push_back(lists::person_id(i));
            }
        }
        BOOST_TEST_CONTEXT(typed) {
            BOOST_TEST(!expected.empty());
            const db::PersonListFilter filter{typed};
            const auto keys = repository.keys(filter);
            BOOST_TEST(repository.count(filter) == keys.size());
            std::vector<std::string> found;
            for (std::size_t at = 0; at < keys.size(); at += 500) {
                const std::vector<long long> page(
                    keys.begin() + static_cast<std::ptrdiff_t>(at),
                    keys.begin() + static_cast<std::ptrdiff_t>(std::min(at + 500, keys.size())));
                for (const auto& row : repository.rows(page)) {
                    found.push_back(row.employee_id);
                }
            }
            BOOST_TEST(found == expected);
            // The same by LIMIT/OFFSET: the last few.
            const std::size_t offset = expected.size() > 3 ? expected.size() - 3 : 0;
            std::vector<std::string> tail;
            for (const auto& row : repository.page(filter, offset, 200)) {
                tail.push_back(row.employee_id);
            }
            BOOST_TEST(tail ==
                       std::vector<std::string>(
                           expected.begin() + static_cast<std::ptrdiff_t>(offset), expected.end()));
        }
    }
    BOOST_TEST(repository.count(db::PersonListFilter{"H000123"}) == 1u);
    BOOST_TEST(repository.keys(db::PersonListFilter{"zz"}).empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE_END()
