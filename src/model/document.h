// A loaded article: its bytes as given plus the metadata around them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimgraph {

struct Document {
    std::string path;  ///< as the user gave it
    std::string text;  ///< the file's bytes, unchanged: every offset refers to them
        ///< (for HTML and JSON Lines: the article text read from them)
    std::string format = "text";  ///< text, html or jsonl: the form the article came in
    std::size_t body_start = 0;  ///< first byte after a BOM and the header block
    std::optional<std::string> title, outlet, date, url, author;
    /// Header keys that are not recognised, in file order.
    std::vector<std::pair<std::string, std::string>> metadata;

    /// What makes this document itself: its text, and where and when it was published
    /// (title, outlet, date, url, author). The same text published twice (a wire story in
    /// two outlets, an article re-dated) is two documents; the same input read twice is
    /// one. Without metadata, the text's content_hash alone.
    std::string identity() const;
    /// Stable id derived from the identity (the same input always gives the same id).
    std::string id() const;
};

/// Document::identity of these parts (the store computes it for rows it already holds).
std::string publication_identity(std::string_view text, const std::optional<std::string>& title,
                                 const std::optional<std::string>& outlet, const std::optional<std::string>& date,
                                 const std::optional<std::string>& url, const std::optional<std::string>& author);

}  // namespace claimgraph
