#pragma once
// One open Polku database: an SQLite file (the embedded default) or a PostgreSQL server,
// migrated to the schema this program knows. SOCI stays behind this class: code outside db/
// never sees a soci type.

#include <functional>
#include <memory>
#include <string>

namespace soci {
class session;
}

namespace polku::db {

enum class Backend { sqlite, postgresql };

class Database {
  public:
    // Opens (creating an SQLite file and its folder when missing, mode 0600 / 0700) and brings
    // the schema up to date. `locator` is a file path or a postgresql:// URI.
    // Throws DatabaseError: cannot open, read-only, locked, newer schema, server gone.
    static Database open(const std::string& locator);
    // The same, calling `before_migration(stored, latest)` first when the database holds an
    // older schema that is about to be upgraded (not for a new, empty one): the desktop
    // backs the file up there. An exception from it leaves the schema as it was.
    static Database open(const std::string& locator,
                         const std::function<void(int stored, int latest)>& before_migration);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    Backend backend() const { return m_backend; }
    const std::string& locator() const { return m_locator; }
    // The schema version stored in the database.
    int schema_version();

    soci::session& session() { return *m_session; }

    // Before a bulk write (an import): on SQLite, 64 MiB of page cache instead of the default
    // 2 MiB, so a large import's b-trees stay in memory instead of spilling through the WAL
    // and being read back. Reads stream once and keep the small default, which keeps a
    // million-row report's memory down. Throws DatabaseError.
    void prepare_for_bulk_write();

  private:
    Database(std::unique_ptr<soci::session> session, Backend backend, std::string locator);
    std::unique_ptr<soci::session> m_session;
    Backend m_backend;
    std::string m_locator;
};

// Everything written between construction and commit(), or nothing: the destructor rolls
// back unless commit() was called. Repositories never commit; use cases do, last. On SQLite
// the write lock is taken at the start (BEGIN IMMEDIATE).
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();
    void rollback();

  private:
    Database& m_db;
    bool m_open = true;
};

}  // namespace polku::db
