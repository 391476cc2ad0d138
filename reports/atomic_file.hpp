#pragma once
// Writing a report file so that it is either whole or not there: the content goes to a
// temporary file beside the target (mode 0600: reports hold personal data), which is
// synced and renamed over the target on commit(). A file never committed is removed.

#include <string>
#include <string_view>

namespace polku::reports {

class AtomicFile {
  public:
    // Throws InputError (with the path) when the folder cannot be written.
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& path() const { return m_path; }
    // For libraries that write by file name (libxlsxwriter, cairo): the file to write.
    const std::string& temp_path() const { return m_temp; }
    // Appends to the temporary file. Throws InputError.
    void append(std::string_view bytes);
    // Syncs the temporary file and renames it over the target. Throws InputError.
    void commit();

  private:
    [[noreturn]] void fail(const char* doing);

    std::string m_path;
    std::string m_temp;
    int m_fd = -1;
    bool m_committed = false;
};

// Throws InputError (with the path) when the folder cannot be written.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace polku::reports
