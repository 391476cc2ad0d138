#include "app/import_service.hpp"

#include <optional>

#include "app/csv_reader.hpp"
#include "app/sha256.hpp"
#include "app/today.hpp"
#include "core/cancellation.hpp"
#include "core/message.hpp"
#include "db/audit_log.hpp"
#include "db/database.hpp"

namespace polku::app {

namespace {

int current_year() {
    return static_cast<int>(today().year());
}

}  // namespace

ImportResult import_file(db::Database& db, ImportKind kind, const std::string& path,
                         const ImportOptions& options) {
    CsvReader reader(path);
    ErrorList errors(path);
    const RowContext context{current_year()};
    std::optional<HeaderBinding> binding;
    ImportResult result;
    result.dry_run = options.dry_run;

    db.prepare_for_bulk_write();
    db::Transaction transaction(db);
    // The rows of the records the import updates, with the time and actor of its own row.
    db::AuditBatch updates(db, db::import_stamp(db));
    // Declared after the transaction, so that on an error it is destroyed first: an importer
    // may still be writing on a thread of its own, and nothing may be written after the
    // rollback.
    std::unique_ptr<db::RecordImporter> importer;
    std::size_t since_progress = 0;
    const bool complete = reader.read(
        [&](const std::vector<std::string>& fields, std::size_t line) {
            if (!binding) {
                binding.emplace(import_columns(kind), fields, errors);
                if (binding->readable()) {
                    importer =
                        db::make_record_importer(kind, db, *binding, errors, context, &updates);
                }
                return;
            }
            ++result.records;
            if (importer) {
                importer->add(fields, line);
            }
            if (++since_progress == 4096) {
                since_progress = 0;
                // Thrown through the reader: the importer goes first, then the transaction
                // rolls back (the order of their declarations above).
                if (options.stop.stop_requested()) {
                    throw Cancelled();
                }
                if (options.progress) {
                    options.progress(reader.bytes_read(), reader.file_size());
                }
            }
        },
        errors);
    if (!binding && errors.empty()) {
        errors.add(
            1, "",
            message(N_("the file is empty; the first line must be a header naming the columns, "
                       "at least {}"),
                    required_columns_list(import_columns(kind))));
    }
    if (options.stop.stop_requested()) {
        throw Cancelled();
    }
    if (complete && importer) {
        result.counts = importer->finish();
    }
    if (!errors.empty()) {
        throw InputErrors(errors.sorted());
    }
    if (options.stop.stop_requested()) {
        throw Cancelled();
    }
    if (options.dry_run) {
        transaction.rollback();
    } else {
        // The rows of the updated records, then one for the whole file, committed with it.
        updates.flush();
        db::record_import(db, updates.stamp(), std::string(import_kind_name(kind)), path,
                          sha256_of_file(path), result.counts);
        transaction.commit();
    }
    if (options.progress) {
        options.progress(reader.file_size(), reader.file_size());
    }
    return result;
}

}  // namespace polku::app
