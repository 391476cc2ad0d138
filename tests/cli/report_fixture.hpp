#pragma once
// A fresh database of the run's backend, with polku-cli pointed at it: the fixture of the
// report tests.

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/files.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_database.hpp"

namespace polku::test {

struct ReportFixture {
    TestDatabase t;

    ProcessResult cli(std::vector<std::string> args) {
        args.insert(args.begin(), {POLKU_CLI_PATH, "--db", t.locator()});
        return run_process(args);
    }
    void import(const std::string& kind, const std::string& content) {
        const auto path = t.dir() / (kind + ".csv");
        write_file(path, content);
        const auto r = cli({"import", kind, path.string()});
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0, kind << ": " << r.err);
    }
    // `report KIND --format json EXTRA…`, parsed.
    nlohmann::json report(const std::string& kind, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"report", kind, "--format", "json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = cli(args);
        BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        return nlohmann::json::parse(r.out);
    }
};

}  // namespace polku::test
