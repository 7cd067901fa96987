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

// Whether `target` (canonical) is `root` (canonical) or inside it.
bool inside(const fs::path& root, const fs::path& target) {
    auto r = root.begin(), t = target.begin();
    for (; r != root.end(); ++r, ++t)
        if (t == target.end() || *r != *t) return false;
    return true;
}

void articles_in(const std::string& dir, bool follow, Discovered& out) {
    std::vector<std::string> found;
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(dir, ec);
    auto options = fs::directory_options::skip_permission_denied;
    if (follow) options |= fs::directory_options::follow_directory_symlink;
    fs::recursive_directory_iterator it(dir, options, ec), end;
    if (ec) throw Error(fmt::format("'{}': cannot read directory: {}", dir, ec.message()));
    for (; it != end; it.increment(ec)) {
        if (ec) throw Error(fmt::format("'{}': cannot read directory: {}", dir, ec.message()));
        if (is_hidden(it->path())) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file() || !is_article_file(it->path())) continue;
        if (it->is_symlink() && !follow) {
            std::error_code lec;
            const fs::path target = fs::canonical(it->path(), lec);
            if (lec || !inside(root, target)) {
                out.warnings.push_back(
                    fmt::format("'{}': a link to '{}', outside '{}'; skipped (--follow-symlinks reads "
                                "it)",
                                it->path().string(), lec ? "?" : target.string(), dir));
                continue;
            }
        }
        found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) throw Error(fmt::format("'{}': no articles (*.txt, *.html, *.jsonl) in directory", dir));
    out.files.insert(out.files.end(), found.begin(), found.end());
}

}  // namespace

Discovered discover(const std::vector<std::string>& paths, bool follow_symlinks) {
    Discovered out;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (p != "-" && fs::is_directory(p, ec)) {
            articles_in(p, follow_symlinks, out);
        } else if (p != "-" && !fs::exists(p, ec)) {
            throw Error(fmt::format("'{}': no such file or directory", p));
        } else {
            out.files.push_back(p);  // a file named on the command line is read, link or not
        }
    }
    return out;
}

}  // namespace claimgraph::load
