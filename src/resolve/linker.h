// The cross-document half of the resolve stage: one document's delta meets the corpus.
#pragma once

#include "model/records.h"
#include "resolve/matching.h"
#include "resolve/corpus.h"

namespace claimgraph::resolve {

/// Links `delta` (from build_delta) to what `corpus` holds, rewriting its ids in place:
/// - sources meet under their identity key (names.h): spellings, "Ministry of X", a
///   surname alone when one person in the corpus has it, an unqualified body ("Health
///   Ministry") to the country's one named in the same document; anonymous sources
///   ("officials") stay one per document; corrections a person made (sources merge and
///   split) are kept because they live in the key table;
/// - each statement becomes the stored claim by the same source it matches, with how it
///   matched on its `reports` edge: `exact` (same words), `near` (wire-copy edits: word
///   overlap), `figure` (same figures, same event); figures must agree (21 ≠ 24);
/// - `disputes` edges: `figure` (same measure, same event, other value, other source),
///   `denial` (a denial and the claim it answers), `contradiction` (accusation and
///   counter-accusation between two countries' sources);
/// - copy detection (shingles of the text outside quotes) and outlet → outlet citations.
void link(DocumentDelta& delta, const Corpus& corpus);

}  // namespace claimgraph::resolve
