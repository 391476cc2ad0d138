#include "db/backup.hpp"

#include <fcntl.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <stdexcept>
#include <vector>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/migrations.hpp"

namespace polku::db {

namespace {

// An SQLite call that failed, with SQLite's message; the public functions turn it into the
// PolkuError that says what the user can do about it.
class SqliteFailure : public std::runtime_error {
  public:
    SqliteFailure(int code, const std::string& message)
        : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; }

  private:
    int m_code;
};

// One connection of SQLite's own, outside SOCI: the backup API works between two handles,
// and a backup must neither create nor migrate the database it copies.
class Connection {
  public:
    Connection(const std::filesystem::path& path, int flags) {
        const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK) {
            const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
            sqlite3_close_v2(m_db);
            throw SqliteFailure(rc, message);
        }
        // Another program may be writing: wait for it as Database::open does.
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* get() const { return m_db; }
    [[noreturn]] void fail(int rc) const { throw SqliteFailure(rc, sqlite3_errmsg(m_db)); }

    // The first column of every row `sql` returns, as text.
    std::vector<std::string> first_column(const std::string& sql) const {
        sqlite3_stmt* statement = nullptr;
        if (const int prepared = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr);
            prepared != SQLITE_OK) {
            fail(prepared);
        }
        std::vector<std::string> values;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(statement, 0);
            values.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            fail(rc);
        }
        return values;
    }

    void execute(const std::string& sql) const {
        if (const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr);
            rc != SQLITE_OK) {
            fail(rc);
        }
    }

  private:
    sqlite3* m_db = nullptr;
};

// Copies every page of `from` into `to` in a single step: one read transaction on `from`, so
// the copy is one committed state even while others write, and one write transaction on
// `to`, so an interrupted copy leaves `to` as it was.
void copy_pages(const Connection& from, const Connection& to) {
    sqlite3_backup* backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
    if (!backup) {
        to.fail(sqlite3_errcode(to.get()));
    }
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE) {
        throw SqliteFailure(step, sqlite3_errstr(step));
    }
    if (finish != SQLITE_OK) {
        to.fail(finish);
    }
}

bool is_busy(int code) {
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

std::string errno_text() {
    return std::strerror(errno);
}

// Flushes `path` (the copy before its rename, the folder after it) to the disk, so that
// after a power cut the backup is there whole or not at all.
void sync_to_disk(const std::filesystem::path& path, const std::filesystem::path& backup) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const std::string reason = errno_text();
        if (fd >= 0) {
            ::close(fd);
        }
        throw InputError(message(N_("cannot write the backup {}: {}"), backup.string(), reason),
                         Place{backup.string(), 0, {}});
    }
    ::close(fd);
}

std::filesystem::path folder_of(const std::filesystem::path& file) {
    return file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
}

// Moves `from` to `to` unless `to` exists, in one step: no check-then-rename race can make a
// backup replace a file that appeared meanwhile. Filesystems without RENAME_NOREPLACE get
// the same guarantee from link(), which fails on an existing name.
bool rename_without_replacing(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return false;
    }
    if (::link(from.c_str(), to.c_str()) != 0) {
        return false;
    }
    ::unlink(from.c_str());
    return true;
}

