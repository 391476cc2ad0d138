// "Never lose data": an import killed with SIGKILL at any moment leaves the database intact
// and holding either none or all of that import. A large attendance import is killed at
// random moments within its measured duration, 20 times; after each kill SQLite's
// integrity check passes (SQLite only) and the attendance count is the count before or the
// count before plus the whole file. Finally one import runs to completion.
//
// The moments come from a seeded generator; every check names the seed and the delay.
// Replay a failure with POLKU_CRASH_SEED=<seed>.

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;

namespace {

constexpr int kKills = 20;
constexpr std::uint64_t kDefaultSeed = 20240601;

// The attendance file: big enough that one import takes about 0.5-1 s (the test measures
// it; --log_level=message prints it). Measured on an idle machine: polku-cli imports some
// 350,000 attendance rows a second into SQLite, some 17,000 into PostgreSQL, so 240,000
// rows (4.7 MB) and 10,000 rows.
struct FileSize {
    int people;
    int days;
};
FileSize file_size_for_backend() {
    return testing_postgresql() ? FileSize{500, 20} : FileSize{4000, 60};
}

std::uint64_t crash_seed() {
    const char* text = std::getenv("POLKU_CRASH_SEED");
    return text && *text ? std::strtoull(text, nullptr, 10) : kDefaultSeed;
}

// How a polku-cli run ended: killed by us, or exited by itself first (after `elapsed`).
struct Ending {
    bool killed = false;
    int exit_code = -1;
    std::chrono::microseconds elapsed{0};
};

// Runs polku-cli with `args` and sends it SIGKILL `delay` after starting it, unless it has
// exited by then. Its output goes to `log`, to explain an early exit.
Ending run_and_kill(std::vector<std::string> args, std::chrono::microseconds delay,
                    const std::filesystem::path& log) {
    args.insert(args.begin(), POLKU_CLI_PATH);
    std::vector<char*> argv;
    for (auto& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    const std::string log_path = log.string();

    const pid_t pid = ::fork();
    BOOST_TEST_REQUIRE(pid >= 0, "fork failed");
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        const int fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            ::dup2(fd, STDOUT_FILENO);
            ::dup2(fd, STDERR_FILENO);
        }
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    // Polls rather than sleeps, to learn when an import that beat the kill finished.
    const auto start = std::chrono::steady_clock::now();
    Ending ending;
    int status = 0;
    pid_t done = 0;
    while ((done = ::waitpid(pid, &status, WNOHANG)) == 0 &&
           std::chrono::steady_clock::now() - start < delay) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    ending.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start);
    if (done == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    ending.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    ending.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return ending;
}

class CrashRig {
  public:
    explicit CrashRig(FileSize size) : m_bulk(size.people, size.days, false) {
        m_db.init();
        m_bulk.import_references(m_db, size.people, size.days);
        // An earlier import that a killed one must leave alone: one mark at another event.
        m_db.import_ok("events", "other_event.csv",
                       "event_id,project,title,kind\nEVX,ESR1,Muu,workshop\n", 1, 0, 0);
        m_db.import_ok("sessions", "other_session.csv",
                       "event_id,date,start,end\nEVX,3.6.2024,13:00,15:00\n", 1, 0, 0);
        m_db.import_ok("attendance", "other_attendance.csv",
                       "event_id,date,employee_id\nEVX,3.6.2024,B1\n", 1, 0, 0);
        m_before = attendance_count();
        m_file = m_db.write("attendance.csv", m_bulk.attendance);
    }

    const CliDatabase& db() const { return m_db; }
    const std::filesystem::path& file() const { return m_file; }
    long before() const { return m_before; }
    long whole() const { return m_before + m_bulk.rows; }
    int rows() const { return m_bulk.rows; }

    long attendance_count() const {
        return std::stol(m_db.query("SELECT COUNT(*) FROM attendance"));
    }

    std::vector<std::string> import_args() const {
        return {"--db", m_db.locator(), "import", "attendance", m_file.string()};
    }

    // The size of SQLite's write-ahead log: pages a killed import had written, not yet
    // checkpointed into the database file (0 on PostgreSQL).
    std::uintmax_t wal_bytes() const {
        std::error_code ec;
        const auto size = std::filesystem::file_size(m_db.locator() + "-wal", ec);
        return ec ? 0 : size;
    }

