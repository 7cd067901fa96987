// Document-level provenance: agency credits that say where a whole article came from.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/context.h"

namespace claimgraph::extract {

/// Finds "(With inputs from agency)", "Image Source : AP" / "Photo: Reuters" and datelines
/// such as "KYIV (AP) —", in text order.
std::vector<ProvenanceMark> find_provenance(const Context& ctx);

/// "OTTAWA —", "SCOTTSDALE, Ariz. –": a dateline with no agency that opens paragraph
/// `para`, a place in capitals (and its region) and a dash; no provenance mark, but no
/// statement's words either. The token after it, or 0.
std::size_t bare_dateline(const Context& ctx, const Paragraph& para);

}  // namespace claimgraph::extract
