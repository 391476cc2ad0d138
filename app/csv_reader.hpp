#pragma once
// Streams an RFC 4180 file (libcsv) record by record, with the physical line each record
// starts on. Detects `,` or `;` from the header line, accepts a UTF-8 byte-order mark, and
// reports NUL bytes, invalid UTF-8 and unterminated quotes with their line.

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace polku::app {

class CsvReader {
  public:
    // Called once per record, the header first (line 1 unless blank lines precede it). A record
    // with an encoding error is reported, not handed on; after such a header, none is. A CR
    // that no LF follows ends a line as LF and CRLF do.
    using RecordHandler =
        std::function<void(const std::vector<std::string>& fields, std::size_t line)>;

    // Throws InputError when the file cannot be opened.
    explicit CsvReader(const std::string& path);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Reads the whole file; problems of the file's form go to `errors`. Returns false when
    // reading had to stop (a malformed quote): later records were not seen.
    bool read(const RecordHandler& handler, ErrorList& errors);

    char delimiter() const { return m_delimiter; }
    // Bytes read so far and the file's size, for progress.
    std::size_t bytes_read() const { return m_bytes_read; }
    std::size_t file_size() const { return m_file_size; }

  private:
    std::string m_path;
    std::FILE* m_file = nullptr;
    char m_delimiter = ',';
    std::size_t m_bytes_read = 0;
    std::size_t m_file_size = 0;
};

}  // namespace polku::app
