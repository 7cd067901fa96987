// The JSON of the listings: one object per claim, source, dispute, document, timeline or
// trace, as `claims`, `sources`, `disputes`, `documents`, `timeline` and `trace` print
// with `--format json` and as `claimgraph serve` answers under /api/ (one contract, one
// place).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/provenance_graph.h"
#include "graph/timeline.h"
#include "model/records.h"

namespace claimgraph::interchange {

using Json = nlohmann::ordered_json;

/// `{"document", "date", "candidates": [{"document", "date"|null}, …]}`, or null when no
/// document is dated.
Json first_appearance_json(const std::optional<graph::FirstAppearance>& fa);

/// A claim's first appearance: the earliest dated of the documents carrying it.
std::optional<graph::FirstAppearance> first_appearance_of(const ClaimRow& c);

/// A claim's confidence: the highest its mentions were given (none without a model's).
std::optional<double> confidence_of(const ClaimRow& c);

/// How many independent origins the documents carrying a claim lead back to.
std::size_t independent_origins_of(const ClaimRow& c, const graph::OriginIndex& links);

/// A claim with its speaker, figures, documents (each mention's span, match and
/// confidence), first appearance and independent origins.
Json claim_json(const ClaimRow& c, std::size_t independent_origins);

/// A source of the listing: name, type, role, aliases, whom it speaks for, counts.
Json source_json(const SourceRow& s);

/// A source with each mention: the words written, where, and how it was identified.
Json source_detail_json(const SourceRow& s, const std::vector<SourceMentionRow>& mentions);

Json dispute_json(const DisputeRow& d);

Json document_json(const DocumentRow& d);

Json timeline_json(const graph::Timeline& t);

Json trace_json(const graph::TraceResult& t);

}  // namespace claimgraph::interchange
