// The JSON of `extract --format json` (DESIGN.md §4), a contract read by scripts.
#pragma once

#include <string>

#include "model/attribution.h"

namespace claimgraph::interchange {

/// Appends one JSON Lines object for one document, {"document": {…}, "statements": […]},
/// without the line end. Written straight to text: articles with thousands of statements
/// would spend more time building a JSON tree than extracting them.
void append_extraction_json(std::string& out, const Extraction& ex);

/// The human-readable listing of `extract` (text format).
std::string extraction_to_text(const Extraction& ex);

}  // namespace claimgraph::interchange
