#include "db/database.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/database_locator.hpp"
#include "db/migrations.hpp"
#include "db/soci_errors.hpp"

namespace polku::db {

namespace {

// The file holds personal data: it and the folder we make for it are the owner's only.
void create_private_sqlite_file(const std::filesystem::path& path) {
    const auto folder = path.parent_path();
    if (!folder.empty() && !std::filesystem::exists(folder)) {
        std::error_code ec;
        std::filesystem::create_directories(folder, ec);
        if (ec) {
            throw DatabaseError(
                message(N_("cannot create the folder {}: {}"), folder.string(), ec.message()),
                Place{folder.string(), 0, {}});
        }
        ::chmod(folder.c_str(), 0700);
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) {
            return;
        }
        throw DatabaseError(message(N_("cannot create the database file {}: {}"), path.string(),
                                    std::strerror(errno)),
                            Place{path.string(), 0, {}});
    }
    ::close(fd);
}

std::unique_ptr<soci::session> open_sqlite(const std::string& path) {
    create_private_sqlite_file(path);
    auto sql = std::make_unique<soci::session>();
    // SOCI reads a connection string without '=' as the file name itself.
    const std::string connect = path.find('=') == std::string::npos ? path : "db=\"" + path + "\"";
    sql->open(soci::sqlite3, connect);
    *sql << "PRAGMA busy_timeout = 5000";
    *sql << "PRAGMA foreign_keys = ON";
    std::string mode;
    *sql << "PRAGMA journal_mode = WAL", soci::into(mode);
    *sql << "PRAGMA synchronous = FULL";
    // A multi-row statement's journal outgrows SQLite's in-memory limit and would otherwise
    // go to a temporary file, one write per page.
    *sql << "PRAGMA temp_store = MEMORY";
    return sql;
}

std::unique_ptr<soci::session> open_postgresql(const std::string& uri) {
    auto sql = std::make_unique<soci::session>();
    sql->open(soci::postgresql, postgresql_keyword_connection_string(uri));
    *sql << "SET client_min_messages = WARNING";
    return sql;
}

// A URI may carry a password: never show it in a message.
std::string describe_locator(const std::string& locator) {
    if (!is_postgresql_locator(locator)) {
        return locator;
    }
    const auto scheme_end = locator.find("://") + 3;
    const auto at = locator.find('@', scheme_end);
    const auto colon = locator.find(':', scheme_end);
    if (at != std::string::npos && colon != std::string::npos && colon < at) {
        return locator.substr(0, colon) + ":***" + locator.substr(at);
    }
    return locator;
}

}  // namespace

Database::Database(std::unique_ptr<soci::session> session, Backend backend, std::string locator)
    : m_session(std::move(session)), m_backend(backend), m_locator(std::move(locator)) {}

Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database Database::open(const std::string& locator) {
    return open(locator, {});
}

Database Database::open(const std::string& locator,
                        const std::function<void(int stored, int latest)>& before_migration) {
    const bool postgres = is_postgresql_locator(locator);
    const std::string shown = describe_locator(locator);
    try {
        Database db(postgres ? open_postgresql(locator) : open_sqlite(locator),
                    postgres ? Backend::postgresql : Backend::sqlite, locator);
        if (before_migration) {
            const int stored = stored_schema_version(db);
            if (stored > 0 && stored < latest_schema_version()) {
                before_migration(stored, latest_schema_version());
            }
        }
        migrate(db);
        return db;
    } catch (...) {
        rethrow_as_database_error(message(N_("opening {}"), shown));
    }
}

int Database::schema_version() {
    try {
        return stored_schema_version(*this);
    } catch (...) {
        rethrow_as_database_error(translate(N_("reading the schema version")));
    }
}

void Database::prepare_for_bulk_write() {
    if (m_backend != Backend::sqlite) {
        return;
    }
    try {
        *m_session << "PRAGMA cache_size = -65536";
    } catch (...) {
        rethrow_as_database_error(translate(N_("setting the page cache")));
    }
}

Transaction::Transaction(Database& db) : m_db(db) {
    try {
        if (m_db.backend() == Backend::sqlite) {
            // Every Transaction writes. Taking the write lock first means a second writer
            // waits (busy_timeout) and then reads what the first committed; a deferred BEGIN
            // would read first and fail to upgrade ("database is locked") once the first
            // commits, so optimistic checks would never see the other's change.
            m_db.session() << "BEGIN IMMEDIATE";
        } else {
            m_db.session().begin();
        }
    } catch (...) {
        rethrow_as_database_error(translate(N_("starting a transaction")));
    }
}

Transaction::~Transaction() {
    if (m_open) {
        try {
            m_db.session().rollback();
        } catch (...) {
            // A failed rollback leaves nothing of ours behind: the server or SQLite drops the
            // transaction when the connection goes.
        }
    }
}

void Transaction::commit() {
    try {
        m_db.session().commit();
        m_open = false;
    } catch (...) {
        rethrow_as_database_error(translate(N_("saving (commit)")));
    }
}

void Transaction::rollback() {
    if (m_open) {
        m_open = false;
        try {
            m_db.session().rollback();
        } catch (...) {
            rethrow_as_database_error(translate(N_("undoing (rollback)")));
        }
    }
}

}  // namespace polku::db
