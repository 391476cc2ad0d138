#include "reports/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/error.hpp"

namespace polku::reports {

void write_file_atomically(const std::string& path, const std::string& content) {
    const std::filesystem::path target(path);
    const auto folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());  // created 0600
    const auto fail = [&](const char* doing) {
        const std::string reason = std::strerror(errno);
        if (fd >= 0) {
            ::close(fd);
            ::unlink(temp.c_str());
        }
        throw InputError(path + ": cannot " + doing + ": " + reason, Place{path, 0, {}});
    };
    if (fd < 0) {
        fail("write the file");
    }
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("write the file");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        fail("write the file");
    }
    if (::close(fd) != 0) {
        ::unlink(temp.c_str());
        throw InputError(path + ": cannot write the file: " + std::strerror(errno),
                         Place{path, 0, {}});
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        throw InputError(path + ": cannot write the file: " + reason, Place{path, 0, {}});
    }
}

}  // namespace polku::reports
