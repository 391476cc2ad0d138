// polku-cli: imports, reports, demo and administration without the desktop.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/error_report.hpp"
#include "core/import_kind.hpp"

int main(int argc, char** argv) {
    using namespace polku::cli;
    CLI::App app{
        "polku-cli: staff training records for ESF projects (imports, reports, administration)",
        "polku-cli"};
    app.set_version_flag("--version", "polku-cli " POLKU_VERSION);
    app.require_subcommand(1);
    app.fallthrough();

    GlobalOptions global;
    app.add_option(
        "--db", global.db,
        "SQLite database file, or a postgresql://user@host:port/name URI for the shared server "
        "(default: $XDG_DATA_HOME/polku/polku.sqlite)");

    auto* init = app.add_subcommand("init", "Create the database, or bring its schema up to date");

    auto* demo = app.add_subcommand(
        "demo", "Fill the database with a realistic sample project (OSKU, S10873)");

    ImportArgs import_args;
    auto* import =
        app.add_subcommand("import", "Import a CSV file: all of it, or nothing when it has errors");
    import->add_option("kind", import_args.kind, "What the file holds")
        ->required()
        ->check(CLI::IsMember(std::vector<std::string>(polku::import_kind_names().begin(),
                                                       polku::import_kind_names().end())));
    import->add_option("file", import_args.file, "The CSV file (UTF-8, ',' or ';')")->required();
    import->add_flag("--dry-run", import_args.dry_run,
                     "Check the file and count what would change; write nothing");

    ReportArgs report_args;
    auto* report = app.add_subcommand("report", "Write a report");
    report->add_option("kind", report_args.kind, "Which report")
        ->required()
        ->check(CLI::IsMember({"monitoring", "ledger", "transcript", "signin", "paths", "audit"}));
    report->add_option("--project", report_args.project,
                       "Project code (default: the only project)");
    report->add_option("--from", report_args.from,
                       "First day of the period (default: the project's start)");
    report->add_option("--to", report_args.to,
                       "Last day of the period (default: the project's end)");
    report->add_option("--format", report_args.format, "Output format")
        ->required()
        ->check(CLI::IsMember({"json", "csv", "xlsx", "pdf", "html"}));
    report
        ->add_option("--lang", report_args.lang,
                     "Language of labels in xlsx, pdf and html: fi or en (default: from LANG)")
        ->check(CLI::IsMember({"fi", "en"}));
    report
        ->add_option("--csv-style", report_args.csv_style,
                     "csv: finnish (default: BOM, ';', decimal comma, 15.3.2024) or machine (',', "
                     "ISO dates)")
        ->check(CLI::IsMember({"finnish", "machine"}));
    report->add_option(
        "--table", report_args.table,
        "csv: write only this table (monitoring: summary, target_groups, kinds, esf_indicators, "
        "targets; paths: matrix, progress, overdue)");
    report->add_option("--person", report_args.person,
                       "transcript: the person's employee id; audit: only changes about them");
    report->add_flag("--snapshot", report_args.snapshot,
                     "monitoring: keep the figures sent, to check later with snapshots verify");
    report->add_option("--supervisor", report_args.supervisor,
                       "paths: the supervisor's employee id (everyone below them)");
    report->add_option("--event", report_args.event, "signin: the event's id");
    report->add_option("--date", report_args.date, "signin: the session's date");
    report->add_option(
        "--start", report_args.start,
        "signin: the session's start time, when the event has two sessions that day");
    report->add_option("-o,--output", report_args.output,
                       "Output file (default or -: standard output)");

    BackupArgs backup_args;
    auto* backup = app.add_subcommand(
        "backup", "Copy the SQLite database into a new FILE (PostgreSQL: use pg_dump -Fc)");
    backup->add_option("file", backup_args.file, "The backup file to write; never replaced")
        ->required();
    BackupArgs restore_args;
    auto* restore = app.add_subcommand(
        "restore", "Copy a backup FILE into --db, which must be new or hold no data");
    restore->add_option("file", restore_args.file, "A file written by polku-cli backup")
        ->required();
    CopyArgs copy_args;
    auto* copy = app.add_subcommand(
        "copy",
        "Copy every row of --db into another, empty database (a local SQLite file onto "
        "the shared server), then compare every report on both");
    copy->add_option("--to", copy_args.to, "The target: postgresql://… or a new SQLite file")
        ->required();
    auto* person = app.add_subcommand("person", "Everything held about one person (GDPR)");
    person->require_subcommand(1);
    PersonArgs person_args;
    auto* person_export = person->add_subcommand(
        "export", "Write everything the database holds about a person as JSON");
    person_export->add_option("employee_id", person_args.employee_id, "The person's employee id")
        ->required();
    person_export->add_option("-o,--output", person_args.output,
                              "Output file, written readable by you only (default: standard "
                              "output)");
    auto* person_erase = person->add_subcommand(
        "erase",
        "Replace a person's identifying data with a pseudonym, everywhere, keeping every "
        "figure: cannot be undone");
    person_erase->add_option("employee_id", person_args.employee_id, "The person's employee id")
        ->required();
    person_erase->add_flag("--yes", person_args.yes,
                           "Erase without asking (needed when standard input is not a terminal)");
    auto* snapshots = app.add_subcommand("snapshots", "Report snapshots kept with --snapshot");
    snapshots->require_subcommand(1);
    auto* snapshots_verify = snapshots->add_subcommand(
        "verify", "Write each kept report again and list every figure that has changed since");
    LockArgs lock_args;
    auto* lock = app.add_subcommand(
        "lock",
        "Lock a project's period once a payment application is sent: entries dated on or "
        "before --to, and what they are counted by, can no longer change");
    lock->add_option("--project", lock_args.project, "Project code")->required();
    lock->add_option("--to", lock_args.to, "The last day locked (a lock only moves forward)")
        ->required();
    lock->add_option("--reason", lock_args.reason, "Why (kept in the audit trail)")->required();
    LockArgs unlock_args;
    auto* unlock = app.add_subcommand(
        "unlock", "Lift a project's period lock, or with --to lower it, giving the reason");
    unlock->add_option("--project", unlock_args.project, "Project code")->required();
    unlock->add_option("--to", unlock_args.to,
                       "The last day that stays locked (default: the lock is removed)");
    unlock->add_option("--reason", unlock_args.reason, "Why (kept in the audit trail)")->required();
    auto* locks = app.add_subcommand("locks", "List the projects' period locks");

    auto* server = app.add_subcommand("server", "Administer the shared PostgreSQL server");
    server->require_subcommand(1);
    GrantArgs grant_args;
    auto* grant = server->add_subcommand(
        "grant", "Give a login one role: hr edits, supervisor reads and signs off, auditor reads");
    grant->add_option("user", grant_args.user, "An existing login role on the server")->required();
    grant->add_option("--role", grant_args.role, "hr, supervisor or auditor")
        ->required()
        ->check(CLI::IsMember({"hr", "supervisor", "auditor"}));
    grant->add_option("--person", grant_args.person,
                      "For a supervisor: the employee id of the person the login signs off as");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kOk : kUsage;
    }
    return run_reporting_errors([&] {
        if (init->parsed()) {
            return run_init(global);
        }
        if (import->parsed()) {
            return run_import(global, import_args);
        }
        if (demo->parsed()) {
            return run_demo(global);
        }
        if (report->parsed()) {
            return run_report(global, report_args);
        }
        if (backup->parsed()) {
            return run_backup(global, backup_args);
        }
        if (restore->parsed()) {
            return run_restore(global, restore_args);
        }
        if (copy->parsed()) {
            return run_copy(global, copy_args);
        }
        if (person_export->parsed()) {
            return run_person_export(global, person_args);
        }
        if (person_erase->parsed()) {
            return run_person_erase(global, person_args);
        }
        if (snapshots_verify->parsed()) {
            return run_snapshots_verify(global);
        }
        if (lock->parsed()) {
            return run_lock(global, lock_args);
        }
        if (unlock->parsed()) {
            return run_unlock(global, unlock_args);
        }
        if (locks->parsed()) {
            return run_locks(global);
        }
        if (grant->parsed()) {
            return run_grant(global, grant_args);
        }
        return static_cast<int>(kUsage);
    });
}
