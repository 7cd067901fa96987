#include "util/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/error.h"

namespace claimgraph {

void write_file_atomically(const std::string& path, std::string_view data) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw Error(fmt::format("'{}': cannot write: {}", path, std::strerror(errno)));

    std::size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int saved = errno;
            ::close(fd);
            ::unlink(tmpl.c_str());
            throw Error(fmt::format("'{}': cannot write: {}", path, std::strerror(saved)));
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    const bool closed = ::close(fd) == 0;
    // mkstemp creates 0600; outputs are ordinary files.
    ::chmod(tmpl.c_str(), 0644);
    if (!synced || !closed || std::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int saved = errno;
        ::unlink(tmpl.c_str());
        throw Error(fmt::format("'{}': cannot write: {}", path, std::strerror(saved)));
    }
}

}  // namespace claimgraph
