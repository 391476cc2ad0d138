#include <unistd.h>

#include <iostream>

#include "app/csv_reader.hpp"
#include "app/import_service.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "db/database_locator.hpp"

namespace polku::cli {

int run_import(const GlobalOptions& global, const ImportArgs& args) {
    const auto kind = import_kind_from_name(args.kind);
    if (!kind) {
        throw InputError("unknown import kind '" + args.kind + "'");
    }
    // A file that cannot be read must not leave a new, empty database behind.
    app::CsvReader{args.file};
    auto db = db::Database::open(db::resolve_locator(global.db));
    app::ImportOptions options;
    options.dry_run = args.dry_run;
    if (::isatty(STDERR_FILENO)) {
        options.progress = [](std::size_t done, std::size_t total) {
            const int percent = total ? static_cast<int>(done * 100 / total) : 100;
            std::cerr << "\rimporting… " << percent << "%" << std::flush;
            if (done >= total) {
                std::cerr << "\r\033[K" << std::flush;
            }
        };
    }
    const auto result = app::import_file(db, *kind, args.file, options);
    const auto& c = result.counts;
    if (result.dry_run) {
        std::cout << args.file << ": dry run, nothing written: " << c.added << " new, " << c.updated
                  << " updated, " << c.unchanged << " unchanged (" << result.records
                  << " records)\n";
    } else {
        std::cout << args.file << ": " << c.added << " new, " << c.updated << " updated, "
                  << c.unchanged << " unchanged (" << result.records << " records)\n";
    }
    return 0;
}

}  // namespace polku::cli
