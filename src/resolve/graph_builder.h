// The resolve stage, first version: turns one document's extraction into graph nodes
// and edges with stable ids. Sources are identified by their normalised name; the same
// claim by the same speaker gets the same statement id in every document.
#pragma once

#include "model/records.h"

namespace claimgraph::resolve {

/// Builds the Batch for one extraction: the document, its statements (reports edges
/// with content spans), their speakers (attributes edges with the mention and cue),
/// spokesperson → body (attributes), relays (agency —reports→ statement), document-level
/// agency credits (document —reports→ agency) and the outlet (document —attributes→ outlet).
Batch build_batch(const Extraction& ex);

}  // namespace claimgraph::resolve
