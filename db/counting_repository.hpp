#pragma once
// Reads what the counting engine needs for one project, in one streaming pass per table.

#include <optional>
#include <string>
#include <vector>

#include "core/counting_input.hpp"
#include "core/ledger.hpp"
#include "core/project_info.hpp"

namespace polku::db {

class Database;

struct ProjectCounting {
    ProjectInfo project;
    CountingInput input;
    EntryDetails details;  // parallel to input.entries; filled for the ledger only
};

enum class WithDetails { no, yes };

class CountingRepository {
  public:
    explicit CountingRepository(Database& db) : m_db(db) {}

    // The codes of every project, in order.
    std::vector<std::string> project_codes();
    // The project and its rules, without its entries. Throws as load().
    ProjectInfo project(const std::string& project_code);
    // Throws InputError for an unknown code or a project without start and end dates,
    // DatabaseError when the database fails.
    ProjectCounting load(const std::string& project_code, WithDetails details = WithDetails::no);

  private:
    Database& m_db;
};

}  // namespace polku::db
