// The JSON of `extract --format json` (DESIGN.md §4), a contract read by scripts.
#pragma once

#include <nlohmann/json.hpp>

#include "model/attribution.h"

namespace claimgraph::cli {

/// One JSON Lines object for one document: {"document": {…}, "statements": […]}.
nlohmann::ordered_json extraction_to_json(const Extraction& ex);

/// The human-readable listing of `extract` (text format).
std::string extraction_to_text(const Extraction& ex);

}  // namespace claimgraph::cli
