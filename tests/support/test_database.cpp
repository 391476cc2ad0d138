#include "tests/support/test_database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include <atomic>

#include <cstdlib>
#include <stdexcept>
#include "db/database_locator.hpp"

namespace polku::test {

namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::filesystem::path make_temp_dir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "polku-db.XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    return pattern;
}

// postgresql://user@host:port/postgres → …/name
std::string with_database(const std::string& admin_uri, const std::string& name) {
    const auto slash = admin_uri.rfind('/');
    return admin_uri.substr(0, slash + 1) + name;
}

}  // namespace

bool testing_postgresql() {
    return env("POLKU_TEST_BACKEND") == "postgresql";
}

TestDatabase::TestDatabase() : m_dir(make_temp_dir()) {
    if (!testing_postgresql()) {
        m_locator = (m_dir / "polku.sqlite").string();
        return;
    }
    const std::string admin = env("POLKU_TEST_PG");
    if (admin.empty()) {
        throw std::runtime_error(
            "POLKU_TEST_BACKEND=postgresql but POLKU_TEST_PG is not set: run the tests with "
            "scripts/test, "
            "which starts a PostgreSQL server");
    }
    static std::atomic<int> counter{0};
    m_pg_name = "polku_t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    soci::session sql(soci::postgresql, db::postgresql_keyword_connection_string(admin));
    sql << "CREATE DATABASE " + m_pg_name;  // a generated identifier, not input
    m_locator = with_database(admin, m_pg_name);
}

TestDatabase::~TestDatabase() {
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
    if (!m_pg_name.empty()) {
        try {
            soci::session sql(soci::postgresql,
                              db::postgresql_keyword_connection_string(env("POLKU_TEST_PG")));
            sql << "DROP DATABASE IF EXISTS " + m_pg_name + " WITH (FORCE)";
        } catch (...) {
            // The server is thrown away at the end of the run anyway.
        }
    }
}

}  // namespace polku::test
