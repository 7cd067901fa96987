// The page `claimgraph serve` sends and its code and styles (src/serve/web/), linked into
// the program: nothing is fetched from anywhere else, no file is read at run time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::serve {

struct Asset {
    std::string_view bytes;
    const char* content_type;
};

/// The asset a path names ("/", "/app.js", "/app.css"), nullopt for any other path.
std::optional<Asset> asset(const std::string& path);

}  // namespace claimgraph::serve
