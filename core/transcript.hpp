#pragma once
// One person's training record across projects (the transcript report): every entry of
// theirs, with the days each project's rules count. Built with the same engine as the
// monitoring figures, so a person's days here are their share of those figures.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/competence_paths.hpp"
#include "core/fraction_sum.hpp"
#include "core/ledger.hpp"
#include "core/monitoring_figures.hpp"

namespace polku {

struct PersonCard {
    PersonKey key = 0;
    std::string employee_id;
    std::string first_name;
    std::string last_name;
    std::optional<std::string> organisation;
    std::optional<std::string> unit;
};

struct TranscriptLine {
    Date date;
    Kind kind = Kind::course;
    std::string event_id;  // empty for an individual activity
    std::string title;
    std::optional<int> start;
    std::optional<int> end;
    std::optional<AttendanceStatus> status;  // none for an activity
    int minutes = 0;
    bool counted = false;  // part of a counted person-day of the project
};

struct TranscriptProject {
    std::string code;
    std::string name;
    std::vector<TranscriptLine> lines;  // by date, then start
    std::int64_t minutes = 0;           // every line's
    FractionSum days;                   // the person-days counted, exact
    std::int64_t days_hundredths = 0;   // rounded once
};

// A path step the person has completed (their path assignments, judged as of the period's end).
struct TranscriptStep {
    std::string project;
    std::string path_id;
    std::string path_name;
    int number = 0;
    std::string step;  // its title, else its competence or course
    Date completed_on;
    CompletedBy completed_by = CompletedBy::course;
};

// A competence the person built in the period: raw minutes in events and activities tagged
// with it (competence_minutes).
struct TranscriptCompetence {
    std::string competence;  // "ID-NUMBER Short name"
    std::int64_t minutes = 0;
};

struct Transcript {
    PersonCard person;
    std::optional<Date> from;
    std::optional<Date> to;
    std::vector<TranscriptProject> projects;  // with at least one line, by code
    std::int64_t minutes = 0;
    std::int64_t days_hundredths = 0;               // the projects' exact days summed, rounded once
    std::vector<TranscriptStep> steps;              // by completion date
    std::vector<TranscriptCompetence> competences;  // by competence
};

// The person's lines in one project. `input` holds the project's rules and span and only
// this person's entries; `details` is parallel to input.entries. Lines are the entries dated
// inside [from, to] (each end optional); days are counted inside the project's span.
TranscriptProject transcript_project(std::string code, std::string name, const CountingInput& input,
                                     const EntryDetails& details, std::optional<Date> from,
                                     std::optional<Date> to);

// Minutes as hours in hundredths, rounded once (50 min → 83, "0.83"): how a transcript shows
// time spent.
std::int64_t hours_hundredths(std::int64_t minutes);

// Sums the projects' minutes and exact days into the transcript's totals.
void total_transcript(Transcript& transcript);

}  // namespace polku
