#include "app/import.h"

#include "resolve/graph_builder.h"
#include "util/error.h"

namespace claimgraph::app {

std::pair<std::size_t, std::size_t> import_graphs(store::Store& db, std::vector<GraphData> graphs) {
    // every file against the database and the others before any is imported
    GraphData all;
    for (const GraphData& g : graphs)
        for (const Node& n : g.nodes) all.nodes.push_back(n);
    if (const std::string conflict = db.kind_conflict(all); !conflict.empty()) throw Error("import: " + conflict);
    std::size_t nodes = 0, edges = 0;
    for (GraphData& g : graphs) {
        for (Node& n : g.nodes)
            if (n.kind == NodeKind::statement) n.attrs["match_key"] = resolve::match_key(n.attrs["text"]);
        const auto [n, e] = db.import_graph(g);
        nodes += n;
        edges += e;
    }
    return {nodes, edges};
}

}  // namespace claimgraph::app
