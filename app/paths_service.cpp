#include "app/paths_service.hpp"

#include "core/error.hpp"
#include "core/message.hpp"
#include "db/path_repository.hpp"
#include "db/person_repository.hpp"
#include "db/sign_off_repository.hpp"

namespace polku::app {

reports::PathsReport paths_report(db::Database& db, const PathsRequest& request) {
    if (request.project.has_value() == request.supervisor.has_value()) {
        throw UsageError(
            translate(N_("the paths report is of a project or of a supervisor's team: give "
                         "--project CODE or --supervisor EMPLOYEE_ID (one of them)")));
    }
    reports::PathsReport report;
    report.to = request.to;
    report.project = request.project;
    db::PathRepository repository(db);
    db::PathSelection selection;
    selection.project = request.project;
    if (request.supervisor) {
        const auto supervisor = db::PersonRepository(db).find(*request.supervisor);
        if (!supervisor) {
            throw InputError(message(N_("no one has the employee id {}; check --supervisor "
                                        "(people.csv's employee_id column)"),
                                     *request.supervisor));
        }
        report.supervisor =
            NamedPerson{supervisor->employee_id, supervisor->first_name, supervisor->last_name};
        const ReportingChain chain(repository.supervisor_links());
        const auto team = team_of(chain, supervisor->key);
        selection.people.emplace(team.begin(), team.end());
    }
    auto loaded = repository.load(selection);
    report.judge = std::make_shared<const PathJudge>(
        std::make_shared<const PathFacts>(std::move(loaded.facts)), request.to);
    // Assignments come grouped by path in the paths' order (PathRepository::load).
    std::size_t next = 0;
    for (auto& described : loaded.paths) {
        reports::PathResult result;
        std::size_t end = next;
        while (end < loaded.assignments.size() &&
               loaded.assignments[end].path == described.path.key) {
            ++end;
        }
        result.assignments.assign(loaded.assignments.begin() + static_cast<std::ptrdiff_t>(next),
                                  loaded.assignments.begin() + static_cast<std::ptrdiff_t>(end));
        next = end;
        // A team report leaves out the paths none of the team is on.
        if (request.supervisor && result.assignments.empty()) {
            continue;
        }
        result.path = std::move(described);
        report.paths.push_back(std::move(result));
    }
    report.people = std::move(loaded.people);
    return report;
}

void sign_off_step(db::Database& db, const SignOff& sign_off, const PersonName& name) {
    const ReportingChain chain(db::PathRepository(db).supervisor_links(), name);
    check_sign_off(chain, sign_off, name);
    db::SignOffRepository(db).record(sign_off);
}

}  // namespace polku::app
