// polku-bench-load: several HR clients at once on one database (issue: 8 client processes on
// loopback, each writing attendance and reading the monitoring report for 60 s; no error, no
// lost row, throughput and p95 latency reported). bench/load_test.sh runs it on a throw-away
// PostgreSQL server holding the demo project.
//
// Each client is its own process with its own connection. It goes round its share of the
// project's sessions (session i belongs to client i mod N): reads the sheet, changes every
// expected person's mark (see next_mark) and saves it through the
// desktop's own use case (optimistic locking included); every tenth step it reads the
// monitoring report instead. Afterwards it reads each of its sessions back and counts every
// mark that is not the one it saved last (a lost update), and the parent checks that the
// number of marks changed by exactly the marks the clients inserted and removed.
//
// usage: polku-bench-load --db LOCATOR [--clients 8] [--seconds 60] [--project S10873]

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app/attendance_service.hpp"
#include "app/monitoring_service.hpp"
#include "core/error.hpp"
#include "db/database.hpp"

using namespace polku;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string db;
    int clients = 8;
    int seconds = 60;
    std::string project = "S10873";
};

struct ClientResult {
    long writes = 0, reads = 0, errors = 0, conflicts = 0, inserted = 0, removed = 0, lost = 0;
    std::vector<double> write_ms, read_ms;
};

// Inserts, updates and deletes in turn: none → present → absent → present …, and every fifth
// person on a sheet present ↔ none (a sheet whose people come from its marks keeps the rest).
std::optional<Mark> next_mark(const std::optional<Mark>& m, std::size_t row) {
    const Mark present{AttendanceStatus::present, std::nullopt};
    if (!m) {
        return present;
    }
    if (row % 5 == 0) {
        return std::nullopt;
    }
    if (m->status == AttendanceStatus::present) {
        return Mark{AttendanceStatus::absent, std::nullopt};
    }
    return present;
}

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::size_t total_marks(db::Database& db, const std::vector<SessionSummary>& sessions) {
    std::size_t n = 0;
    for (const auto& s : sessions) {
        n += app::attendance_sheet(db, s.key).marks.size();
    }
    return n;
}

ClientResult run_client(const Options& o, int client, const std::vector<SessionSummary>& all,
                        Clock::time_point deadline) {
    ClientResult r;
    auto db = db::Database::open(o.db);
    std::vector<SessionSummary> mine;
    for (std::size_t i = static_cast<std::size_t>(client); i < all.size();
         i += static_cast<std::size_t>(o.clients)) {
        mine.push_back(all[i]);
    }
    // (session index, employee id) → the mark this client saved last
    std::map<std::pair<std::size_t, std::string>, std::optional<Mark>> expected;
    std::map<std::size_t, std::vector<std::string>> removed;  // by session, at the last save
    std::size_t next = 0;
    for (long step = 0; Clock::now() < deadline && !mine.empty(); ++step) {
        try {
            if (step % 10 == 9) {
                const auto start = Clock::now();
                app::monitoring_report(db, {o.project, std::nullopt, std::nullopt});
                r.read_ms.push_back(ms_since(start));
                ++r.reads;
                continue;
            }
            const std::size_t s = next++ % mine.size();
            const auto start = Clock::now();
            const auto sheet = app::attendance_sheet(db, mine[s].key);
            std::vector<MarkEdit> edits;
            for (std::size_t row = 0; row < sheet.people.size(); ++row) {
                const auto& person = sheet.people[row];
                std::optional<Mark> read;
                for (const auto& m : sheet.marks) {
                    if (m.employee_id == person.employee_id) {
                        read = m.mark;
                    }
                }
                edits.push_back({person.employee_id, read, next_mark(read, row)});
            }
            // Whom this client removed last time is back, as a walk-in is marked.
            for (const auto& id : removed[s]) {
                if (std::none_of(edits.begin(), edits.end(),
                                 [&](const MarkEdit& e) { return e.employee_id == id; })) {
                    edits.push_back({id, std::nullopt, Mark{AttendanceStatus::present, {}}});
                }
            }
            app::save_sheet(db, mine[s].key, edits);
            removed[s].clear();
            r.write_ms.push_back(ms_since(start));
            ++r.writes;
            for (const auto& e : edits) {
                r.inserted += !e.read && e.wanted ? 1 : 0;
                if (!e.wanted && e.read) {
                    ++r.removed;
                    removed[s].push_back(e.employee_id);
                }
                expected[{s, e.employee_id}] = e.wanted;
            }
        } catch (const ConflictError&) {
            ++r.conflicts;
        } catch (const std::exception& e) {
            ++r.errors;
            std::cerr << "client " << client << ": " << e.what() << '\n';
        }
    }
    // Read back: each of this client's sessions is its own, so what it saved last is there.
    for (std::size_t s = 0; s < mine.size(); ++s) {
        const auto marks = app::attendance_sheet(db, mine[s].key).marks;
        for (const auto& [key, mark] : expected) {
            if (key.first != s) {
                continue;
            }
            const auto it = std::find_if(marks.begin(), marks.end(), [&](const PersonMark& m) {
                return m.employee_id == key.second;
            });
            if ((it == marks.end() ? std::nullopt : it->mark) != mark) {
                ++r.lost;
            }
        }
    }
    return r;
}

