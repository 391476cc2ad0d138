#pragma once
// A read straight through SQLite's own API on a SOCI session's connection, for the hot
// reads of a million-row report: SOCI converts every value of every row through its type
// machinery, which would be most of their time. The SQL stays the same on both backends.

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>  // sqlite3.h, in namespace sqlite_api

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace polku::db {

class SqliteRead {
  public:
    // Prepares `query` on the session's connection, for reading `what` ("attendance"). Throws
    // DatabaseError ("cannot read attendance: …").
    SqliteRead(soci::session& sql, const char* query, std::string what);

    // Binds parameter `index` (from 1).
    void bind(int index, std::int64_t value);
    // Steps to the next row; false after the last. Throws DatabaseError.
    bool next();

    std::int64_t integer(int column) const {
        return sqlite_api::sqlite3_column_int64(m_statement.get(), column);
    }
    std::optional<int> optional_int(int column) const {
        return null(column)
                   ? std::nullopt
                   : std::optional<int>(sqlite_api::sqlite3_column_int(m_statement.get(), column));
    }
    bool null(int column) const {
        return sqlite_api::sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
    }
    // The column's text; empty for NULL.
    std::string text(int column) const;

  private:
    [[noreturn]] void fail() const;

    sqlite_api::sqlite3* m_connection;
    std::unique_ptr<sqlite_api::sqlite3_stmt, int (*)(sqlite_api::sqlite3_stmt*)> m_statement;
    std::string m_what;
};

}  // namespace polku::db
