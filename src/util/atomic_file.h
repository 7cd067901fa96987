// Output files are written whole or not at all (DESIGN.md §7).
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace claimgraph {

/// Writes `data` to a temporary file beside `path`, then renames it over `path`.
/// On failure nothing is left behind and Error is thrown with the path as context.
void write_file_atomically(const std::string& path, std::string_view data);

/// Writes the files (name → bytes; names are plain file names) into a new directory beside
/// `path`, then puts it in place of `path` (an existing directory there is replaced). On
/// failure `path` is as it was and nothing else is left behind.
void write_directory_atomically(const std::string& path, const std::map<std::string, std::string>& files);

}  // namespace claimgraph
