// `claimgraph watch`: what changed among the articles of a folder since the last look, so
// that only new or edited files are ingested again (like Argdown's watch mode). Polling:
// it works on every file system, network folders included.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace claimgraph::app {

/// A file as a look saw it: changed when either differs at the next look.
struct FileState {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    bool operator==(const FileState&) const = default;
};

/// The articles under `paths` (load::discover's files) and their state; a file that went
/// away between the listing and the look is left out.
std::map<std::string, FileState> look(const std::vector<std::string>& paths, bool follow_symlinks);

/// The files of `now` that are new or changed since `before`, settled: unchanged between
/// `now` and `again` (a look taken a moment later), so a file still being written waits for
/// the next round. Sorted by path.
std::vector<std::string> settled_changes(const std::map<std::string, FileState>& before,
                                         const std::map<std::string, FileState>& now,
                                         const std::map<std::string, FileState>& again);

}  // namespace claimgraph::app
