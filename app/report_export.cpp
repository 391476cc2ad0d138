#include "app/report_export.hpp"

#include <filesystem>

#include "core/error.hpp"
#include "reports/atomic_file.hpp"
#include "reports/html_writer.hpp"
#include "reports/monitoring_document.hpp"
#include "reports/monitoring_json.hpp"
#include "reports/pdf_writer.hpp"
#include "reports/xlsx_writer.hpp"

namespace polku::app {

void export_monitoring(const reports::MonitoringReport& report, const std::string& path,
                       reports::Language language) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".json") {
        reports::write_file_atomically(path, reports::write_monitoring_json(report));
    } else if (extension == ".html") {
        reports::write_file_atomically(
            path, reports::write_html(reports::monitoring_document(report, language)));
    } else if (extension == ".pdf") {
        reports::write_pdf(reports::monitoring_document(report, language), path);
    } else if (extension == ".xlsx") {
        reports::write_xlsx(reports::monitoring_document(report, language), path);
    } else {
        throw UsageError(path + ": choose a file ending in .pdf, .xlsx, .html or .json");
    }
}

}  // namespace polku::app
