#pragma once
// A CSV text split into records by RFC 4180, written here on purpose: tests read files back
// (LibreOffice's CSV, fixtures) independently of the importer's reader.

#include <string>
#include <vector>

namespace polku::test {

// Comma-separated; quoted fields may hold commas, quotes and line breaks (kept as they
// are); a CR before a record's line feed is dropped.
std::vector<std::vector<std::string>> parse_csv_text(const std::string& text);

}  // namespace polku::test
