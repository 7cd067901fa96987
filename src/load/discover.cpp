#include "load/discover.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "util/error.h"

namespace claimgraph::load {

namespace fs = std::filesystem;

namespace {

bool is_hidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

bool is_article_file(const fs::path& p) {
    const std::string ext = p.extension().string();
    return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl" || ext == ".ndjson";
}

std::vector<std::string> articles_in(const std::string& dir) {
    std::vector<std::string> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) throw Error(fmt::format("'{}': cannot read directory: {}", dir, ec.message()));
    for (; it != end; it.increment(ec)) {
        if (ec) throw Error(fmt::format("'{}': cannot read directory: {}", dir, ec.message()));
        if (is_hidden(it->path())) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file() && is_article_file(it->path())) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) throw Error(fmt::format("'{}': no articles (*.txt, *.html, *.jsonl) in directory", dir));
    return found;
}

}  // namespace

std::vector<std::string> discover(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (p != "-" && fs::is_directory(p, ec)) {
            auto more = articles_in(p);
            files.insert(files.end(), more.begin(), more.end());
        } else if (p != "-" && !fs::exists(p, ec)) {
            throw Error(fmt::format("'{}': no such file or directory", p));
        } else {
            files.push_back(p);
        }
    }
    return files;
}

}  // namespace claimgraph::load
