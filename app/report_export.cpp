#include "app/report_export.hpp"

#include <filesystem>

#include "core/error.hpp"
#include "reports/atomic_file.hpp"
#include "reports/document_file.hpp"
#include "reports/monitoring_document.hpp"
#include "reports/monitoring_json.hpp"

namespace polku::app {

void export_monitoring(const reports::MonitoringReport& report, const std::string& path,
                       reports::Language language) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".json") {
        reports::write_file_atomically(path, reports::write_monitoring_json(report));
    } else if (extension == ".html" || extension == ".pdf" || extension == ".xlsx") {
        reports::write_document_file(reports::monitoring_document(report, language),
                                     extension.substr(1), path);
    } else {
        throw UsageError(path + ": choose a file ending in .pdf, .xlsx, .html or .json");
    }
}

}  // namespace polku::app
