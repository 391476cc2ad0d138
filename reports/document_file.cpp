#include "reports/document_file.hpp"

#include <stdexcept>

#include "reports/atomic_file.hpp"
#include "reports/html_writer.hpp"
#include "reports/pdf_writer.hpp"
#include "reports/xlsx_writer.hpp"

namespace polku::reports {

void write_document_file(const Document& document, const std::string& format,
                         const std::string& path) {
    if (format == "html") {
        write_file_atomically(path, write_html(document));
    } else if (format == "pdf") {
        write_pdf(document, path);
    } else if (format == "xlsx") {
        write_xlsx(document, path);
    } else {
        throw std::invalid_argument("not a document format: " + format);
    }
}

}  // namespace polku::reports
