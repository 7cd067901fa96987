// The extraction stage: one document in, its attributed statements and provenance out.
#pragma once

#include "model/attribution.h"

namespace claimgraph::extract {

/// Extracts statements and document-level provenance from `doc`. A single pass over the
/// text; never throws on article content (any text gives a possibly empty result).
Extraction extract(const Document& doc);

}  // namespace claimgraph::extract
