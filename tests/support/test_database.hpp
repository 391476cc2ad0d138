#pragma once
// A fresh, empty database for one test, on the backend the run is for
// (POLKU_TEST_BACKEND=sqlite|postgresql): an SQLite file in its own temporary folder, or a
// new database on the throw-away server scripts/test starts (POLKU_TEST_PG). Removed after.

#include <filesystem>
#include <string>

namespace polku::test {

bool testing_postgresql();

class TestDatabase {
  public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // What --db takes: a file path or a postgresql:// URI.
    const std::string& locator() const { return m_locator; }
    // A private temporary folder for the test's files.
    const std::filesystem::path& dir() const { return m_dir; }

  private:
    std::filesystem::path m_dir;
    std::string m_locator;
    std::string m_pg_name;
};

}  // namespace polku::test
