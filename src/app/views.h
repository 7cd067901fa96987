// What the render and trace commands show, between the store and the drawing: the
// diagram a request asks for (the whole graph, a node's neighbourhood, a source's), and
// a claim's trace. The command line resolves ids and options, calls these, and prints.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "graph/provenance_graph.h"
#include "model/graph.h"
#include "store/store.h"

namespace claimgraph::app {

/// The ids of the documents a graph holds, in its order.
std::vector<std::string> document_ids(const GraphData& g);

/// How a whole-graph diagram is drawn: one node per claim (`none`), grouped by outlet or
/// by document (graph::overview), or `automatic`: one node per claim when it fits in
/// max_nodes, grouped by outlet when it does not.
enum class Grouping { automatic, none, outlet, document };

struct DiagramRequest {
    std::string around;  ///< a node's id: its neighbourhood within `depth` steps; empty: the whole graph
    std::string document;  ///< a document's id: that one article (graph::one_document)
    int depth = 2;
    double min_confidence = 0;  ///< claims the extractor was less sure of everywhere are left out
    bool disputed_only = false;
    bool group_copies = true;  ///< copies of one wire story drawn as one node
    Grouping grouping = Grouping::automatic;  ///< the whole graph only
    std::size_t max_nodes = 0;  ///< more nodes than this, ungrouped: an Error that says how to draw less
    /// A focus view of more than max_nodes is cut to the focus, its sources and the claims
    /// most carried (graph::within) rather than refused: a page that must draw something.
    bool cut_to_fit = false;
    std::size_t overview_nodes = 60;  ///< most nodes of a grouped view (graph::overview)
};

struct Diagram {
    GraphData graph;
    std::string title;  ///< what it shows: "claimgraph: 19 documents, 250 claims, 160 sources"
    std::string note;   ///< why it was grouped when nobody asked, else ""
};

/// The diagram a request asks for, with its title; throws Error when ungrouped it has more
/// than max_nodes nodes.
Diagram diagram(const store::Store& db, const DiagramRequest& request);

/// A claim's (or any node's) trace: its whole connected neighbourhood, the claims in
/// `hidden` left out, read with the origin links between its documents.
graph::TraceResult trace(const store::Store& db, const std::string& id, const std::set<std::string>& hidden = {});

/// The trace drawn for a reader: copies of one wire story as one node, then at most
/// `max_nodes` (a speaker with thousands of claims: the most carried, and a count).
GraphData trace_diagram(const store::Store& db, const graph::TraceResult& t, const std::string& id,
                        std::size_t max_nodes);

}  // namespace claimgraph::app
