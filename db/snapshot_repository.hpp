#pragma once
// Report snapshots: the monitoring figures as sent, stored to be checked again later.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace polku::db {

class Database;

struct ReportSnapshot {
    long long id = 0;
    std::string taken_at;  // UTC, "2026-11-24T06:15:02Z"
    std::string actor;
    std::string project_code;
    std::optional<Date> from;  // as asked; none: the report's default
    std::optional<Date> to;
    std::string figures;  // the report's JSON
    std::string sha256;   // of figures
};

class SnapshotRepository {
  public:
    explicit SnapshotRepository(Database& db) : m_db(db) {}

    // Stores a snapshot taken now by the current actor; returns its id. Commits on its own
    // (one statement). Throws DatabaseError.
    long long store(const std::string& project_code, const std::optional<Date>& from,
                    const std::optional<Date>& to, const std::string& figures,
                    const std::string& sha256);
    // Every snapshot, oldest first. Throws DatabaseError.
    std::vector<ReportSnapshot> all();

  private:
    Database& m_db;
};

}  // namespace polku::db
