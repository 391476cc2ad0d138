#include "app/transcript_service.hpp"

#include <algorithm>

#include "app/today.hpp"
#include "core/error.hpp"
#include "core/message.hpp"
#include "core/path_labels.hpp"
#include "db/counting_repository.hpp"
#include "db/path_repository.hpp"
#include "db/person_repository.hpp"

namespace polku::app {

namespace {

// The project's input and details cut down to one person's entries.
void keep_person(db::ProjectCounting& loaded, PersonKey person) {
    auto& entries = loaded.input.entries;
    auto& details = loaded.details.entries;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].person == person) {
            entries[kept] = entries[i];
            details[kept] = std::move(details[i]);
            ++kept;
        }
    }
    entries.resize(kept);
    details.resize(kept);
}

// The steps the person completed on their paths, and the competences they built, in the
// period (steps judged as of its end, or today).
void add_paths(db::Database& db, Transcript& t) {
    db::PathSelection selection;
    selection.people = std::unordered_set<PersonKey>{t.person.key};
    selection.every_competence = true;
    const auto loaded = db::PathRepository(db).load(selection);
    const Date to = t.to.value_or(today());
    std::vector<Path> paths;
    for (const auto& p : loaded.paths) {
        paths.push_back(p.path);
    }
    const auto statuses = evaluate_assignments(paths, loaded.assignments, loaded.facts, to);
    for (const auto& status : statuses) {
        const auto path =
            std::find_if(loaded.paths.begin(), loaded.paths.end(),
                         [&](const auto& p) { return p.path.key == status.assignment.path; });
        for (std::size_t i = 0; i < status.steps.size(); ++i) {
            const StepStatus& step = status.steps[i];
            if (step.state != StepState::done || (t.from && *step.completed_on < *t.from)) {
                continue;
            }
            t.steps.push_back({path->project_code, path->path_id, path->path.name,
                               path->steps[i].number, step_name(path->steps[i]), *step.completed_on,
                               *step.completed_by});
        }
    }
    std::stable_sort(t.steps.begin(), t.steps.end(),
                     [](const auto& a, const auto& b) { return a.completed_on < b.completed_on; });
    for (const auto& [competence, minutes] :
         competence_minutes(loaded.facts, t.person.key, t.from, to)) {
        const auto name = loaded.competence_names.find(competence);
        t.competences.push_back({name == loaded.competence_names.end()
                                     ? "competence " + std::to_string(competence)
                                     : name->second,
                                 minutes});
    }
    std::sort(t.competences.begin(), t.competences.end(),
              [](const auto& a, const auto& b) { return a.competence < b.competence; });
}

}  // namespace

Transcript transcript(db::Database& db, const TranscriptRequest& request) {
    if (request.from && request.to && *request.to < *request.from) {
        throw InputError(
            message(N_("the period starts ({}) after it ends ({}); give --from before --to"),
                    format_fi_date(*request.from), format_fi_date(*request.to)));
    }
    auto person = db::PersonRepository(db).find(request.employee_id);
    if (!person) {
        throw InputError(message(N_("no one has the employee id {}; check --person "
                                    "(people.csv's employee_id column)"),
                                 request.employee_id));
    }
    Transcript t;
    t.person = std::move(*person);
    t.from = request.from;
    t.to = request.to;
    db::CountingRepository repository(db);
    for (const auto& code : repository.project_codes()) {
        // A project without dates cannot be counted yet; it cannot have entries either.
        db::ProjectCounting loaded;
        try {
            loaded = repository.load(code, db::WithDetails::yes);
        } catch (const InputError&) {
            continue;
        }
        keep_person(loaded, t.person.key);
        auto project = transcript_project(loaded.project.code, loaded.project.name, loaded.input,
                                          loaded.details, request.from, request.to);
        if (!project.lines.empty()) {
            t.projects.push_back(std::move(project));
        }
    }
    total_transcript(t);
    add_paths(db, t);
    return t;
}

}  // namespace polku::app
