// polku-cli backup FILE and restore FILE: a restored copy gives byte-identical reports; a
// backup taken while another program writes is one committed state; restore never
// overwrites a database with data and refuses what is not a Polku backup; a backup that
// cannot be written leaves nothing behind. On PostgreSQL both commands exit 2 and name the
// pg_dump and pg_restore commands to use, which the test then runs.

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli/cli_support.hpp"

using namespace polku::test;
using namespace polku::test::cli;
namespace fs = std::filesystem;

namespace {

struct OnSqlite {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
        return !testing_postgresql();
    }
};
struct OnPostgresql {
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
        return testing_postgresql();
    }
};

// A database filled by `demo`.
struct DemoDatabase {
    CliDatabase db;
    DemoDatabase() {
        const auto r = db.run({"demo"});
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    }
};

std::string report_json(const std::string& locator, const std::string& kind) {
    const auto r = run_cli({"--db", locator, "report", kind, "--format", "json"});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    return r.out;
}

// The names in `folder` starting with '.': what a backup's temporary file would leave.
std::vector<std::string> hidden_files(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const auto name = entry.path().filename().string();
        if (name.front() == '.') {
            names.push_back(name);
        }
    }
    return names;
}

std::string sqlite(const fs::path& file, const std::string& sql) {
    const auto r = run_process({"sqlite3", "-batch", "-bail", file.string(), sql});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    return r.out;
}

// The sqlite3 shell in another process, fed statements through a pipe as it runs, so that
// it can hold a transaction open while the test does something else.
class SqliteShell {
  public:
    SqliteShell(const fs::path& database, const fs::path& log) {
        int pipe_fds[2];
        BOOST_TEST_REQUIRE(::pipe2(pipe_fds, O_CLOEXEC) == 0);
        std::string program = "sqlite3", batch = "-batch", path = database.string();
        char* argv[] = {program.data(), batch.data(), path.data(), nullptr};
        const std::string log_path = log.string();
        m_pid = ::fork();
        BOOST_TEST_REQUIRE(m_pid >= 0, "fork failed");
        if (m_pid == 0) {
            const int out = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            ::dup2(pipe_fds[0], STDIN_FILENO);
            ::dup2(out, STDOUT_FILENO);
            ::dup2(out, STDERR_FILENO);
            ::execvp(argv[0], argv);
            ::_exit(127);
        }
        ::close(pipe_fds[0]);
        m_input = pipe_fds[1];
    }
    ~SqliteShell() {
        if (m_pid > 0) {
            finish();
        }
    }
    SqliteShell(const SqliteShell&) = delete;
    SqliteShell& operator=(const SqliteShell&) = delete;

