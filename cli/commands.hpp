#pragma once
// The commands of polku-cli. Each returns the process exit code and throws PolkuErrors,
// which error_report turns into messages and codes.

#include <optional>
#include <string>

namespace polku::cli {

struct GlobalOptions {
    std::string db;  // --db: SQLite path or postgresql:// URI; empty for the default file
};

int run_init(const GlobalOptions& global);
int run_demo(const GlobalOptions& global);

struct ImportArgs {
    std::string kind;
    std::string file;
    bool dry_run = false;
};
int run_import(const GlobalOptions& global, const ImportArgs& args);

struct ReportArgs {
    std::string kind;
    std::string supervisor;
    std::string project;
    std::string from;
    std::string to;
    std::string format;
    std::string output;     // empty or "-": standard output
    std::string csv_style;  // finnish (default) or machine
    std::string table;      // csv: the one table to write
    std::string lang;       // fi or en; empty: from the environment
    std::string person;     // transcript: employee id
    std::string event;      // signin: event id
    std::string date;       // signin: the session's date
    std::string start;      // signin: the session's start, when the day has several
    bool snapshot = false;  // monitoring: keep the figures to verify later
};
int run_report(const GlobalOptions& global, const ReportArgs& args);

struct BackupArgs {
    std::string file;  // backup: the copy to write; restore: the copy to read
};
int run_backup(const GlobalOptions& global, const BackupArgs& args);
int run_restore(const GlobalOptions& global, const BackupArgs& args);

struct CopyArgs {
    std::string to;  // the target database: a postgresql:// URI or a new SQLite file
};
int run_copy(const GlobalOptions& global, const CopyArgs& args);

struct GrantArgs {
    std::string user;
    std::string role;                   // hr, supervisor or auditor
    std::optional<std::string> person;  // the employee id a supervisor's login signs off as
};
int run_grant(const GlobalOptions& global, const GrantArgs& args);

struct PersonArgs {
    std::string employee_id;
    std::string output;  // -o FILE; empty or -: standard output
    bool yes = false;    // erase: confirmed on the command line
};
int run_person_export(const GlobalOptions& global, const PersonArgs& args);
int run_person_erase(const GlobalOptions& global, const PersonArgs& args);

int run_snapshots_verify(const GlobalOptions& global);

struct LockArgs {
    std::string project;
    std::string to;  // lock: the last day locked; unlock: the last day still locked (empty: none)
    std::string reason;
};
int run_lock(const GlobalOptions& global, const LockArgs& args);
int run_unlock(const GlobalOptions& global, const LockArgs& args);
int run_locks(const GlobalOptions& global);

}  // namespace polku::cli
