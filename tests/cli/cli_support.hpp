#pragma once
// Shared pieces of the polku-cli end-to-end tests: running the executable against the test
// run's database (POLKU_TEST_BACKEND), writing input files, and reading the database back
// with the backend's own command-line client (sqlite3 or psql), never through Polku's code.

#include <sys/stat.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "db/database_copy.hpp"
#include "db/migrations.hpp"
#include "tests/support/files.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_database.hpp"

namespace polku::test::cli {

// Runs polku-cli with `args`.
inline ProcessResult run_cli(std::vector<std::string> args, const RunOptions& options = {}) {
    args.insert(args.begin(), POLKU_CLI_PATH);
    return run_process(args, options);
}

// "(schema version N)" as init, backup and restore print it, N the newest schema this build
// knows (db/migrations/NNN_*.sql).
inline std::string schema_version_note() {
    return "(schema version " + std::to_string(polku::db::latest_schema_version()) + ")";
}

// The lines of `text`, without their '\n'.
inline std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto end = text.find('\n', pos);
        if (end == std::string::npos) {
            end = text.size();
        }
        lines.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return lines;
}

// For failure messages: everything the process said.
inline std::string describe(const ProcessResult& r) {
    return "exit code " + std::to_string(r.exit_code) + "\n--- stdout ---\n" + r.out +
           "--- stderr ---\n" + r.err + "--------------";
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

inline bool starts_with(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

// The permission bits of a file or folder.
inline unsigned mode_of(const std::filesystem::path& path) {
    struct stat info {};
    BOOST_REQUIRE_MESSAGE(::stat(path.c_str(), &info) == 0, "cannot stat " << path);
    return info.st_mode & 07777;
}

inline int current_year() {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return static_cast<int>(std::chrono::year_month_day{today}.year());
}

// `text` with the one occurrence of `from` replaced by `to` (a changed copy of a sample file).
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto pos = text.find(from);
    BOOST_REQUIRE_MESSAGE(pos != std::string::npos, "'" << from << "' is not in the text");
    BOOST_REQUIRE_MESSAGE(text.find(from, pos + 1) == std::string::npos,
                          "'" << from << "' is in the text more than once");
    return text.replace(pos, from.size(), to);
}

// What `import` prints on success.
inline std::string counts_line(const std::filesystem::path& file, int added, int updated,
                               int unchanged, int records) {
    return file.string() + ": " + std::to_string(added) + " new, " + std::to_string(updated) +
           " updated, " + std::to_string(unchanged) + " unchanged (" + std::to_string(records) +
           " records)\n";
}

inline std::string dry_run_line(const std::filesystem::path& file, int added, int updated,
                                int unchanged, int records) {
    return file.string() + ": dry run, nothing written: " + std::to_string(added) + " new, " +
           std::to_string(updated) + " updated, " + std::to_string(unchanged) + " unchanged (" +
           std::to_string(records) + " records)\n";
}

// One expected line of a rejected import: `FILE:LINE: column: ...phrase...`. An empty column
// stands for a problem of the whole line (encoding, quoting), printed `FILE:LINE: message`.
struct Problem {
    std::size_t line;
    std::string column;
    std::string phrase;
};

// Checks that `r` is a rejected import of `file` listing exactly `problems`, in this order,
// followed by the summary line, with nothing on stdout and exit code 1.
inline void check_rejected(const ProcessResult& r, const std::filesystem::path& file,
                           const std::vector<Problem>& problems) {
    BOOST_TEST_CONTEXT(describe(r)) {
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.out == "");
        const auto lines = lines_of(r.err);
        BOOST_TEST_REQUIRE(lines.size() == problems.size() + 1);
        for (std::size_t i = 0; i < problems.size(); ++i) {
            const auto& p = problems[i];
            std::string prefix = file.string() + ":" + std::to_string(p.line) + ": ";
            if (!p.column.empty()) {
                prefix += p.column + ": ";
            }
            BOOST_TEST(starts_with(lines[i], prefix), "stderr line " << i + 1 << " '" << lines[i]
                                                                     << "' should start with '"
                                                                     << prefix << "'");
            BOOST_TEST(contains(lines[i], p.phrase), "stderr line " << i + 1 << " '" << lines[i]
                                                                    << "' should contain '"
                                                                    << p.phrase << "'");
        }
        const std::string summary = std::to_string(problems.size()) +
                                    (problems.size() == 1 ? " error" : " errors") +
                                    "; nothing was written.";
        BOOST_TEST(lines.back() == summary);
    }
}

