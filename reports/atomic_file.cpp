#include "reports/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"

namespace polku::reports {

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)) {
    const std::filesystem::path target(m_path);
    const auto folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    m_temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    m_fd = ::mkstemp(m_temp.data());  // created 0600
    if (m_fd < 0) {
        m_temp.clear();
        fail("write the file");
    }
}

AtomicFile::~AtomicFile() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    if (!m_committed && !m_temp.empty()) {
        ::unlink(m_temp.c_str());
    }
}

void AtomicFile::fail(const char* doing) {
    const std::string reason = std::strerror(errno);
    throw InputError(m_path + ": cannot " + doing + ": " + reason, Place{m_path, 0, {}});
}

void AtomicFile::append(std::string_view bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("write the file");
        }
        written += static_cast<std::size_t>(n);
    }
}

void AtomicFile::commit() {
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        fail("write the file");
    }
    // A library may have written the file by name (and replaced it): sync what is there now.
    const int written = ::open(m_temp.c_str(), O_RDONLY);
    if (written < 0 || ::fsync(written) != 0) {
        if (written >= 0) {
            ::close(written);
        }
        fail("write the file");
    }
    ::close(written);
    if (std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
        fail("write the file");
    }
    m_committed = true;
}

void write_file_atomically(const std::string& path, std::string_view content) {
    AtomicFile file(path);
    file.append(content);
    file.commit();
}

}  // namespace polku::reports
