// Views of a graph for drawing: what a reader can take in at once.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/graph.h"

namespace claimgraph::graph {

/// The statements in a dispute, with their sources (and the bodies those speak for) and
/// the documents that carry them.
GraphData disputed_only(const GraphData& g);

/// Documents that share copy (`copies`: pairs of document ids, as store::Store::copies
/// gives them) drawn as one node per wire story: "Reuters +2 copies". The group keeps
/// the id of its earliest member and gains `copies` (how many documents) and `members`
/// (their ids); edges of the members move to it, one per relation and end.
GraphData group_copies(const GraphData& g, const std::vector<std::pair<std::string, std::string>>& copies);

}  // namespace claimgraph::graph
