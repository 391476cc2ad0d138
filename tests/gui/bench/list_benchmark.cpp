// polku-list-benchmark: how quickly the Events and People windows open and scroll on a large
// database. Run by hand (under Xvfb when there is no display), never by the tests:
//
//     xvfb-run -a -s "-screen 0 1280x900x24" build/tests/polku-list-benchmark
//         [--db PATH|postgresql://…] [--events 50000] [--people 100000] [--no-generate]
//
// Without --db it generates a temporary SQLite database (tests/db/list_data.hpp, through the
// importers); with --db and --no-generate it measures a database generated before. Prints
// the import time, the repository's queries (median of 5) and the windows' times: opening
// until the first rows are shown, jumping to the last row, and what a screen of scrolling
// costs the program.
//
// Measured (Release, 2 shared cores, Xvfb; 50,000 events with 75,000 sessions, 100,099
// people; medians of three runs, noisy to ±50% on this shared machine):
//
//                                           SQLite      PostgreSQL 15
//   events: open the window, first rows     173 ms      177 ms
//   events: jump to row 50,000              119 ms       80 ms   (1 page read)
//   events: a screen of scrolling           0.31 ms     0.40 ms  (worst 9 ms: a new page)
//   events: keys of all / 200 rows by key   11 / 1.5 ms 14 / 2.6 ms
//   events: 'työpaja 4' typed               42 ms       79 ms
//   people: open the window, first rows    218 ms      414 ms
//   people: jump to row 100,099              33 ms       26 ms   (1 page read)
//   people: a screen of scrolling           0.44 ms     0.27 ms  (worst 10 ms: a new page)
//   people: keys of all / 200 rows by key   135 / 1.1 ms 197 / 1.6 ms
//   people: 'äijälä' typed                   86 ms       93 ms
//
// 200 rows by OFFSET instead of by key cost 150 ms (SQLite) and 180 ms (PostgreSQL) at the
// end of the people list, which has no index in its order: hence keys once, pages by key.
#include <wx/app.h>
#include <wx/init.h>
#include <wx/utils.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/event_list_repository.hpp"
#include "db/person_list_repository.hpp"
#include "gui/event_list_window.hpp"
#include "gui/person_list_window.hpp"
#include "tests/db/list_data.hpp"

