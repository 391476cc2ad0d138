#include "app/transcript_service.hpp"

#include "core/error.hpp"
#include "db/counting_repository.hpp"
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

}  // namespace

Transcript transcript(db::Database& db, const TranscriptRequest& request) {
    if (request.from && request.to && *request.to < *request.from) {
        throw InputError("the period starts (" + format_fi_date(*request.from) +
                         ") after it ends (" + format_fi_date(*request.to) +
                         "); give --from before --to");
    }
    auto person = db::PersonRepository(db).find(request.employee_id);
    if (!person) {
        throw InputError("no one has the employee id " + request.employee_id +
                         "; check --person (people.csv's employee_id column)");
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
    return t;
}

}  // namespace polku::app