void write_result(const std::string& path, const ClientResult& r) {
    std::ofstream out(path);
    out << r.writes << ' ' << r.reads << ' ' << r.errors << ' ' << r.conflicts << ' ' << r.inserted
        << ' ' << r.removed << ' ' << r.lost << '\n';
    for (const double ms : r.write_ms) {
        out << ms << ' ';
    }
    out << '\n';
    for (const double ms : r.read_ms) {
        out << ms << ' ';
    }
    out << '\n';
}

ClientResult read_result(const std::string& path) {
    ClientResult r;
    std::ifstream in(path);
    in >> r.writes >> r.reads >> r.errors >> r.conflicts >> r.inserted >> r.removed >> r.lost;
    std::string line;
    std::getline(in, line);
    for (auto* list : {&r.write_ms, &r.read_ms}) {
        std::getline(in, line);
        std::istringstream values(line);
        double ms = 0;
        while (values >> ms) {
            list->push_back(ms);
        }
    }
    return r;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i], value = argv[i + 1];
        if (name == "--db") {
            o.db = value;
        } else if (name == "--clients") {
            o.clients = std::atoi(value.c_str());
        } else if (name == "--seconds") {
            o.seconds = std::atoi(value.c_str());
        } else if (name == "--project") {
            o.project = value;
        } else {
            std::cerr << "usage: polku-bench-load --db LOCATOR [--clients N] [--seconds S] "
                         "[--project CODE]\n";
            return 2;
        }
    }
    if (o.db.empty() || o.clients < 1 || o.seconds < 1) {
        std::cerr << "polku-bench-load: give --db, and --clients and --seconds above 0\n";
        return 2;
    }
    std::vector<SessionSummary> sessions;
    std::size_t before = 0;
    {
        auto db = db::Database::open(o.db);
        sessions = app::recent_sessions(db, o.project, 1'000'000);
        before = total_marks(db, sessions);
    }
    std::cout << "load: " << o.clients << " clients, " << o.seconds << " s, " << sessions.size()
              << " sessions of " << o.project << ", " << before << " marks before\n";
    char folder[] = "/tmp/polku-load-XXXXXX";
    if (!::mkdtemp(folder)) {
        std::perror("mkdtemp");
        return 1;
    }
    const auto deadline = Clock::now() + std::chrono::seconds(o.seconds);
    std::vector<pid_t> children;
    for (int c = 0; c < o.clients; ++c) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            const auto r = run_client(o, c, sessions, deadline);
            write_result(std::string(folder) + "/" + std::to_string(c), r);
            std::_Exit(0);
        }
        children.push_back(pid);
    }
    bool crashed = false;
    for (const pid_t pid : children) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        crashed = crashed || !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    ClientResult all;
    for (int c = 0; c < o.clients; ++c) {
        const auto r = read_result(std::string(folder) + "/" + std::to_string(c));
        all.writes += r.writes;
        all.reads += r.reads;
        all.errors += r.errors;
        all.conflicts += r.conflicts;
        all.inserted += r.inserted;
        all.removed += r.removed;
        all.lost += r.lost;
        all.write_ms.insert(all.write_ms.end(), r.write_ms.begin(), r.write_ms.end());
        all.read_ms.insert(all.read_ms.end(), r.read_ms.begin(), r.read_ms.end());
        std::remove((std::string(folder) + "/" + std::to_string(c)).c_str());
    }
    ::rmdir(folder);
    std::size_t after = 0;
    {
        auto db = db::Database::open(o.db);
        after = total_marks(db, sessions);
    }
    const auto expected_after = static_cast<long>(before) + all.inserted - all.removed;
    const bool counts_add_up = static_cast<long>(after) == expected_after;
    std::printf("saves (a session's sheet each): %ld, %.1f per second, p50 %.1f ms, p95 %.1f ms\n",
                all.writes, static_cast<double>(all.writes) / o.seconds,
                percentile(all.write_ms, 0.5), percentile(all.write_ms, 0.95));
    std::printf("monitoring reports: %ld, %.1f per second, p50 %.1f ms, p95 %.1f ms\n", all.reads,
                static_cast<double>(all.reads) / o.seconds, percentile(all.read_ms, 0.5),
                percentile(all.read_ms, 0.95));
    std::printf("errors %ld, conflicts %ld, lost marks %ld, client crashes %s\n", all.errors,
                all.conflicts, all.lost, crashed ? "yes" : "none");
    std::printf("marks: %zu before + %ld inserted - %ld removed = %ld; %zu after: %s\n", before,
                all.inserted, all.removed, expected_after, after,
                counts_add_up ? "equal" : "NOT EQUAL");
    const bool pass = all.errors == 0 && all.lost == 0 && !crashed && counts_add_up;
    std::printf("%s\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
