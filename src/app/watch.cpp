#include "app/watch.h"

#include "load/discover.h"

namespace claimgraph::app {

std::map<std::string, FileState> look(const std::vector<std::string>& paths, bool follow_symlinks) {
    std::map<std::string, FileState> out;
    for (const std::string& f : load::discover(paths, follow_symlinks).files) {
        std::error_code ec;
        const auto modified = std::filesystem::last_write_time(f, ec);
        if (ec) continue;
        const auto size = std::filesystem::file_size(f, ec);
        if (ec) continue;
        out.emplace(f, FileState{modified, size});
    }
    return out;
}

std::vector<std::string> settled_changes(const std::map<std::string, FileState>& before,
                                         const std::map<std::string, FileState>& now,
                                         const std::map<std::string, FileState>& again) {
    std::vector<std::string> out;
    for (const auto& [path, state] : now) {
        auto was = before.find(path);
        if (was != before.end() && was->second == state) continue;
        auto later = again.find(path);
        if (later == again.end() || !(later->second == state)) continue;  // still being written
        out.push_back(path);
    }
    return out;
}

}  // namespace claimgraph::app
