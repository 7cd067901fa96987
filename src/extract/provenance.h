// Document-level provenance: agency credits that say where a whole article came from.
#pragma once

#include <vector>

#include "extract/context.h"

namespace claimgraph::extract {

/// Finds "(With inputs from agency)", "Image Source : AP" / "Photo: Reuters" and datelines
/// such as "KYIV (AP) —", in text order.
std::vector<ProvenanceMark> find_provenance(const Context& ctx);

}  // namespace claimgraph::extract