    // Takes the file's rows out again, so the next kill meets the same database as before.
    void undo_import() const {
        m_db.query(
            "DELETE FROM attendance WHERE session_id IN (SELECT s.id FROM sessions s JOIN events "
            "e ON e.id = s.event_id WHERE e.code = 'EVB')");
        BOOST_TEST_REQUIRE(attendance_count() == m_before);
    }

    // Runs the whole import once, to completion, and returns how long it took.
    std::chrono::microseconds timed_import() const {
        const auto start = std::chrono::steady_clock::now();
        const auto r = run_cli(import_args());
        const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - start);
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
        BOOST_TEST_REQUIRE(attendance_count() == whole());
        return took;
    }

  private:
    CliDatabase m_db;
    BulkAttendance m_bulk;
    long m_before = 0;
    std::filesystem::path m_file;
};

// What one kill left behind, checked: intact, and none or all of the import.
enum class Left { nothing, everything };

Left check_after_kill(const CrashRig& rig, const Ending& ending) {
    if (!testing_postgresql()) {
        BOOST_TEST(rig.db().query("PRAGMA integrity_check") == "ok\n");
    }
    const long count = rig.attendance_count();
    BOOST_TEST((count == rig.before() || count == rig.whole()),
               "attendance rows: " << count << ", expected " << rig.before() << " (none) or "
                                   << rig.whole() << " (all)");
    if (!ending.killed) {
        BOOST_TEST(ending.exit_code == 0, "the import exited by itself with " << ending.exit_code);
        BOOST_TEST(count == rig.whole());
    }
    return count == rig.whole() ? Left::everything : Left::nothing;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(crash_safety)

BOOST_AUTO_TEST_CASE(an_import_killed_at_any_moment_leaves_none_or_all_of_it) {
    const std::uint64_t seed = crash_seed();
    BOOST_TEST_MESSAGE("crash_safety seed " << seed << " (replay with POLKU_CRASH_SEED=" << seed
                                            << ")");
    CrashRig rig(file_size_for_backend());
    // The window the kills are drawn from: the measured import, shortened whenever an import
    // finishes before its kill (the first measurement may have run on a busier machine).
    auto window = rig.timed_import();
    rig.undo_import();
    BOOST_TEST_MESSAGE("import of " << rig.rows() << " rows ("
                                    << std::filesystem::file_size(rig.file()) << " bytes) took "
                                    << window.count() / 1000 << " ms");

    std::mt19937_64 random(seed);
    int left_nothing = 0;
    int killed_with_wal_written = 0;
    for (int kill = 1; kill <= kKills; ++kill) {
        const std::chrono::microseconds delay(random() %
                                              static_cast<std::uint64_t>(window.count()));
        BOOST_TEST_CONTEXT("POLKU_CRASH_SEED=" << seed << ", kill " << kill << " of " << kKills
                                               << " after " << delay.count() << " µs of "
                                               << window.count() << " µs") {
            const auto log = rig.db().dir() / ("killed_import_" + std::to_string(kill) + ".log");
            const Ending ending = run_and_kill(rig.import_args(), delay, log);
            killed_with_wal_written += rig.wal_bytes() > 0 ? 1 : 0;
            if (!ending.killed) {
                window = std::min(window, ending.elapsed);
            }
            if (check_after_kill(rig, ending) == Left::everything) {
                rig.undo_import();
            } else {
                ++left_nothing;
            }
        }
    }
    BOOST_TEST_MESSAGE(left_nothing << " kills left nothing of the import, "
                                    << kKills - left_nothing << " all of it");
    if (!testing_postgresql()) {
        BOOST_TEST_MESSAGE(killed_with_wal_written
                           << " kills found pages in SQLite's write-ahead log (killed during or "
                              "after the commit's writes)");
    }
    // Kills spread over the import's duration land before its commit nearly every time; if
    // they did not, the kills above tested nothing.
    BOOST_TEST(left_nothing >= kKills / 2,
               left_nothing << " of " << kKills << " kills landed before the commit");

    const auto r = run_cli(rig.import_args());
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST_REQUIRE(r.exit_code == 0);
        BOOST_TEST(r.out == counts_line(rig.file(), rig.rows(), 0, 0, rig.rows()));
    }
    BOOST_TEST(rig.attendance_count() == rig.whole());
    if (!testing_postgresql()) {
        BOOST_TEST(rig.db().query("PRAGMA integrity_check") == "ok\n");
    }
}

BOOST_AUTO_TEST_SUITE_END()
