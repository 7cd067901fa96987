#include "app/views.h"

#include <fmt/format.h>

#include "graph/views.h"
#include "util/error.h"

namespace claimgraph::app {

std::vector<std::string> document_ids(const GraphData& g) {
    std::vector<std::string> out;
    for (const Node& n : g.nodes)
        if (n.kind == NodeKind::document) out.push_back(n.id);
    return out;
}

GraphData diagram(const store::Store& db, const DiagramRequest& r) {
    GraphData g = r.around.empty() ? db.graph() : db.neighbourhood(r.around, r.depth);
    if (r.min_confidence > 0) g = graph::without_claims(g, db.unsure_claims(r.min_confidence));
    if (r.disputed_only) g = graph::disputed_only(g);
    // a focus view asks only for its own documents' copies
    if (r.group_copies) g = graph::group_copies(g, r.around.empty() ? db.copies() : db.copies(document_ids(g)));
    if (g.nodes.size() > r.max_nodes)
        throw Error(
            fmt::format("the diagram would have {} nodes, more than anyone can read (the limit is {}): draw part "
                        "of it with --focus ID --depth N, --source NAME or --disputed-only, or raise --max-nodes",
                        g.nodes.size(), r.max_nodes));
    return g;
}

graph::TraceResult trace(const store::Store& db, const std::string& id, const std::set<std::string>& hidden) {
    GraphData g = db.neighbourhood(id, -1);
    if (!hidden.empty()) g = graph::without_claims(g, hidden);  // without_claims copies even when nothing is hidden
    return graph::trace(g, id, db.origin_links(document_ids(g)));
}

GraphData trace_diagram(const store::Store& db, const graph::TraceResult& t, const std::string& id,
                        std::size_t max_nodes) {
    return graph::within(graph::group_copies(t.graph, db.copies(document_ids(t.graph))), id, max_nodes);
}

}  // namespace claimgraph::app
