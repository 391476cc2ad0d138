// polku-cli: imports, reports, demo and administration without the desktop.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/error_report.hpp"

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

    ImportArgs import_args;
    auto* import =
        app.add_subcommand("import", "Import a CSV file: all of it, or nothing when it has errors");
    import->add_option("kind", import_args.kind, "What the file holds")
        ->required()
        ->check(CLI::IsMember(
            {"projects", "targets", "people", "events", "sessions", "attendance", "activities"}));
    import->add_option("file", import_args.file, "The CSV file (UTF-8, ',' or ';')")->required();
    import->add_flag("--dry-run", import_args.dry_run,
                     "Check the file and count what would change; write nothing");

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
        return static_cast<int>(kUsage);
    });
}
