#pragma once
// Runs a program as a user would from a shell, capturing what it prints.

#include <optional>
#include <string>
#include <vector>

namespace polku::test {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

struct RunOptions {
    std::string input;                  // written to standard input
    bool as_unprivileged_user = false;  // as 'nobody' when running as root (permission tests)
    std::vector<std::string> env;       // extra NAME=value entries
};

ProcessResult run_process(const std::vector<std::string>& argv, const RunOptions& options = {});

bool running_as_root();

}  // namespace polku::test