// A fresh, empty database of the run's backend (see TestDatabase), driven through polku-cli.
class CliDatabase {
  public:
    const std::string& locator() const { return m_db.locator(); }
    const std::filesystem::path& dir() const { return m_db.dir(); }

    // polku-cli --db LOCATOR args...
    ProcessResult run(std::vector<std::string> args, const RunOptions& options = {}) const {
        args.insert(args.begin(), {"--db", locator()});
        return run_cli(std::move(args), options);
    }

    void init() const {
        const auto r = run({"init"});
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0, describe(r));
    }

    // Writes an input file into the test's folder and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& content) const {
        const auto path = dir() / name;
        write_file(path, content);
        return path;
    }

    ProcessResult import(const std::string& kind, const std::filesystem::path& file,
                         bool dry_run = false) const {
        std::vector<std::string> args{"import", kind, file.string()};
        if (dry_run) {
            args.emplace_back("--dry-run");
        }
        return run(args);
    }

    // Writes `content` as `name`, imports it and requires the counts printed.
    std::filesystem::path import_ok(const std::string& kind, const std::string& name,
                                    const std::string& content, int added, int updated,
                                    int unchanged) const {
        const auto file = write(name, content);
        const auto r = import(kind, file);
        BOOST_TEST_CONTEXT(describe(r)) {
            BOOST_TEST_REQUIRE(r.exit_code == 0);
            BOOST_TEST(r.out ==
                       counts_line(file, added, updated, unchanged, added + updated + unchanged));
            BOOST_TEST(r.err == "");
        }
        return file;
    }

    // Runs SQL statements with sqlite3 or psql and returns what they print, rows as
    // `a|b|c` lines, NULL as nothing.
    std::string query(const std::vector<std::string>& statements) const {
        std::vector<std::string> argv;
        if (testing_postgresql()) {
            argv = {"psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", locator()};
            for (const auto& s : statements) {
                argv.insert(argv.end(), {"-c", s});
            }
        } else {
            std::string script;
            for (const auto& s : statements) {
                script += s + ";\n";
            }
            argv = {"sqlite3", "-batch", "-bail", locator(), script};
        }
        const auto r = run_process(argv);
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "query failed: " << describe(r));
        return r.out;
    }
    std::string query(const std::string& statement) const {
        return query(std::vector<std::string>{statement});
    }

    // Every row of every table, to compare before and after a command that must not write.
    std::string snapshot() const {
        // Every table a copy moves (db::copied_tables, which a test holds to the schema), and
        // the schema's version; not the audit trail, which records every import, even one
        // that changed nothing (cli_audit_report checks what it holds).
        std::vector<std::string> tables = polku::db::copied_tables();
        tables.erase(std::remove(tables.begin(), tables.end(), "audit_log"), tables.end());
        tables.insert(tables.begin(), "schema_version");
        std::vector<std::string> statements;
        for (const auto& t : tables) {
            statements.push_back("SELECT '== " + t + "'");
            statements.push_back("SELECT * FROM " + t + " ORDER BY 1, 2");
        }
        return query(statements);
    }

  private:
    TestDatabase m_db;
};

// A small project every rejection test can refer to: one project, three people (E1 and E2
// report to E3), two events, EV1 with one session of 360 minutes on 15.3.2024 and EV2 with
// two sessions on 5.4.2024 (09:00 and 13:00), and one attendance mark.
inline const char* const kSeedProjects =
    "code,name,implementer,start,end\n"
    "ESR1,Osaava henkilöstö,Kuopion kaupunki,2024-01-01,2025-12-31\n";
inline const char* const kSeedPeople =
    "employee_id,first_name,last_name,supervisor_id\n"
    "E1,Aino,Aalto,E3\n"
    "E2,Bertta,Berg,E3\n"
    "E3,Cecilia,Carlsson,\n";
inline const char* const kSeedEvents =
    "event_id,project,title,kind\n"
    "EV1,ESR1,Kirjaaminen,course\n"
    "EV2,ESR1,Työhyvinvointi,workshop\n";
inline const char* const kSeedSessions =
    "event_id,date,start,end,break_minutes\n"
    "EV1,15.3.2024,9:00,16:00,60\n"
    "EV2,5.4.2024,9:00,12:00,0\n"
    "EV2,5.4.2024,13:00,16:00,0\n";
inline const char* const kSeedAttendance =
    "event_id,date,start,employee_id,status,minutes\n"
    "EV1,15.3.2024,,E1,present,\n";

