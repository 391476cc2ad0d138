#pragma once
// Numbered schema migrations: append-only, each applied in its own transaction and recorded
// in schema_version. A database newer than this program is refused, never touched.

namespace polku::db {

class Database;

// The highest schema version this program knows.
int latest_schema_version();
// 0 for a database without Polku's tables.
int stored_schema_version(Database& db);
// Applies every migration newer than the stored version. Throws DatabaseError when the
// stored version is newer than latest_schema_version().
void migrate(Database& db);

}  // namespace polku::db
