// JSON Lines output read back in tests (`--format json` of the listings).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimgraph::testing {

/// Each line of `out` parsed as a JSON value, in order.
inline std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> v;
    for (std::size_t i = 0; i < out.size();) {
        const std::size_t e = out.find('\n', i);
        v.push_back(nlohmann::json::parse(out.substr(i, e - i)));
        i = e == std::string::npos ? out.size() : e + 1;
    }
    return v;
}

}  // namespace claimgraph::testing