// The backup's temporary file beside its final name: created empty with mode 0600 (the
// copy holds personal data), removed unless committed.
class TemporaryBackup {
  public:
    explicit TemporaryBackup(std::filesystem::path target) : m_target(std::move(target)) {
        std::string pattern =
            (folder_of(m_target) / ("." + m_target.filename().string() + ".XXXXXX")).string();
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0) {
            throw InputError(message(N_("cannot write the backup {}: {}; choose a folder you may "
                                        "write to"),
                                     m_target.string(), errno_text()),
                             Place{m_target.string(), 0, {}});
        }
        ::close(fd);
        m_path = pattern;
    }
    ~TemporaryBackup() {
        if (!m_committed) {
            ::unlink(m_path.c_str());
            for (const char* suffix : {"-journal", "-wal", "-shm"}) {
                ::unlink((m_path.string() + suffix).c_str());
            }
        }
    }
    TemporaryBackup(const TemporaryBackup&) = delete;
    TemporaryBackup& operator=(const TemporaryBackup&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    void commit() {
        sync_to_disk(m_path, m_target);
        if (!rename_without_replacing(m_path, m_target)) {
            throw InputError(message(N_("cannot write the backup {}: {}; choose a new file name"),
                                     m_target.string(), errno_text()),
                             Place{m_target.string(), 0, {}});
        }
        m_committed = true;
        sync_to_disk(folder_of(m_target), m_target);
    }

  private:
    std::filesystem::path m_target;
    std::filesystem::path m_path;
    bool m_committed = false;
};

void require_new_backup_name(const std::filesystem::path& backup) {
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(backup, ec))) {
        throw InputError(message(N_("the backup file {} already exists and is never replaced; "
                                    "give a new file name or remove the old one first"),
                                 backup.string()),
                         Place{backup.string(), 0, {}});
    }
}

// SQLite copies the source's header, which marks a WAL database; a backup is one
// self-contained file instead, which opens without -wal and -shm files beside it.
void make_self_contained(const Connection& copy) {
    copy.execute("PRAGMA journal_mode = DELETE");
}

// ---------------------------------------------------------------------------------------
// Restore

// `why` in the user's language (core/message.hpp).
InputError not_a_backup(const std::filesystem::path& backup, const std::string& why) {
    return InputError(
        message(N_("{} is not a Polku backup: {}; give a file written by polku-cli backup"),
                backup.string(), why),
        Place{backup.string(), 0, {}});
}

void require_intact(const Connection& source, const std::filesystem::path& backup) {
    std::vector<std::string> problems;
    try {
        problems = source.first_column("PRAGMA integrity_check");
    } catch (const SqliteFailure& e) {
        throw not_a_backup(backup,
                           message(N_("it cannot be read as an SQLite database ({})"), e.what()));
    }
    if (problems != std::vector<std::string>{"ok"}) {
        throw not_a_backup(
            backup, message(N_("it fails SQLite's integrity check ({})"),
                            problems.empty() ? translate(N_("no answer")) : problems.front()));
    }
}

