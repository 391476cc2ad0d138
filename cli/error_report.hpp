#pragma once

#include <exception>
#include <functional>

namespace polku::cli {

// Exit codes of formats.md.
enum ExitCode { kOk = 0, kInvalidInput = 1, kUsage = 2, kDatabase = 3, kInternal = 70 };

// Runs `command`, describing any exception on stderr, and returns the exit code.
int run_reporting_errors(const std::function<int()>& command);

}  // namespace polku::cli