    void send(const std::string& lines) const {
        BOOST_TEST_REQUIRE(::write(m_input, lines.data(), lines.size()) ==
                           static_cast<ssize_t>(lines.size()));
    }
    // Ends its input and returns its exit code.
    int finish() {
        ::close(m_input);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

  private:
    pid_t m_pid = -1;
    int m_input = -1;
};

bool wait_for_file(const fs::path& path, std::chrono::seconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!fs::exists(path)) {
        if (std::chrono::steady_clock::now() > until) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

// Hands `path` to the user the unprivileged runs are made as (nobody), when running as root.
void give_to_unprivileged_user(const fs::path& path) {
    if (!running_as_root()) {
        return;
    }
    const passwd* nobody = ::getpwnam("nobody");
    BOOST_TEST_REQUIRE(nobody != nullptr, "there is no user 'nobody'");
    BOOST_TEST_REQUIRE(::chown(path.c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
}

// "postgresql://postgres@127.0.0.1:PORT/NAME" → " -h 127.0.0.1 -p PORT -U postgres" and NAME
// (the form TestDatabase makes).
struct PgAddress {
    std::string options;
    std::string name;
    explicit PgAddress(const std::string& uri) {
        const auto user_begin = uri.find("://") + 3;
        const auto at = uri.find('@', user_begin);
        const auto colon = uri.find(':', at);
        const auto slash = uri.find('/', colon);
        options = " -h " + uri.substr(at + 1, colon - at - 1) + " -p " +
                  uri.substr(colon + 1, slash - colon - 1) + " -U " +
                  uri.substr(user_begin, at - user_begin);
        name = uri.substr(slash + 1);
    }
};

// The line of `text` that starts with `prefix` after its indentation.
std::string command_line(const std::string& text, const std::string& prefix) {
    for (const auto& line : lines_of(text)) {
        if (starts_with(line, "    " + prefix)) {
            return line.substr(4);
        }
    }
    BOOST_TEST_REQUIRE(false, "no line '    " << prefix << "…' in:\n" << text);
    return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(backup)

BOOST_AUTO_TEST_CASE(a_restored_backup_gives_byte_identical_reports,
                     *boost::unit_test::precondition(OnSqlite())) {
    DemoDatabase demo;
    const auto copy = demo.db.dir() / "osku-backup.sqlite";
    const auto b = demo.db.run({"backup", copy.string()});
    BOOST_TEST_CONTEXT(describe(b)) {
        BOOST_TEST_REQUIRE(b.exit_code == 0);
        BOOST_TEST(b.out ==
                   "backup of " + demo.db.locator() + " written to " + copy.string() + "\n");
        BOOST_TEST(b.err == "");
    }
    BOOST_TEST(mode_of(copy) == 0600u);
    BOOST_TEST(hidden_files(demo.db.dir()).empty());
    // One self-contained file: no write-ahead log needed beside it.
    BOOST_TEST(sqlite(copy, "PRAGMA journal_mode") == "delete\n");
    BOOST_TEST(sqlite(copy, "PRAGMA integrity_check") == "ok\n");

    // Into a folder that does not exist yet, as on a new machine.
    const auto restored = demo.db.dir() / "new-machine" / "polku.sqlite";
    const auto r = run_cli({"--db", restored.string(), "restore", copy.string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST_REQUIRE(r.exit_code == 0);
        BOOST_TEST(r.out == "restored " + copy.string() + " " + schema_version_note() + " into " +
                                restored.string() + " " + schema_version_note() + "\n");
        BOOST_TEST(r.err == "");
    }
    BOOST_TEST(mode_of(restored) == 0600u);
    for (const char* kind : {"monitoring", "ledger"}) {
        BOOST_TEST_CONTEXT("report " << kind) {
            const auto original = report_json(demo.db.locator(), kind);
            BOOST_TEST(original.size() > 1000u);
            BOOST_TEST(report_json(restored.string(), kind) == original);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_backup_never_replaces_an_existing_file,
                     *boost::unit_test::precondition(OnSqlite())) {
    CliDatabase db;
    db.init();
    const auto copy = db.write("backup.sqlite", "an older backup\n");
    const auto r = db.run({"backup", copy.string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.out == "");
        BOOST_TEST(r.err == "polku-cli: the backup file " + copy.string() +
                                " already exists and is never replaced; give a new file name or "
                                "remove the old one first\n");
    }
    BOOST_TEST(read_file(copy) == "an older backup\n");
    BOOST_TEST(hidden_files(db.dir()).empty());
}

BOOST_AUTO_TEST_CASE(a_backup_of_a_missing_database_exits_3_and_creates_nothing,
                     *boost::unit_test::precondition(OnSqlite())) {
    TempDir dir;
    const auto missing = dir / "missing.sqlite";
    const auto r = run_cli({"--db", missing.string(), "backup", (dir / "copy.sqlite").string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 3);
        BOOST_TEST(r.err == "polku-cli: there is no database at " + missing.string() +
                                "; give the database to back up with --db PATH\n");
    }
    BOOST_TEST(fs::is_empty(dir.path()));
}

BOOST_AUTO_TEST_CASE(
    a_backup_while_another_program_holds_a_write_transaction_is_the_committed_state,
    *boost::unit_test::precondition(OnSqlite())) {
    CliDatabase db;
    seed(db);
    const std::string committed = db.snapshot();
    const auto ready = db.dir() / "transaction-open";

    // 50,000 rows through a page cache of 50 pages: SQLite writes uncommitted pages to the
    // write-ahead log while the transaction stays open, and the backup must skip them.
    SqliteShell writer(db.locator(), db.dir() / "sqlite3.log");
    writer.send(
        "PRAGMA cache_size = 50;\n"
        "BEGIN IMMEDIATE;\n"
        "INSERT INTO organisations (name) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + "
        "1 FROM n WHERE i < 50000) SELECT 'Uncommitted ' || i FROM n;\n"
        ".shell touch " +
        ready.string() + "\n");
    BOOST_TEST_REQUIRE(
        wait_for_file(ready, std::chrono::seconds(30)),
        "sqlite3 did not open its transaction: " << read_file(db.dir() / "sqlite3.log"));

    BOOST_TEST(fs::file_size(db.locator() + "-wal") > 0u);

    const auto copy = db.dir() / "backup.sqlite";
    const auto b = db.run({"backup", copy.string()});
    BOOST_TEST_REQUIRE(b.exit_code == 0, describe(b));
    writer.send("COMMIT;\n");
    BOOST_TEST_REQUIRE(writer.finish() == 0, read_file(db.dir() / "sqlite3.log"));
    // The writer's rows were real and are committed now; the backup holds none of them.
    BOOST_TEST(db.query("SELECT COUNT(*) FROM organisations WHERE name LIKE 'Uncommitted %'") ==
               "50000\n");
    BOOST_TEST(sqlite(copy, "PRAGMA integrity_check") == "ok\n");

    CliDatabase restored;
    const auto r = restored.run({"restore", copy.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    BOOST_TEST(restored.snapshot() == committed);
}

BOOST_AUTO_TEST_CASE(restore_into_a_database_made_by_init_alone,
                     *boost::unit_test::precondition(OnSqlite())) {
    DemoDatabase demo;
    const auto copy = demo.db.dir() / "backup.sqlite";
    BOOST_TEST_REQUIRE(demo.db.run({"backup", copy.string()}).exit_code == 0);
    CliDatabase target;
    target.init();
    const auto r = target.run({"restore", copy.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    BOOST_TEST(target.snapshot() == demo.db.snapshot());
}

BOOST_AUTO_TEST_CASE(restore_never_overwrites_a_database_with_data,
                     *boost::unit_test::precondition(OnSqlite())) {
    DemoDatabase demo;
    const auto copy = demo.db.dir() / "backup.sqlite";
    BOOST_TEST_REQUIRE(demo.db.run({"backup", copy.string()}).exit_code == 0);
    CliDatabase target;
    seed(target);
    const std::string before = target.snapshot();

    const auto r = target.run({"restore", copy.string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.out == "");
        BOOST_TEST(r.err == "polku-cli: " + target.locator() +
                                " already holds data (table attendance has rows) and is never "
                                "overwritten; nothing was changed. Restore into a new file with "
                                "--db NEW_FILE, or move the database away first\n");
    }
    BOOST_TEST(target.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(restore_refuses_a_file_that_is_not_a_database,
                     *boost::unit_test::precondition(OnSqlite())) {
    CliDatabase target;
    const auto text = target.write("notes.sqlite", std::string(8192, 'x'));
    const auto r = target.run({"restore", text.string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.err == "polku-cli: " + text.string() +
                                " is not a Polku backup: it cannot be read as an SQLite database "
                                "(file is not a database); give a file written by polku-cli "
                                "backup\n");
    }
    BOOST_TEST(!fs::exists(target.locator()));
    BOOST_TEST(read_file(text) == std::string(8192, 'x'));
}

BOOST_AUTO_TEST_CASE(restore_refuses_an_sqlite_database_that_is_not_polkus,
                     *boost::unit_test::precondition(OnSqlite())) {
    CliDatabase target;
    const auto other = target.dir() / "other.sqlite";
    sqlite(other, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Aino')");
    const auto r = target.run({"restore", other.string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.err == "polku-cli: " + other.string() +
                                " is not a Polku backup: it is an SQLite database without "
                                "Polku's schema_version table; give a file written by polku-cli "
                                "backup\n");
    }
    BOOST_TEST(!fs::exists(target.locator()));
}

BOOST_AUTO_TEST_CASE(restore_of_a_missing_file_exits_1_and_creates_nothing,
                     *boost::unit_test::precondition(OnSqlite())) {
    CliDatabase target;
    const auto missing = target.dir() / "no-such-backup.sqlite";
    const auto r = target.run({"restore", missing.string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.err == "polku-cli: the backup file " + missing.string() +
                                " does not exist; give the path of a file written by polku-cli "
                                "backup\n");
    }
    BOOST_TEST(!fs::exists(target.locator()));
}

BOOST_AUTO_TEST_CASE(a_backup_into_a_folder_that_is_not_writable_fails_and_leaves_nothing,
                     *boost::unit_test::precondition(OnSqlite())) {
    // Run as nobody: root writes into any folder (platform.md). nobody owns the database's
    // folder and may read the database, but may not write into `locked`.
    TempDir dir;
    fs::permissions(dir.path(), fs::perms(0755));
    const auto own = dir / "own";
    fs::create_directory(own);
    give_to_unprivileged_user(own);
    const auto locked = dir / "locked";
    fs::create_directory(locked);
    fs::permissions(locked, fs::perms(0555));
    const RunOptions as_nobody{{}, true, {}};
    const auto database = (own / "polku.sqlite").string();
    const auto init = run_cli({"--db", database, "init"}, as_nobody);
    BOOST_TEST_REQUIRE(init.exit_code == 0, describe(init));

    const auto target = locked / "backup.sqlite";
    const auto r = run_cli({"--db", database, "backup", target.string()}, as_nobody);
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.out == "");
        BOOST_TEST(r.err == "polku-cli: cannot write the backup " + target.string() +
                                ": Permission denied; choose a folder you may write to\n");
    }
    BOOST_TEST(fs::is_empty(locked));

    // The same backup into a folder nobody may write to works: the folder was the reason.
    const auto allowed =
        run_cli({"--db", database, "backup", (own / "backup.sqlite").string()}, as_nobody);
    BOOST_TEST(allowed.exit_code == 0, describe(allowed));
    fs::permissions(locked, fs::perms(0755));
}

BOOST_AUTO_TEST_CASE(on_postgresql_backup_and_restore_name_pg_dump_and_pg_restore,
                     *boost::unit_test::precondition(OnPostgresql())) {
    DemoDatabase demo;
    const PgAddress source(demo.db.locator());
    const auto dump = demo.db.dir() / "osku.dump";
    const auto b = demo.db.run({"backup", dump.string()});
    BOOST_TEST_CONTEXT(describe(b)) {
        BOOST_TEST_REQUIRE(b.exit_code == 2);
        BOOST_TEST(b.out == "");
        BOOST_TEST(starts_with(b.err,
                               "polku-cli: backup copies SQLite databases only; back up "
                               "the PostgreSQL database " +
                                   source.name + " with the server's own tool:\n"));
        BOOST_TEST(command_line(b.err, "pg_dump") ==
                   "pg_dump -Fc" + source.options + " -f " + dump.string() + " " + source.name);
    }
    BOOST_TEST(!fs::exists(dump));

    // The commands named are the ones that work: run them, then compare the reports.
    const auto dumped = run_process({"sh", "-c", command_line(b.err, "pg_dump")});
    BOOST_TEST_REQUIRE(dumped.exit_code == 0, describe(dumped));
    CliDatabase target;  // a new, empty database: what createdb would make
    const PgAddress restored(target.locator());
    const auto r = target.run({"restore", dump.string()});
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST_REQUIRE(r.exit_code == 2);
        BOOST_TEST(command_line(r.err, "createdb") ==
                   "createdb" + restored.options + " " + restored.name);
        BOOST_TEST(command_line(r.err, "pg_restore") == "pg_restore --exit-on-error --no-owner" +
                                                            restored.options + " -d " +
                                                            restored.name + " " + dump.string());
    }
    const auto loaded = run_process({"sh", "-c", command_line(r.err, "pg_restore")});
    BOOST_TEST_REQUIRE(loaded.exit_code == 0, describe(loaded));
    for (const char* kind : {"monitoring", "ledger"}) {
        BOOST_TEST_CONTEXT("report " << kind) {
            BOOST_TEST(report_json(target.locator(), kind) == report_json(demo.db.locator(), kind));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
