#include "app/monitoring_service.hpp"

#include "core/error.hpp"
#include "core/training_day_calculator.hpp"
#include "db/counting_repository.hpp"
#include "db/ledger_entry_reader.hpp"

namespace polku::app {

std::string choose_project(db::Database& db, const std::optional<std::string>& requested) {
    if (requested) {
        return *requested;
    }
    const auto codes = db::CountingRepository(db).project_codes();
    if (codes.size() == 1) {
        return codes.front();
    }
    if (codes.empty()) {
        throw InputError(
            "the database has no projects; import projects.csv first (or run polku-cli demo)");
    }
    std::string list;
    for (const auto& c : codes) {
        list += (list.empty() ? "" : ", ") + c;
    }
    throw UsageError("the database has several projects; choose one with --project: " + list);
}

reports::MonitoringReport monitoring_report(db::Database& db, const ReportRequest& request) {
    auto loaded = db::CountingRepository(db).load(choose_project(db, request.project));
    const Period period = resolve_period(loaded.input.span, request.from, request.to);
    const CountingResult result = count_training_days(loaded.input);
    return reports::MonitoringReport{std::move(loaded.project),
                                     compute_monitoring(loaded.input, result, period)};
}

}  // namespace polku::app

namespace polku::app {

reports::LedgerReport ledger_report(db::Database& db, const ReportRequest& request,
                                    std::size_t batch_entries) {
    const std::string code = choose_project(db, request.project);
    ProjectInfo project = db::CountingRepository(db).project(code);
    const CountingRules rules = project.rules;
    const ProjectSpan span = project.span();
    const Period period = resolve_period(span, request.from, request.to);
    reports::LedgerReport report{std::move(project), period, day_value_denominator(rules), {}};
    // A part per batch of people, counted by the same engine as the figures: a person-day
    // never spans two batches, so the parts' sums are the figures' own.
    report.for_each_part = [&db, code, rules, span, period,
                            batch_entries](const reports::LedgerPartSink& sink) {
        db::LedgerEntryReader(db).read(code, batch_entries, [&](const db::EntryBatch& batch) {
            CountingInput input;
            input.rules = rules;
            input.span = span;
            input.entries = batch.entries;
            const Ledger part = build_ledger(count_training_days(input, KeepEntries::yes), period);
            sink(reports::LedgerPart{part, input.entries, batch.details});
        });
    };
    return report;
}

}  // namespace polku::app
