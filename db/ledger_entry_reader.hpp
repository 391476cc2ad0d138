#pragma once
// The entries behind a project's ledger, read person by person, so that a ledger of any
// length is counted and written a bounded part at a time: its memory does not grow with the
// number of rows.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/counting_input.hpp"
#include "core/ledger.hpp"

namespace polku::db {

class Database;

// Every entry of some people, and no one else's.
struct EntryBatch {
    std::vector<Entry> entries;
    EntryDetails details;  // parallel to entries
};

class LedgerEntryReader {
  public:
    explicit LedgerEntryReader(Database& db) : m_db(db) {}

    // Calls `on_batch` with the project's entries in batches of at least `batch_entries`
    // entries (the last may have fewer), each ending with a person's last entry; the people
    // in the order of their keys, a person's attendance in the order of its sessions, then
    // their activities. One read transaction holds the sessions, the names and the entries,
    // so the batches are one snapshot, and holds up no writer; on SQLite the entries' sort
    // spills to a temporary file instead of growing with the rows. Needs a connection not
    // inside a transaction. Throws
    // InputError for an unknown project, DatabaseError, and what `on_batch` throws.
    void read(const std::string& project_code, std::size_t batch_entries,
              const std::function<void(const EntryBatch&)>& on_batch);

  private:
    Database& m_db;
};

}  // namespace polku::db
