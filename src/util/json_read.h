// JSON read with a bound on nesting (issue 17): nlohmann's values are recursive, and a
// document nested 100,000 levels deep overflowed the stack when it was copied.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string_view>

#include <nlohmann/json.hpp>

namespace claimgraph {

/// The deepest nesting of arrays and objects read: far more than any claimgraph file or
/// article record has.
inline constexpr std::size_t kMaxJsonDepth = 512;

/// A JSON text nested deeper than kMaxJsonDepth.
class JsonTooDeep : public std::runtime_error {
public:
    JsonTooDeep();
};

/// nlohmann::json::parse, refusing nesting deeper than kMaxJsonDepth before it is built
/// (JsonTooDeep); other failures as nlohmann throws them.
nlohmann::json parse_json(std::string_view text);

}  // namespace claimgraph