inline void seed(const CliDatabase& db) {
    db.init();
    db.import_ok("projects", "seed_projects.csv", kSeedProjects, 1, 0, 0);
    db.import_ok("people", "seed_people.csv", kSeedPeople, 3, 0, 0);
    db.import_ok("events", "seed_events.csv", kSeedEvents, 2, 0, 0);
    db.import_ok("sessions", "seed_sessions.csv", kSeedSessions, 3, 0, 0);
    db.import_ok("attendance", "seed_attendance.csv", kSeedAttendance, 1, 0, 0);
}

// Files for a large attendance import: project ESR1, people B1..Bn, event EVB with one
// session 9:00-10:00 a day from 1.6.2024 (up to 61 days), and everyone's attendance at every
// session; with `mixed_status` the status cycles present, partial (p minutes for person Bp),
// absent, excused.
struct BulkAttendance {
    std::string projects = "code,name\nESR1,Hanke\n";
    std::string events = "event_id,project,title,kind\nEVB,ESR1,Kurssi,course\n";
    std::string people = "employee_id,first_name,last_name\n";
    std::string sessions = "event_id,date,start,end\n";
    std::string attendance;
    int rows = 0;

    BulkAttendance(int person_count, int day_count, bool mixed_status) {
        attendance = mixed_status ? "event_id,date,employee_id,status,minutes\n"
                                  : "event_id,date,employee_id\n";
        static const char* const statuses[] = {",present,", ",partial,", ",absent,", ",excused,"};
        for (int p = 1; p <= person_count; ++p) {
            people += "B" + std::to_string(p) + ",Etu" + std::to_string(p) + ",Suku\n";
        }
        for (int d = 1; d <= day_count; ++d) {
            const std::string date =
                d <= 30 ? std::to_string(d) + ".6.2024" : std::to_string(d - 30) + ".7.2024";
            sessions += "EVB," + date + ",9:00,10:00\n";
            for (int p = 1; p <= person_count; ++p) {
                attendance += "EVB," + date + ",B" + std::to_string(p);
                if (mixed_status) {
                    const int s = rows % 4;
                    attendance += statuses[s];
                    if (s == 1) {
                        attendance += std::to_string(p);
                    }
                }
                attendance += "\n";
                ++rows;
            }
        }
    }

    // Imports everything but the attendance.
    void import_references(const CliDatabase& db, int person_count, int day_count) const {
        db.import_ok("projects", "bulk_projects.csv", projects, 1, 0, 0);
        db.import_ok("people", "bulk_people.csv", people, person_count, 0, 0);
        db.import_ok("events", "bulk_events.csv", events, 1, 0, 0);
        db.import_ok("sessions", "bulk_sessions.csv", sessions, day_count, 0, 0);
    }
};

// One seeded database shared by the tests whose command must not write: each checks that the
// database is exactly as seeded afterwards; if it is not, the database is thrown away and
// the next test seeds a new one, so one failure does not spread. Dropped at the end of the
// run by the global fixture in cli_import_errors_test.cpp.
class SharedSeededDatabase {
  public:
    static SharedSeededDatabase& get() {
        auto& s = slot();
        if (!s) {
            s.reset(new SharedSeededDatabase());
        }
        return *s;
    }
    static void drop() { slot().reset(); }

    const CliDatabase& db() const { return m_db; }

    // Checks the database is as seeded; throws it away if not.
    static void check_unchanged() {
        auto& s = slot();
        BOOST_TEST_REQUIRE(s.get() != nullptr);
        const std::string now = s->m_db.snapshot();
        const bool unchanged = now == s->m_seeded;
        BOOST_TEST_CONTEXT("the command must not have written to the database") {
            BOOST_TEST(now == s->m_seeded);
        }
        if (!unchanged) {
            drop();
        }
    }

  private:
    SharedSeededDatabase() {
        seed(m_db);
        m_seeded = m_db.snapshot();
    }
    static std::unique_ptr<SharedSeededDatabase>& slot() {
        static std::unique_ptr<SharedSeededDatabase> instance;
        return instance;
    }

    CliDatabase m_db;
    std::string m_seeded;
};

// Imports `content` (as file `name`) into the shared seeded database and checks the import is
// refused with exactly `problems` and writes nothing.
inline void expect_rejected(const std::string& kind, const std::string& name,
                            const std::string& content, const std::vector<Problem>& problems,
                            bool dry_run = false) {
    const auto& db = SharedSeededDatabase::get().db();
    const auto file = db.write(name, content);
    const auto r = db.import(kind, file, dry_run);
    SharedSeededDatabase::check_unchanged();
    check_rejected(r, file, problems);
}

}  // namespace polku::test::cli
