// How `claims` and `trace` show a claim's first appearance: the earliest dated document,
// and the other candidates when dates tie or are missing.
#pragma once

#include <optional>
#include <string>

#include "graph/provenance_graph.h"

namespace claimgraph::cli {

/// "document 1a2b3c4d5e (2026-03-14T09:10)", with "; tied with …" / "; undated: …" when
/// others may be first; `documents` is how many carry the claim, for the no-date case.
std::string first_appearance_text(const std::optional<graph::FirstAppearance>& fa, std::size_t documents);

}  // namespace claimgraph::cli
