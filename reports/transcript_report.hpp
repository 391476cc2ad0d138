#pragma once
// The transcript report's writers: JSON, one CSV table, and the document (xlsx, pdf, html).

#include <string>

#include "core/transcript.hpp"
#include "reports/document.hpp"

namespace polku::reports {

// Day figures as two-decimal strings, hours as two-decimal strings of whole minutes.
std::string write_transcript_json(const Transcript& transcript);

// A row per line, a subtotal row per project, a total row last; the first column says
// which ("entry", "subtotal", "total").
Table transcript_table(const Transcript& transcript);

Document transcript_document(const Transcript& transcript, Language language);

}  // namespace polku::reports
