#include "reports/document_file.hpp"

#include <cstddef>
#include <stdexcept>
#include <string_view>

#include "reports/atomic_file.hpp"
#include "reports/html_writer.hpp"
#include "reports/pdf_writer.hpp"
#include "reports/stop_check.hpp"
#include "reports/xlsx_writer.hpp"

namespace polku::reports {

namespace {

// A page of a million-row ledger is some hundreds of megabytes, a second or more to write:
// the stop is checked between megabytes.
void write_in_chunks(const std::string& path, std::string_view content,
                     const std::stop_token& stop) {
    constexpr std::size_t chunk = std::size_t{1} << 20;
    AtomicFile file(path);
    for (std::size_t at = 0; at < content.size(); at += chunk) {
        throw_if_stopped(stop);
        file.append(content.substr(at, chunk));
    }
    throw_if_stopped(stop);
    file.commit();
}

}  // namespace

void write_document_file(const Document& document, const std::string& format,
                         const std::string& path, std::stop_token stop) {
    if (format == "html") {
        write_in_chunks(path, write_html(document, stop), stop);
    } else if (format == "pdf") {
        write_pdf(document, path, stop);
    } else if (format == "xlsx") {
        write_xlsx(document, path, stop);
    } else {
        throw std::invalid_argument("not a document format: " + format);
    }
}

}  // namespace polku::reports
