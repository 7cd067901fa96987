// Views of a graph for drawing: what a reader can take in at once.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/graph.h"

namespace claimgraph::graph {

/// The statements in a dispute, with their sources (and the bodies those speak for) and
/// the documents that carry them.
GraphData disputed_only(const GraphData& g);

/// One article as its reader sees it: the document `doc`, the statements it carries, who
/// they are attributed to or relayed by there (and the bodies those speak for), the
/// agencies it cites, the disputes among its own statements; only the mentions read in it.
GraphData one_document(const GraphData& g, const std::string& doc);

/// The graph without the statements `hidden` names (and their edges), and without the
/// sources and documents no longer joined to a statement that stays (those that had no
/// edge at all stay).
GraphData without_claims(const GraphData& g, const std::set<std::string>& hidden);

/// Documents that share copy (`copies`: pairs of document ids, as store::Store::copies
/// gives them) drawn as one node per wire story: "Reuters +2 copies". The group keeps
/// the id of its earliest member and gains `copies` (how many documents) and `members`
/// (their ids); edges of the members move to it, one per relation and end.
GraphData group_copies(const GraphData& g, const std::vector<std::pair<std::string, std::string>>& copies);

/// A view of at most `max_nodes` nodes around `root` (a trace of a speaker with thousands
/// of claims): the root, every source, and the statements most widely carried (by
/// documents, then id) with their documents, as many as fit; the rest are one node, "… and
/// N more statements", joined to the root as they were (its `hidden` attribute says how
/// many). The graph as it is when it fits.
GraphData within(const GraphData& g, const std::string& root, std::size_t max_nodes);

}  // namespace claimgraph::graph
