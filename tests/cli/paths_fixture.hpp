#pragma once
// The hand-computed competence path of tests/fixtures/paths/README.md: its files in the order
// each names what the ones before hold, and a database holding them.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "tests/cli/cli_support.hpp"

namespace polku::test::cli {

// (import kind, file) in import order.
inline std::vector<std::pair<std::string, std::filesystem::path>> paths_fixture_files() {
    const std::filesystem::path fixtures =
        std::filesystem::path(POLKU_SOURCE_DIR) / "tests" / "fixtures";
    std::vector<std::pair<std::string, std::filesystem::path>> files;
    for (const char* kind :
         {"projects", "people", "events", "sessions", "attendance", "activities"}) {
        files.emplace_back(kind, fixtures / "paths" / (std::string(kind) + ".csv"));
    }
    files.emplace_back("competencies", fixtures / "competencies" / "kunta-osaaminen.csv");
    for (const char* kind : {"course_competences", "event_competences", "activity_competences",
                             "paths", "path_steps", "assignments", "signoffs"}) {
        files.emplace_back(kind, fixtures / "paths" / (std::string(kind) + ".csv"));
    }
    return files;
}

// Creates the test's database and imports every file of the fixture.
inline void import_paths_fixture(const CliDatabase& db) {
    db.init();
    for (const auto& [kind, file] : paths_fixture_files()) {
        const auto r = db.import(kind, file);
        BOOST_TEST_REQUIRE(r.exit_code == 0, describe(r));
    }
}

}  // namespace polku::test::cli