int schema_version_of(const Connection& source, const std::filesystem::path& backup) {
    const auto tables = source.first_column(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (tables.empty()) {
        throw not_a_backup(
            backup, translate(N_("it is an SQLite database without Polku's schema_version table")));
    }
    const auto versions = source.first_column("SELECT MAX(version) FROM schema_version");
    const int version = versions.empty() ? 0 : std::atoi(versions.front().c_str());
    if (version < 1) {
        throw not_a_backup(backup, translate(N_("its schema_version table is empty")));
    }
    if (version > latest_schema_version()) {
        throw InputError(message(N_("{} has schema version {}, newer than this program knows "
                                    "({}); restore it with a newer Polku"),
                                 backup.string(), version, latest_schema_version()),
                         Place{backup.string(), 0, {}});
    }
    return version;
}

// Opens the backup read-only and returns its schema version; throws InputError unless it is
// an intact Polku database.
int check_backup(const std::filesystem::path& backup) {
    std::error_code ec;
    if (!std::filesystem::exists(backup, ec)) {
        throw InputError(message(N_("the backup file {} does not exist; give the path of a file "
                                    "written by polku-cli backup"),
                                 backup.string()),
                         Place{backup.string(), 0, {}});
    }
    if (!std::filesystem::is_regular_file(backup, ec)) {
        throw not_a_backup(backup, translate(N_("it is not a regular file")));
    }
    try {
        const Connection source(backup, SQLITE_OPEN_READONLY);
        require_intact(source, backup);
        return schema_version_of(source, backup);
    } catch (const SqliteFailure& e) {
        throw not_a_backup(backup, e.what());
    }
}

std::string quoted_identifier(const std::string& name) {
    std::string out = "\"";
    for (const char c : name) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + "\"";
}

// The tables of `target` that hold rows; schema_version does not count as data, so a
// database made by `init` alone may be restored into.
std::vector<std::string> tables_with_rows(const Connection& target) {
    std::vector<std::string> filled;
    for (const auto& table : target.first_column(
             "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
             "AND name <> 'schema_version' ORDER BY name")) {
        if (target.first_column("SELECT EXISTS (SELECT 1 FROM " + quoted_identifier(table) + ")") ==
            std::vector<std::string>{"1"}) {
            filled.push_back(table);
        }
    }
    return filled;
}

void require_no_data(const Connection& target, const std::filesystem::path& database) {
    std::vector<std::string> filled;
    try {
        filled = tables_with_rows(target);
    } catch (const SqliteFailure& e) {
        if (is_busy(e.code())) {
            throw;
        }
        throw InputError(message(N_("{} exists and is not an empty Polku database ({}); nothing "
                                    "was changed. Restore into a new file with --db NEW_FILE"),
                                 database.string(), e.what()),
                         Place{database.string(), 0, {}});
    }
    if (!filled.empty()) {
        throw InputError(message(N_("{} already holds data (table {} has rows) and is never "
                                    "overwritten; nothing was changed. Restore into a new file "
                                    "with --db NEW_FILE, or move the database away first"),
                                 database.string(), filled.front()),
                         Place{database.string(), 0, {}});
    }
}

// The restore target: an existing file, or a new one made here (mode 0600, its folder 0700
// as Database::open makes them) and removed again when the restore fails.
class RestoreTarget {
  public:
    explicit RestoreTarget(std::filesystem::path path) : m_path(std::move(path)) {
        create_folder();
        const int fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            m_created = true;
        } else if (errno != EEXIST) {
            throw DatabaseError(message(N_("cannot create the database file {}: {}; choose a "
                                           "folder you may write to"),
                                        m_path.string(), errno_text()),
                                Place{m_path.string(), 0, {}});
        }
    }
    ~RestoreTarget() {
        if (m_created && !m_kept) {
            ::unlink(m_path.c_str());
            for (const char* suffix : {"-journal", "-wal", "-shm"}) {
                ::unlink((m_path.string() + suffix).c_str());
            }
        }
    }
    RestoreTarget(const RestoreTarget&) = delete;
    RestoreTarget& operator=(const RestoreTarget&) = delete;

    void keep() { m_kept = true; }

  private:
    void create_folder() const {
        const auto folder = folder_of(m_path);
        std::error_code ec;
        if (std::filesystem::exists(folder, ec)) {
            return;
        }
        std::filesystem::create_directories(folder, ec);
        if (ec) {
            throw DatabaseError(
                message(N_("cannot create the folder {}: {}"), folder.string(), ec.message()),
                Place{folder.string(), 0, {}});
        }
        ::chmod(folder.c_str(), 0700);
    }

    std::filesystem::path m_path;
    bool m_created = false;
    bool m_kept = false;
};

std::string shell_quoted(const std::string& word) {
    if (!word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX"
                                                "YZ0123456789_-.,/:@%+=") == std::string::npos) {
        return word;
    }
    std::string out = "'";
    for (const char c : word) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

// host, port, user and dbname of a postgresql:// URI (those it gives).
std::map<std::string, std::string> connection_parts(const std::string& uri) {
    std::map<std::string, std::string> parts;
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    PQfreemem(error);
    if (!options) {
        return parts;
    }
    for (auto* o = options; o->keyword; ++o) {
        if (o->val && *o->val) {
            parts[o->keyword] = o->val;
        }
    }
    PQconninfoFree(options);
    return parts;
}

