// Output files are written whole or not at all (DESIGN.md §7).
#pragma once

#include <string>
#include <string_view>

namespace claimgraph {

/// Writes `data` to a temporary file beside `path`, then renames it over `path`.
/// On failure nothing is left behind and Error is thrown with the path as context.
void write_file_atomically(const std::string& path, std::string_view data);

}  // namespace claimgraph
