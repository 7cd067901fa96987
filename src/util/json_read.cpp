#include "util/json_read.h"

#include <string>

namespace claimgraph {

JsonTooDeep::JsonTooDeep() : std::runtime_error("nested more than " + std::to_string(kMaxJsonDepth) + " levels deep") {}

nlohmann::json parse_json(std::string_view text) {
    // the callback sees each value's depth as it is read, before the value is kept
    const nlohmann::json::parser_callback_t bound = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
        if (static_cast<std::size_t>(depth) > kMaxJsonDepth) throw JsonTooDeep();
        return true;
    };
    return nlohmann::json::parse(text, bound);
}

}  // namespace claimgraph
