#include "reports/ledger_document.hpp"

#include "reports/monitoring_document.hpp"
#include "reports/vocabulary.hpp"

namespace polku::reports {

Document ledger_document(const LedgerReport& report, Language language) {
    Document d;
    d.language = language;
    d.title = label(language, "ledger");
    d.subtitle = report.project.code + " " + report.project.name;
    d.header = project_header(report.project, report.period, language);
    d.rules_title = label(language, "rules");
    d.rules = rules_fields(report.project.rules, language);
    Section s;
    s.name = "ledger";
    s.title = label(language, "ledger");
    for (const auto& column : ledger_columns()) {
        s.headings.push_back(label(language, column));
    }
    // Typical widths: measuring a million rows first would read the model twice.
    s.widths = {9, 12, 24, 10, 12, 12, 32, 6, 6, 10, 8, 9, 9};
    // No row_count: knowing it means going through the ledger, which only the PDF's page
    // count needs.
    s.for_each_row = [&report, language](const RowSink& sink) {
        std::vector<Cell> shown;
        for_each_ledger_row(report, [&](const std::vector<Cell>& cells, RowStyle style) {
            shown = cells;
            shown[0] = labelled(cells[0], language);
            shown[4] = labelled(cells[4], language);
            shown[9] = labelled(cells[9], language);
            sink(shown, style);
        });
    };
    d.sections.push_back(std::move(s));
    return d;
}

}  // namespace polku::reports
