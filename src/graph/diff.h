// What changed between two versions of a graph (two graph files, two databases): nodes
// and edges added, removed and changed, for `claimgraph diff`.
#pragma once

#include <string>
#include <vector>

#include "model/graph.h"

namespace claimgraph::graph {

struct NodeChange {
    std::string id;
    NodeKind kind = NodeKind::statement;
    std::string label;
    /// attribute → (old value, new value); "" for a side that lacks it
    std::vector<std::tuple<std::string, std::string, std::string>> attrs;
};

struct EdgeKey {
    std::string from, to;
    Relation relation = Relation::reports;
    std::string document, start;  ///< which mention (reports and attributes carry one per document)
    auto operator<=>(const EdgeKey&) const = default;
};

struct GraphDiff {
    std::vector<Node> added, removed;  ///< sorted by id
    std::vector<NodeChange> changed;
    std::vector<Edge> added_edges, removed_edges;
    std::vector<std::pair<Edge, Edge>> changed_edges;  ///< (old, new): same mention, other attributes
    bool empty() const;
};

GraphDiff diff(const GraphData& before, const GraphData& after);

/// One graph holding both versions, each node and edge marked with a `diff` attribute
/// (added, removed, changed); unchanged ones are kept only within `context` steps of a
/// change (all of them when context < 0), so a large graph draws what moved.
GraphData diff_view(const GraphData& before, const GraphData& after, const GraphDiff& d, int context);

}  // namespace claimgraph::graph