// " -h HOST -p PORT -U USER" for the parts the URI gives.
std::string connection_options(const std::map<std::string, std::string>& parts) {
    std::string out;
    for (const auto& [keyword, flag] : {std::pair{"host", "-h"}, {"port", "-p"}, {"user", "-U"}}) {
        if (const auto it = parts.find(keyword); it != parts.end()) {
            out += std::string(" ") + flag + " " + shell_quoted(it->second);
        }
    }
    return out;
}

std::string database_name(const std::map<std::string, std::string>& parts) {
    const auto it = parts.find("dbname");
    return it != parts.end() ? it->second : "DATABASE";
}

// The commands that make the database `name` and fill it from a pg_dump -Fc `file`, one an
// indented line. --no-owner: the tables then belong to whoever restores, who may not be
// the user that made the dump.
std::string restore_commands(const std::map<std::string, std::string>& parts,
                             const std::string& name, const std::string& file) {
    const std::string options = connection_options(parts);
    return "\n    createdb" + options + " " + shell_quoted(name) +
           "\n    pg_restore --exit-on-error --no-owner" + options + " -d " + shell_quoted(name) +
           " " + shell_quoted(file);
}

}  // namespace

void backup_sqlite(const std::filesystem::path& database, const std::filesystem::path& backup) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(database, ec)) {
        throw DatabaseError(message(N_("there is no database at {}; give the database to back "
                                       "up with --db PATH"),
                                    database.string()),
                            Place{database.string(), 0, {}});
    }
    require_new_backup_name(backup);
    TemporaryBackup copy_file(backup);
    try {
        // Read-write (never created) only so that closing tidies the -wal and -shm files a
        // reader of a WAL database makes; SQLite falls back to reading a write-protected file.
        const Connection source(database, SQLITE_OPEN_READWRITE);
        {
            const Connection copy(copy_file.path(), SQLITE_OPEN_READWRITE);
            copy_pages(source, copy);
            make_self_contained(copy);
        }
    } catch (const SqliteFailure& e) {
        throw DatabaseError(
            is_busy(e.code())
                ? message(N_("cannot back up {}: {} — another program holds it locked; try again "
                             "when it has finished"),
                          database.string(), e.what())
                : message(N_("cannot back up {}: {}; check that --db names a Polku database you "
                             "may read"),
                          database.string(), e.what()),
            Place{database.string(), 0, {}});
    }
    copy_file.commit();
}

int restore_sqlite(const std::filesystem::path& backup, const std::filesystem::path& database) {
    const int version = check_backup(backup);
    RestoreTarget target(database);
    try {
        const Connection destination(database, SQLITE_OPEN_READWRITE);
        require_no_data(destination, database);
        const Connection source(backup, SQLITE_OPEN_READONLY);
        copy_pages(source, destination);
    } catch (const SqliteFailure& e) {
        throw DatabaseError(
            is_busy(e.code())
                ? message(N_("cannot restore into {}: {} — another program is using it; try again "
                             "when it has finished"),
                          database.string(), e.what())
                : message(N_("cannot restore into {}: {}; nothing was changed"), database.string(),
                          e.what()),
            Place{database.string(), 0, {}});
    }
    target.keep();
    return version;
}

std::string postgresql_backup_advice(const std::string& uri, const std::string& file) {
    const auto parts = connection_parts(uri);
    return message(N_("backup copies SQLite databases only; back up the PostgreSQL database {} "
                      "with the server's own tool:\n    pg_dump -Fc{} -f {} {}\nand restore that "
                      "file into a new database NEW_DATABASE with:{}"),
                   database_name(parts), connection_options(parts), shell_quoted(file),
                   shell_quoted(database_name(parts)),
                   restore_commands(parts, "NEW_DATABASE", file));
}

std::string postgresql_restore_advice(const std::string& uri, const std::string& file) {
    const auto parts = connection_parts(uri);
    return message(N_("restore reads SQLite backups only; restore a file written by pg_dump -Fc "
                      "into the new PostgreSQL database {} with the server's own tools:{}"),
                   database_name(parts), restore_commands(parts, database_name(parts), file));
}

}  // namespace polku::db
