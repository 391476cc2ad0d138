#include "db/sqlite_read.hpp"

#include "core/error.hpp"

namespace polku::db {

using namespace sqlite_api;

namespace {

sqlite3_stmt* prepare(sqlite3* connection, const char* query) {
    sqlite3_stmt* statement = nullptr;
    return sqlite3_prepare_v2(connection, query, -1, &statement, nullptr) == SQLITE_OK ? statement
                                                                                       : nullptr;
}

}  // namespace

SqliteRead::SqliteRead(soci::session& sql, const char* query, std::string what)
    : m_connection(static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_),
      m_statement(prepare(m_connection, query), sqlite3_finalize),
      m_what(std::move(what)) {
    if (!m_statement) {
        fail();
    }
}

void SqliteRead::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_statement.get(), index, value) != SQLITE_OK) {
        fail();
    }
}

bool SqliteRead::next() {
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail();
    }
    return false;
}

std::string SqliteRead::text(int column) const {
    const auto* bytes = sqlite3_column_text(m_statement.get(), column);
    return bytes ? std::string(
                       reinterpret_cast<const char*>(bytes),
                       static_cast<std::size_t>(sqlite3_column_bytes(m_statement.get(), column)))
                 : std::string();
}

void SqliteRead::fail() const {
    throw DatabaseError("cannot read " + m_what + ": " + sqlite3_errmsg(m_connection));
}

}  // namespace polku::db
