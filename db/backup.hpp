#pragma once
// Copies of a whole SQLite database, taken and put back with SQLite's online backup API: a
// backup is a consistent snapshot even while another program writes, and a restore writes
// its target in one transaction. A PostgreSQL database is backed up with the server's own
// tools (pg_dump, pg_restore); the advice functions say exactly how.

#include <filesystem>
#include <string>

namespace polku::db {

// Copies the SQLite database `database` into the new file `backup` (mode 0600). The copy
// is written beside `backup` under a temporary name and renamed only when whole, so
// `backup` is either complete or not there. An existing `backup` is never replaced.
// Throws DatabaseError when `database` cannot be read (missing, locked, not a database),
// InputError when `backup` exists or its folder cannot be written.
void backup_sqlite(const std::filesystem::path& database, const std::filesystem::path& backup);

// Checks that `backup` is a Polku SQLite database (PRAGMA integrity_check is ok, it has a
// schema_version this program knows) and copies it into `database`, which must not exist
// yet or hold no data: a database with data is never overwritten. Returns the backup's
// schema version. Throws InputError when either check fails, DatabaseError when `database`
// cannot be written.
int restore_sqlite(const std::filesystem::path& backup, const std::filesystem::path& database);

// What to run instead for the PostgreSQL database at `uri` (a postgresql:// URI), naming
// `file` and the database; the password, if any, is left out.
std::string postgresql_backup_advice(const std::string& uri, const std::string& file);
std::string postgresql_restore_advice(const std::string& uri, const std::string& file);

}  // namespace polku::db
