#include <map>

#include "render/cgraph_handle.h"
#include "render/renderer.h"

namespace claimgraph::render {

std::string semantic_dot(const GraphData& input) {
    GraphData g = input;
    g.normalize();
    GraphPtr graph = open_graph("claimgraph");
    std::map<std::string, Agnode_t*> nodes;
    for (const Node& n : g.nodes) {
        Agnode_t* node = agnode(graph.get(), cstr(n.id), 1);
        set(node, "kind", to_string(n.kind));
        for (const auto& [k, v] : n.attrs) set(node, k, v);
        nodes.emplace(n.id, node);
    }
    std::size_t i = 0;
    for (const Edge& e : g.edges) {
        auto f = nodes.find(e.from), t = nodes.find(e.to);
        if (f == nodes.end() || t == nodes.end()) continue;
        // edges are keyed so that parallel edges (one per document) stay distinct
        Agedge_t* edge = agedge(graph.get(), f->second, t->second, cstr("e" + std::to_string(i++)), 1);
        set(edge, "relation", to_string(e.relation));
        for (const auto& [k, v] : edge_attributes(e)) set(edge, k, v);
    }
    return write_dot(graph.get());
}

}  // namespace claimgraph::render
