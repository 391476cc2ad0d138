// The Events and People windows in real windows (Xvfb in scripts/test) on a generated
// database of 50,000 events and 100,000 people (tests/db/list_data.hpp): the list's rows
// are the repository's, only the pages shown are read, typing narrows the list after a
// pause, and the far end of the list reads what it should.
#include <wx/app.h>
#include <wx/utils.h>
#ifdef __WXGTK__
#include <glib-object.h>
#endif

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

#include "db/database.hpp"
#include "db/event_list_repository.hpp"
#include "db/person_list_repository.hpp"
#include "gui/event_list_window.hpp"
#include "gui/main_frame.hpp"
#include "gui/person_list_window.hpp"
#include "gui/wx_text.hpp"
#include "reports/vocabulary.hpp"
#include "tests/db/list_data.hpp"
#include "tests/gui/screenshot.hpp"
#include "tests/support/files.hpp"
#include "tests/support/process.hpp"

using namespace polku;
namespace lists = polku::test::lists;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kEvents = 50'000;
constexpr int kPeople = 100'000;
constexpr int kEveryone = kPeople + 99;  // and the events' participants P0001..P0099

void pump_events() {
    for (int i = 0; i < 5; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

// Runs the event loop until `done` (false after five seconds).
bool pump_until(const std::function<bool()>& done) {
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    while (!done()) {
        if (Clock::now() > deadline) {
            return false;
        }
        wxTheApp->ProcessPendingEvents();
        wxYield();
        wxMilliSleep(2);
    }
    return true;
}

// GTK may drop a scroll asked for while the view is still taking its size (seen under load on
// two cores), so the request is repeated until the row has been drawn.
template <typename Done>
bool scroll_until(wxDataViewCtrl* list, const wxDataViewItem& item, Done done) {
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    auto next_request = Clock::now();
    while (!done()) {
        if (Clock::now() > deadline) {
            return false;
        }
        if (Clock::now() >= next_request) {
            list->EnsureVisible(item);
            next_request = Clock::now() + std::chrono::milliseconds(500);
        }
        wxTheApp->ProcessPendingEvents();
        wxYield();
        wxMilliSleep(2);
    }
    return true;
}

// Past the typing pause: the list follows what was typed.
void pump_past_typing_pause() {
    const auto until =
        Clock::now() + std::chrono::milliseconds(gui::EventListWindow::kTypingPauseMs + 250);
    while (Clock::now() < until) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
        wxMilliSleep(5);
    }
    pump_events();
}

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The database every test here reads, generated once (tens of seconds).
struct GeneratedDatabase {
    test::TempDir dir;
    std::string path = (dir / "lists.sqlite").string();
    GeneratedDatabase() {
        auto db = db::Database::open(path);
        lists::import_events(db, dir.path(), kEvents);
        lists::import_people(db, dir.path(), kPeople);
    }
};

const std::string& database() {
    static GeneratedDatabase generated;
    return generated.path;
}

std::string text(const gui::EventListWindow* w, unsigned row, gui::EventListModel::Column c) {
    return gui::from_wx(w->model()->text(row, c));
}
std::string text(const gui::PersonListWindow* w, unsigned row, gui::PersonListModel::Column c) {
    return gui::from_wx(w->model()->text(row, c));
}

std::string status(wxFrame* frame) {
    return gui::from_wx(frame->GetStatusBar()->GetStatusText());
}

// The row at the top of the list as shown.
long top_row(wxDataViewCtrl* list, wxDataViewVirtualListModel* model) {
    const auto item = list->GetTopItem();
    return item.IsOk() ? static_cast<long>(model->GetRow(item)) : -1;
}

// Picks `index` in a choice as a click does.
void choose(wxChoice* choice, int index) {
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetInt(index);
    event.SetEventObject(choice);
    choice->ProcessWindowEvent(event);
}

struct EventsWindow {
    gui::EventListWindow* window = nullptr;
    double open_ms = 0;
    explicit EventsWindow(reports::Language language = reports::Language::en) {
        const auto& path = database();
        const auto start = Clock::now();
        window = new gui::EventListWindow(nullptr, path, language);
        window->SetPosition(wxPoint(0, 0));
        window->Show();
        BOOST_REQUIRE(pump_until([&] { return window->model()->cache().pages_read() > 0; }));
        open_ms = ms_since(start);
        pump_events();
    }
    ~EventsWindow() {
        window->Destroy();
        pump_events();
    }
};

struct PeopleWindow {
    gui::PersonListWindow* window = nullptr;
    double open_ms = 0;
    PeopleWindow() {
        const auto& path = database();
        const auto start = Clock::now();
        window = new gui::PersonListWindow(nullptr, path);
        window->SetPosition(wxPoint(0, 0));
        window->Show();
        BOOST_REQUIRE(pump_until([&] { return window->model()->cache().pages_read() > 0; }));
        open_ms = ms_since(start);
        pump_events();
    }
    ~PeopleWindow() {
        window->Destroy();
        pump_events();
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(list_windows)

BOOST_AUTO_TEST_CASE(the_events_window_shows_every_event_and_reads_only_the_shown_pages) {
    EventsWindow opened;
    auto* w = opened.window;
    auto* model = w->model();
    BOOST_TEST_MESSAGE("events window opened on " << kEvents << " events in " << opened.open_ms
                                                  << " ms");
    {
        auto db = db::Database::open(database());
        BOOST_TEST(model->GetCount() == db::EventListRepository(db).count({}));
    }
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(kEvents));
    BOOST_TEST(status(w) == "50000 events");
    // The first screen needs the first page, no more. GTK asks for the rows it shows when it
    // draws, which under Xvfb may come a moment after the first page was read for the count.
    BOOST_TEST(pump_until([&] { return model->cache().cached(0); }));
    BOOST_TEST(model->cache().pages_read() <= 2u);
    BOOST_TEST(!model->cache().cached(kEvents - 1));
    BOOST_TEST(top_row(w->list(), model) == 0);

    using C = gui::EventListModel;
    BOOST_TEST(text(w, 0, C::event_id) == "EV00001");
    BOOST_TEST(text(w, 0, C::title) == lists::event_title(1));
    BOOST_TEST(text(w, 0, C::kind) == "Workshop");
    BOOST_TEST(text(w, 0, C::project) == "P1");
    BOOST_TEST(text(w, 0, C::first_session) == format_iso_date(lists::session_date(1, 0)));
    BOOST_TEST(text(w, 0, C::last_session) == format_iso_date(lists::session_date(1, 0)));
    BOOST_TEST(text(w, 0, C::sessions) == "1");
    BOOST_TEST(text(w, 0, C::participants) == "1");
    BOOST_TEST(text(w, 3, C::first_session).empty());  // EV00004 has no sessions
    BOOST_TEST(text(w, 3, C::sessions) == "0");

    // The end of the list, as End or dragging the scroll bar's thumb down goes there.
    const auto read_before = model->cache().pages_read();
    const auto start = Clock::now();
    BOOST_REQUIRE(scroll_until(w->list(), model->GetItem(kEvents - 1),
                               [&] { return model->cache().cached(kEvents - 1); }));
    BOOST_TEST_MESSAGE("scrolled to event 50,000 in " << ms_since(start) << " ms");
    pump_events();
    BOOST_TEST(top_row(w->list(), model) > kEvents - 100);
    BOOST_TEST(model->cache().pages_read() - read_before <= 2u);
    BOOST_TEST(text(w, kEvents - 1, C::event_id) == "EV50000");
    BOOST_TEST(text(w, kEvents - 1, C::title) == lists::event_title(kEvents));
    BOOST_TEST(text(w, kEvents - 1, C::kind) == "Course");  // 50,000 % 8 == 0
    BOOST_TEST(text(w, kEvents - 1, C::project) == "P2");
}

BOOST_AUTO_TEST_CASE(a_page_dropped_from_the_cache_is_read_again_the_same) {
    EventsWindow opened;
    auto* w = opened.window;
    auto* model = w->model();
    using C = gui::EventListModel;
    const std::string first = text(w, 0, C::title);
    // Eleven pages, more than the cache keeps: the first is dropped on the way.
    for (unsigned page = 0; page <= 10; ++page) {
        const unsigned row = page * 200 + 7;
        BOOST_TEST(text(w, row, C::event_id) == lists::event_code(static_cast<int>(row) + 1));
    }
    BOOST_TEST(model->cache().cached_pages() <= 8u);
    BOOST_TEST(!model->cache().cached(0));
    const auto read = model->cache().pages_read();
    BOOST_TEST(text(w, 0, C::title) == first);
    BOOST_TEST(model->cache().pages_read() == read + 1);
    // A row in the middle of a far page, then its neighbours from the same page.
    BOOST_TEST(text(w, 37'654, C::event_id) == "EV37655");
    BOOST_TEST(text(w, 37'601, C::event_id) == "EV37602");
    BOOST_TEST(text(w, 37'799, C::event_id) == "EV37800");
    BOOST_TEST(model->cache().pages_read() == read + 2);
    BOOST_TEST(text(w, 37'800, C::event_id) == "EV37801");  // the next page
    BOOST_TEST(model->cache().pages_read() == read + 3);
    // Past the end: empty, never a failure.
    BOOST_TEST(text(w, kEvents, C::event_id).empty());
}

BOOST_AUTO_TEST_CASE(typing_and_choosing_narrow_the_events) {
    EventsWindow opened;
    auto* w = opened.window;
    auto* model = w->model();
    using C = gui::EventListModel;

    // Typed words wait for a pause, then narrow the list; Ö in either case.
    w->search_field()->SetValue(gui::to_wx("ÖLJYVÄR"));
    BOOST_TEST(w->filter_pending());
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(kEvents));
    pump_past_typing_pause();
    BOOST_TEST(!w->filter_pending());
    BOOST_REQUIRE(model->GetCount() == 1u);
    BOOST_TEST(text(w, 0, C::event_id) == lists::event_code(lists::kOddOne));
    BOOST_TEST(text(w, 0, C::title) == "Öljyvärimaalauksen alkeet");
    BOOST_TEST(status(w) == "1 event");
    w->search_field()->SetValue(gui::to_wx("öljyvär"));
    pump_past_typing_pause();
    BOOST_TEST(model->GetCount() == 1u);

    // An event id typed in part.
    w->search_field()->SetValue("ev0000");
    pump_past_typing_pause();
    BOOST_TEST(model->GetCount() == 9u);
    BOOST_TEST(text(w, 8, C::event_id) == "EV00009");

    // A kind: one event in eight is a seminar.
    w->search_field()->SetValue(wxString());
    pump_past_typing_pause();
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(kEvents));
    const int seminar = 1 + 2;  // "All kinds", course, workshop, seminar
    BOOST_REQUIRE(w->kind_choice()->GetCount() == 9u);
    BOOST_TEST(gui::from_wx(w->kind_choice()->GetString(seminar)) == "Seminar");
    choose(w->kind_choice(), seminar);
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(kEvents / 8));
    BOOST_TEST(text(w, 0, C::event_id) == "EV00002");
    BOOST_TEST(text(w, 0, C::kind) == "Seminar");

    // Dates: a session within the range; a date that cannot be read changes nothing.
    auto db = db::Database::open(database());
    db::EventListRepository repository(db);
    db::EventListFilter filter;
    filter.kind = Kind::seminar;
    filter.from = parse_date("1.2.2023");
    filter.to = parse_date("28.2.2023");
    w->from_field()->SetValue("1.2.2023");
    w->to_field()->SetValue("28.2.2023");
    pump_past_typing_pause();
    const auto in_february = repository.count(filter);
    BOOST_TEST(in_february > 0u);
    BOOST_TEST(in_february < static_cast<std::size_t>(kEvents / 8));
    BOOST_TEST(model->GetCount() == in_february);
    const auto first_in_february = text(w, 0, C::event_id);
    w->to_field()->SetValue("31.2.2023");
    pump_past_typing_pause();
    BOOST_TEST(model->GetCount() == in_february);
    BOOST_TEST(status(w) == "Type a date as 15.3.2024 (or 2024-03-15).");
    w->to_field()->SetValue("2023-02-28");
    pump_past_typing_pause();
    BOOST_TEST(model->GetCount() == in_february);
    BOOST_TEST(text(w, 0, C::event_id) == first_in_february);

    // A work package: P2's training, of every kind and date.
    choose(w->kind_choice(), 0);
    w->from_field()->SetValue(wxString());
    w->to_field()->SetValue(wxString());
    pump_past_typing_pause();
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(kEvents));
    BOOST_REQUIRE(w->work_package_choice()->GetCount() == 5u);
    BOOST_TEST(gui::from_wx(w->work_package_choice()->GetString(3)) == "P2: Koulutus");
    choose(w->work_package_choice(), 3);
    db::EventListFilter p2_training;
    p2_training.work_package = repository.work_packages()[2].key;
    BOOST_TEST(model->GetCount() == repository.count(p2_training));
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(kEvents / 6));  // even, i % 3 == 1
    BOOST_TEST(text(w, 0, C::event_id) == "EV00004");
}

BOOST_AUTO_TEST_CASE(the_list_has_no_type_ahead_find_that_would_read_every_page) {
#ifdef __WXGTK__
    EventsWindow opened;
    auto* w = opened.window;
    // After a change of filter too: wx hands GTK the model again, which turns it back on.
    w->search_field()->SetValue("ensiapu");
    pump_past_typing_pause();
    BOOST_REQUIRE(w->model()->GetCount() == static_cast<unsigned>(kEvents / 4));
    pump_events();
    const auto read = w->model()->cache().pages_read();
    GObject* tree = G_OBJECT(w->list()->GtkGetTreeView());
    gint column = 0;
    gboolean enabled = TRUE;
    g_object_get(tree, "search-column", &column, "enable-search", &enabled, nullptr);
    BOOST_TEST(column == -1);
    BOOST_TEST(!enabled);
    // What a typed letter or Ctrl+F does: refused, so nothing is looked for row by row.
    gboolean started = TRUE;
    g_signal_emit_by_name(tree, "start-interactive-search", &started);
    pump_events();
    BOOST_TEST(!started);
    BOOST_TEST(w->model()->cache().pages_read() == read);
#endif
}

BOOST_AUTO_TEST_CASE(a_finnish_list_reads_finnish_kinds_and_dates) {
    EventsWindow opened(reports::Language::fi);
    auto* w = opened.window;
    using C = gui::EventListModel;
    BOOST_TEST(text(w, 0, C::kind) == reports::label(reports::Language::fi, "workshop"));
    BOOST_TEST(text(w, 0, C::kind) != "Workshop");
    BOOST_TEST(text(w, 0, C::first_session) == format_fi_date(lists::session_date(1, 0)));
    BOOST_TEST(text(w, 0, C::first_session) == "19.1.2020");
    BOOST_TEST(gui::from_wx(w->kind_choice()->GetString(1)) ==
               reports::label(reports::Language::fi, "course"));
}

BOOST_AUTO_TEST_CASE(the_people_window_shows_everyone_and_finds_them_as_typed) {
    PeopleWindow opened;
    auto* w = opened.window;
    auto* model = w->model();
    BOOST_TEST_MESSAGE("people window opened on " << kEveryone << " people in " << opened.open_ms
                                                  << " ms");
    {
        auto db = db::Database::open(database());
        BOOST_TEST(model->GetCount() == db::PersonListRepository(db).count({}));
    }
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(kEveryone));
    BOOST_TEST(status(w) == "100099 people");
    BOOST_TEST(model->cache().pages_read() <= 2u);

    using C = gui::PersonListModel;
    const auto order = lists::people_in_list_order(kPeople);
    const int first = order.front();
    BOOST_TEST(text(w, 0, C::employee_id) == lists::person_id(first));
    BOOST_TEST(text(w, 0, C::last_name) == "Aalto");
    BOOST_TEST(text(w, 0, C::first_name) == lists::person_first_name(first));
    BOOST_TEST(text(w, 0, C::organisation) == lists::person_organisation(first));
    BOOST_TEST(text(w, 0, C::unit) == lists::person_unit(first));

    const unsigned last_row = kEveryone - 1;
    const auto start = Clock::now();
    BOOST_REQUIRE(scroll_until(w->list(), model->GetItem(last_row),
                               [&] { return model->cache().cached(last_row); }));
    BOOST_TEST_MESSAGE("scrolled to the last person in " << ms_since(start) << " ms");
    pump_events();
    BOOST_TEST(top_row(w->list(), model) > kEveryone - 100);
    BOOST_TEST(text(w, last_row, C::employee_id) == lists::person_id(order.back()));
    BOOST_TEST(text(w, last_row, C::last_name) == "Östman");

    // A name typed in capitals, then a second word.
    w->search_field()->SetValue(gui::to_wx("ÄIJÄLÄ"));
    BOOST_TEST(w->filter_pending());
    pump_past_typing_pause();
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(kPeople / 12));  // i % 12 == 9
    w->search_field()->SetValue(gui::to_wx("äijälä väinö"));
    pump_past_typing_pause();
    int expected = 0;
    for (int i = 1; i <= kPeople; ++i) {
        expected +=
            lists::person_last_name(i) == "Äijälä" && lists::person_first_name(i) == "Väinö";
    }
    BOOST_TEST(model->GetCount() == static_cast<unsigned>(expected));
    BOOST_TEST(text(w, 0, C::first_name) == "Väinö");

    // An employee id: the supervisor is shown by name and id.
    w->search_field()->SetValue("h000150");
    pump_past_typing_pause();
    BOOST_REQUIRE(model->GetCount() == 1u);
    BOOST_TEST(text(w, 0, C::supervisor) ==
               lists::person_last_name(51) + " " + lists::person_first_name(51) + " (H000051)");
    BOOST_TEST(status(w) == "1 person");
    w->search_field()->SetValue("nobody like this");
    pump_past_typing_pause();
    BOOST_TEST(model->GetCount() == 0u);
    BOOST_TEST(status(w) == "0 people");
}

BOOST_AUTO_TEST_CASE(the_lists_open_from_the_main_window_menu) {
    auto* frame = new gui::MainFrame(database());
    frame->Show();
    pump_events();
    for (const int id : {gui::MainFrame::ID_EVENTS, gui::MainFrame::ID_PEOPLE}) {
        wxCommandEvent menu(wxEVT_MENU, id);
        BOOST_TEST(frame->ProcessWindowEvent(menu));
    }
    pump_events();
    gui::EventListWindow* events = nullptr;
    gui::PersonListWindow* people = nullptr;
    for (auto* child : frame->GetChildren()) {
        if (auto* e = dynamic_cast<gui::EventListWindow*>(child)) {
            events = e;
        }
        if (auto* p = dynamic_cast<gui::PersonListWindow*>(child)) {
            people = p;
        }
    }
    BOOST_REQUIRE(events);
    BOOST_REQUIRE(people);
    BOOST_TEST(events->model()->GetCount() == static_cast<unsigned>(kEvents));
    BOOST_TEST(people->model()->GetCount() == static_cast<unsigned>(kEveryone));
    frame->Destroy();
    pump_events();
}

BOOST_AUTO_TEST_CASE(screenshots_of_the_lists_are_written_to_the_build_tree) {
    {
        EventsWindow opened(reports::Language::fi);
        scroll_until(opened.window->list(), opened.window->model()->GetItem(24'990),
                     [&] { return opened.window->model()->cache().cached(24'990); });
        test::save_screenshot(opened.window, "events-window.png");
    }
    {
        PeopleWindow opened;
        opened.window->search_field()->SetValue("virtanen");
        pump_past_typing_pause();
        test::save_screenshot(opened.window, "people-window.png");
    }
}

BOOST_AUTO_TEST_SUITE_END()
