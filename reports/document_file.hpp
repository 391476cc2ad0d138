#pragma once
// A document written to a file in one of the document formats, chosen by name.

#include <string>

#include "reports/document.hpp"

namespace polku::reports {

// `format` is "xlsx", "pdf" or "html". Written atomically (0600). Throws InputError when the
// file cannot be written, std::invalid_argument for another format.
void write_document_file(const Document& document, const std::string& format,
                         const std::string& path);

}  // namespace polku::reports
