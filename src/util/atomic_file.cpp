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

void write_directory_atomically(const std::string& path, const std::map<std::string, std::string>& files) {
    namespace fs = std::filesystem;
    fs::path target = fs::path(path).lexically_normal();
    if (target.filename().empty()) target = target.parent_path();  // "out/" names "out"
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (fs::exists(target, ec) && !fs::is_directory(target, ec))
        throw Error(fmt::format("'{}': exists and is not a directory", path));
    std::string tmpl = (parent / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    if (!::mkdtemp(tmpl.data())) throw Error(fmt::format("'{}': cannot write: {}", path, std::strerror(errno)));
    const fs::path fresh(tmpl);
    const auto fail = [&](const std::string& why) {
        fs::remove_all(fresh, ec);
        throw Error(fmt::format("'{}': cannot write: {}", path, why));
    };
    ::chmod(tmpl.c_str(), 0755);
    for (const auto& [name, data] : files) {
        if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
            fail(fmt::format("'{}' is not a file name", name));
        try {
            write_file_atomically((fresh / name).string(), data);
        } catch (const Error& e) {
            fail(e.what());
        }
    }
    // swap in: the old directory steps aside first, so a failure can put it back
    const fs::path old = parent / (fresh.filename().string() + ".old");
    const bool had = fs::exists(target, ec);
    if (had && std::rename(target.c_str(), old.c_str()) != 0) fail(std::strerror(errno));
    if (std::rename(fresh.c_str(), target.c_str()) != 0) {
        const int saved = errno;
        if (had) std::rename(old.c_str(), target.c_str());
        fail(std::strerror(saved));
    }
    if (had) fs::remove_all(old, ec);
}

}  // namespace claimgraph