using namespace polku;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median_ms(const std::function<void()>& run, int times = 5) {
    std::vector<double> t;
    for (int i = 0; i < times; ++i) {
        const auto start = Clock::now();
        run();
        t.push_back(ms_since(start));
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

void pump() {
    for (int i = 0; i < 3; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

// Runs the event loop until `done` (or two seconds).
void pump_until(const std::function<bool()>& done) {
    const auto deadline = Clock::now() + std::chrono::seconds(2);
    while (!done() && Clock::now() < deadline) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

template <typename Window>
void measure_window(const char* name, Window* window, std::size_t rows) {
    auto* model = window->model();
    auto* list = window->list();
    std::printf("%s window: %zu rows, %zu pages read to show the first screen\n", name, rows,
                model->cache().pages_read());
    // Jump to the last row (End, or dragging the thumb to the bottom).
    auto start = Clock::now();
    const auto before = model->cache().pages_read();
    list->EnsureVisible(model->GetItem(static_cast<unsigned>(rows - 1)));
    pump_until([&] { return model->cache().cached(rows - 1); });
    pump();
    std::printf("  jump to the last row: %.1f ms (%zu pages read)\n", ms_since(start),
                model->cache().pages_read() - before);
    // Paging down through the first 20,000 rows a screen at a time, as the list asks for a
    // screen's cells when it draws it: what a frame of scrolling costs the program (GTK's
    // own drawing, the same for 50 rows or 100,000 in fixed-height mode, is not counted).
    const unsigned per_page = static_cast<unsigned>(std::max(list->GetCountPerPage(), 10));
    const unsigned columns = list->GetColumnCount();
    const unsigned end = static_cast<unsigned>(std::min<std::size_t>(rows, 20'000));
    const auto read_before = model->cache().pages_read();
    std::vector<double> screens;
    for (unsigned top = 0; top + per_page <= end; top += per_page) {
        const auto step = Clock::now();
        for (unsigned row = top; row < top + per_page; ++row) {
            for (unsigned column = 0; column < columns; ++column) {
                wxVariant value;
                model->GetValueByRow(value, row, column);
            }
        }
        screens.push_back(ms_since(step));
    }
    std::sort(screens.begin(), screens.end());
    double total = 0;
    for (const double t : screens) {
        total += t;
    }
    std::printf(
        "  %zu screens of %u rows down from the top: %.3f ms a screen on average, "
        "median %.3f ms, worst %.2f ms (%zu pages read)\n",
        screens.size(), per_page, total / static_cast<double>(screens.size()),
        screens[screens.size() / 2], screens.back(), model->cache().pages_read() - read_before);
}

}  // namespace

int main(int argc, char** argv) {
    std::string locator;
    int events = 50'000;
    int people = 100'000;
    bool generate = true;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--db" && i + 1 < argc) {
            locator = argv[++i];
        } else if (arg == "--events" && i + 1 < argc) {
            events = std::atoi(argv[++i]);
        } else if (arg == "--people" && i + 1 < argc) {
            people = std::atoi(argv[++i]);
        } else if (arg == "--no-generate") {
            generate = false;
        } else {
            std::fprintf(stderr,
                         "usage: %s [--db PATH|URI] [--events N] [--people N] [--no-generate]\n",
                         argv[0]);
            return 2;
        }
    }
    test::TempDir dir;
    if (locator.empty()) {
        locator = (dir / "lists.sqlite").string();
    }
    try {
        auto db = db::Database::open(locator);
        if (generate) {
            auto start = Clock::now();
            test::lists::import_events(db, dir.path(), events);
            std::printf("import of %d events with their sessions: %.0f ms\n", events,
                        ms_since(start));
            start = Clock::now();
            test::lists::import_people(db, dir.path(), people);
            std::printf("import of %d people: %.0f ms\n", people, ms_since(start));
        }

        db::EventListRepository event_list(db);
        std::vector<long long> keys;
        std::printf("events: keys of all %.1f ms, ",
                    median_ms([&] { keys = event_list.keys({}); }));
        std::printf("count %.1f ms, ", median_ms([&] { event_list.count({}); }));
        const std::vector<long long> last(keys.end() - std::min<std::ptrdiff_t>(200, keys.size()),
                                          keys.end());
        std::printf("last 200 rows by key %.1f ms, ", median_ms([&] { event_list.rows(last); }));
        std::printf("by OFFSET %.1f ms\n",
                    median_ms([&] { event_list.page({}, keys.size() - 200, 200); }));
        db::EventListFilter typed;
        typed.text = "työpaja 4";
        std::printf("events: 'työpaja 4' keys %.1f ms, ",
                    median_ms([&] { event_list.keys(typed); }));
        typed = {};
        typed.from = parse_date("1.1.2022");
        typed.to = parse_date("31.3.2022");
        typed.kind = Kind::course;
        std::printf("courses with a session in 1.1.-31.3.2022 keys %.1f ms\n",
                    median_ms([&] { event_list.keys(typed); }));

        db::PersonListRepository person_list(db);
        std::printf("people: keys of all %.1f ms, ",
                    median_ms([&] { keys = person_list.keys({}); }));
        const std::vector<long long> last_people(
            keys.end() - std::min<std::ptrdiff_t>(200, keys.size()), keys.end());
        std::printf("last 200 rows by key %.1f ms, ",
                    median_ms([&] { person_list.rows(last_people); }));
        std::printf("by OFFSET %.1f ms, ",
                    median_ms([&] { person_list.page({}, keys.size() - 200, 200); }));
        std::printf("'äijälä' keys %.1f ms\n",
                    median_ms([&] { person_list.keys(db::PersonListFilter{"äijälä"}); }));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 3;
    }

    wxApp::SetInstance(new wxApp());
    int wx_argc = 1;
    char* wx_argv[] = {argv[0], nullptr};
    if (!wxEntryStart(wx_argc, wx_argv)) {
        std::fprintf(stderr, "wx could not start: is DISPLAY set (run under Xvfb)?\n");
        return 3;
    }
    wxTheApp->CallOnInit();
    {
        auto start = Clock::now();
        auto* window = new gui::EventListWindow(nullptr, locator, reports::Language::fi);
        window->Show();
        pump_until([&] { return window->model()->cache().pages_read() > 0; });
        std::printf("events window: open and first rows shown %.1f ms\n", ms_since(start));
        measure_window("events", window, window->model()->size());
        window->Destroy();
        pump();
    }
    {
        auto start = Clock::now();
        auto* window = new gui::PersonListWindow(nullptr, locator);
        window->Show();
        pump_until([&] { return window->model()->cache().pages_read() > 0; });
        std::printf("people window: open and first rows shown %.1f ms\n", ms_since(start));
        measure_window("people", window, window->model()->size());
        window->Destroy();
        pump();
    }
    wxTheApp->OnExit();
    wxEntryCleanup();
    return 0;
}
