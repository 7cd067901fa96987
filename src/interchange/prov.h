// PROV (prov.cpp) as the rest of the interchange formats see it: the PROV-JSON reader that
// read_json dispatches to, and the attributes both write as numbers. Internal to
// src/interchange/.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "interchange/formats.h"

namespace claimgraph::interchange {

/// The edge attributes written as numbers (byte offsets into a document).
inline bool numeric_attr(const std::string& key) {
    return key == "start" || key == "end" || key == "cue_start" || key == "cue_end";
}

/// A PROV-JSON document (with our namespace's attributes, or another tool's) as a graph.
Imported read_prov_json(const nlohmann::json& j);

}  // namespace claimgraph::interchange
