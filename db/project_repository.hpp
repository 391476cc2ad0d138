#pragma once
// Reading projects for the fronts.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace polku::db {

class Database;

struct ProjectSummary {
    std::string code;
    std::string name;
    std::optional<Date> start;
    std::optional<Date> end;
    std::optional<Date> extended_end;
};

class ProjectRepository {
  public:
    explicit ProjectRepository(Database& db) : m_db(db) {}
    // Every project, ordered by code. Throws DatabaseError.
    std::vector<ProjectSummary> list();

  private:
    Database& m_db;
};

}  // namespace polku::db
