// Expands the paths a user gives into the article files to read.
#pragma once

#include <string>
#include <vector>

namespace claimgraph::load {

/// Files are kept as given (whatever their extension); directories are walked
/// recursively for *.txt, *.html, *.htm, *.jsonl and *.ndjson files, sorted by path, hidden entries skipped. Throws Error when
/// a path does not exist or a directory holds no article.
std::vector<std::string> discover(const std::vector<std::string>& paths);

}  // namespace claimgraph::load
