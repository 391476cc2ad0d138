#include "app/desktop_backups.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/backup.hpp"
#include "db/database_locator.hpp"

namespace polku::app {

namespace {

std::filesystem::path folder_of(const std::filesystem::path& database) {
    return database.parent_path() / (database.stem().string() + "-backups");
}

std::string timestamp() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto day = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss hms{now - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02u%02u-%02d%02d%02d", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return text;
}

}  // namespace

std::vector<std::filesystem::path> kept_backups(const std::filesystem::path& database) {
    std::vector<std::filesystem::path> found;
    const auto folder = folder_of(database);
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return found;
    }
    const std::string prefix = database.stem().string() + "-";
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.rfind(prefix, 0) == 0 &&
            entry.path().extension() == ".sqlite") {
            found.push_back(entry.path());
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::filesystem::path keep_backup(const std::filesystem::path& database, std::string_view reason,
                                  std::size_t keep) {
    const auto folder = folder_of(database);
    std::error_code error;
    if (!std::filesystem::exists(folder, error)) {
        std::filesystem::create_directories(folder, error);
        if (error) {
            throw InputError(message(N_("cannot create the backup folder {}: {}"), folder.string(),
                                     error.message()));
        }
        ::chmod(folder.c_str(), 0700);  // copies of personal data
    }
    // NAME-TIME-NN-REASON: NN counts copies taken within one second (a migration right
    // before an exit), so the names sort oldest first.
    const std::string stem = database.stem().string() + "-" + timestamp() + "-";
    // One more than the highest NN of this second (not the first free one: the oldest of
    // this second may already have been pruned).
    int n = 1;
    for (const auto& existing : kept_backups(database)) {
        const std::string name = existing.filename().string();
        if (name.rfind(stem, 0) == 0) {
            n = std::max(n, std::atoi(name.c_str() + stem.size()) + 1);
        }
    }
    char counter[16];
    std::snprintf(counter, sizeof counter, "%02d", n);
    const std::filesystem::path copy =
        folder / (stem + counter + "-" + std::string(reason) + ".sqlite");
    db::backup_sqlite(database, copy);
    auto copies = kept_backups(database);
    // Oldest first by name; the one just written always stays.
    std::erase(copies, copy);
    while (copies.size() + 1 > keep && !copies.empty()) {
        std::filesystem::remove(copies.front(), error);
        copies.erase(copies.begin());
    }
    return copy;
}

db::Database open_for_desktop(const std::string& locator) {
    if (db::is_postgresql_locator(locator)) {
        return db::Database::open(locator);
    }
    return db::Database::open(locator, [&](int stored, int latest) {
        keep_backup(locator,
                    "before-migration-" + std::to_string(stored) + "-to-" + std::to_string(latest));
    });
}

void backup_on_exit(const std::string& locator) {
    if (!db::is_postgresql_locator(locator)) {
        keep_backup(locator, "exit");
    }
}

}  // namespace polku::app
