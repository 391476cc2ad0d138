#pragma once
// A document written to a file in one of the document formats, chosen by name.

#include <stop_token>
#include <string>

#include "reports/document.hpp"

namespace polku::reports {

// `format` is "xlsx", "pdf" or "html". Written atomically (0600). `stop` is checked at every
// row and between sections: once requested, Cancelled is thrown and neither the file nor a
// temporary one is left (an earlier file at `path` stays as it was). Throws InputError when
// the file cannot be written, std::invalid_argument for another format, Cancelled.
void write_document_file(const Document& document, const std::string& format,
                         const std::string& path, std::stop_token stop = {});

}  // namespace polku::reports
