// A loaded article: its bytes as given plus the metadata around them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace claimgraph {

struct Document {
    std::string path;         ///< as the user gave it
    std::string text;         ///< the file's bytes, unchanged: every offset refers to them
                              ///< (for HTML and JSON Lines: the article text read from them)
    std::string format = "text";  ///< text, html or jsonl: the form the article came in
    std::size_t body_start = 0;  ///< first byte after a BOM and the header block
    std::optional<std::string> title, outlet, date, url, author;
    /// Header keys that are not recognised, in file order.
    std::vector<std::pair<std::string, std::string>> metadata;

    /// Stable id derived from the text (the same bytes always give the same id).
    std::string id() const;
};

}  // namespace claimgraph
