#include "app/monitoring_service.hpp"

#include "core/error.hpp"
#include "core/training_day_calculator.hpp"
#include "db/counting_repository.hpp"

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

reports::LedgerReport ledger_report(db::Database& db, const ReportRequest& request) {
    auto loaded =
        db::CountingRepository(db).load(choose_project(db, request.project), db::WithDetails::yes);
    const Period period = resolve_period(loaded.input.span, request.from, request.to);
    return reports::LedgerReport{
        std::move(loaded.project),
        build_ledger(count_training_days(loaded.input, KeepEntries::yes), period),
        std::move(loaded.input.entries), std::move(loaded.details)};
}

}  // namespace polku::app
