// Expands the paths a user gives into the article files to read.
#pragma once

#include <string>
#include <vector>

namespace claimgraph::load {

struct Discovered {
    std::vector<std::string> files;
    std::vector<std::string> warnings;  ///< entries skipped, with why ("…; skipped")
};

/// Files are kept as given (whatever their extension); directories are walked recursively
/// for *.txt, *.html, *.htm, *.jsonl and *.ndjson files, sorted by path, hidden entries
/// skipped. A symbolic link in a directory is read when what it names is inside that
/// directory; one leading out of it (to /etc/passwd, to another tree) is skipped with a
/// warning unless `follow_symlinks` (which also walks linked directories). Throws Error when
/// a path does not exist or a directory holds no article.
Discovered discover(const std::vector<std::string>& paths, bool follow_symlinks = false);

}  // namespace claimgraph::load
