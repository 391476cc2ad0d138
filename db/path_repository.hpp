#pragma once
// Reads competence paths and what completes their steps, for the paths report, the
// transcript and the desktop's team grid: one pass over each table, facts cut down to the
// people assigned and the courses and competences the steps name.

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/competence_paths.hpp"
#include "core/path_labels.hpp"
#include "core/reporting_chain.hpp"

namespace polku::db {

class Database;

struct LoadedPaths {
    std::vector<DescribedPath> paths;     // by project code, then path_id
    std::vector<Assignment> assignments;  // by path (in `paths` order), then last name
    PathFacts facts;
    std::unordered_map<PersonKey, NamedPerson> people;  // the assigned and who signed off
    // With PathSelection::every_competence: "ID-NUMBER Short name" of each competence.
    std::unordered_map<CompetenceKey, std::string> competence_names;
};

struct PathSelection {
    std::optional<std::string> project;  // a project's code; none: every project
    // Only these people's assignments; none: everyone's.
    std::optional<std::unordered_set<PersonKey>> people;
    // Facts of every competence, not only those the steps name (the transcript's list of
    // competences built), with their names.
    bool every_competence = false;
};

class PathRepository {
  public:
    explicit PathRepository(Database& db) : m_db(db) {}

    // Throws InputError for an unknown project, DatabaseError.
    LoadedPaths load(const PathSelection& selection);

    // Who reports to whom (people.csv's supervisor_id).
    std::vector<SupervisorLink> supervisor_links();

    // Everyone someone reports to, in the Finnish order of their names: whom the team grid
    // offers to choose from.
    std::vector<std::pair<PersonKey, NamedPerson>> supervisors();

  private:
    Database& m_db;
};

}  // namespace polku::db
