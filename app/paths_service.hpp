#pragma once
// The paths report use case: a project's paths, or a supervisor's team on every path they
// are assigned to, judged as of a date.

#include <optional>
#include <string>

#include "core/date.hpp"
#include "reports/paths_report.hpp"

namespace polku::db {
class Database;
}

namespace polku::app {

struct PathsRequest {
    std::optional<std::string> project;     // a project's code
    std::optional<std::string> supervisor;  // an employee_id: everyone below them
    Date to;
};

// Exactly one of project and supervisor. Throws InputError for an unknown project or person
// or a reporting chain that loops, UsageError for neither or both, DatabaseError.
reports::PathsReport paths_report(db::Database& db, const PathsRequest& request);

// A supervisor signs off one person's step from the team grid. Throws InputError when `by`
// is not above the person in the reporting chain (core's check_sign_off) or the person is
// not on the step's path, DatabaseError.
void sign_off_step(db::Database& db, const SignOff& sign_off, const PersonName& name = {});

}  // namespace polku::app
