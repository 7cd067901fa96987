#include "graph/diff.h"

#include <algorithm>
#include <map>
#include <set>

namespace claimgraph::graph {

namespace {

EdgeKey key_of(const Edge& e) {
    return {e.from, e.to, e.relation, e.document, e.start ? std::to_string(*e.start) : attr_value(e.other, "start")};
}

std::map<EdgeKey, const Edge*> edges_by_key(const GraphData& g) {
    std::map<EdgeKey, const Edge*> out;
    for (const Edge& e : g.edges) out.emplace(key_of(e), &e);
    return out;
}

}  // namespace

bool GraphDiff::empty() const {
    return added.empty() && removed.empty() && changed.empty() && added_edges.empty() && removed_edges.empty() &&
           changed_edges.empty();
}

GraphDiff diff(const GraphData& before, const GraphData& after) {
    GraphDiff d;
    std::map<std::string, const Node*> old_nodes, new_nodes;
    for (const Node& n : before.nodes) old_nodes.emplace(n.id, &n);
    for (const Node& n : after.nodes) new_nodes.emplace(n.id, &n);
    for (const auto& [id, n] : new_nodes) {
        auto o = old_nodes.find(id);
        if (o == old_nodes.end()) {
            d.added.push_back(*n);
            continue;
        }
        NodeChange c{id, n->kind, n->label, {}};
        std::set<std::string> keys;
        for (const auto& [k, v] : o->second->attrs) keys.insert(k);
        for (const auto& [k, v] : n->attrs) keys.insert(k);
        for (const std::string& k : keys) {
            auto a = o->second->attrs.find(k), b = n->attrs.find(k);
            const std::string av = a == o->second->attrs.end() ? "" : a->second;
            const std::string bv = b == n->attrs.end() ? "" : b->second;
            if (av != bv) c.attrs.emplace_back(k, av, bv);
        }
        if (o->second->kind != n->kind) c.attrs.emplace_back("kind", to_string(o->second->kind), to_string(n->kind));
        if (!c.attrs.empty()) d.changed.push_back(std::move(c));
    }
    for (const auto& [id, n] : old_nodes)
        if (!new_nodes.count(id)) d.removed.push_back(*n);
    const auto old_edges = edges_by_key(before), new_edges = edges_by_key(after);
    for (const auto& [k, e] : new_edges) {
        auto o = old_edges.find(k);
        if (o == old_edges.end())
            d.added_edges.push_back(*e);
        else if (edge_attributes(*o->second) != edge_attributes(*e))
            d.changed_edges.emplace_back(*o->second, *e);
    }
    for (const auto& [k, e] : old_edges)
        if (!new_edges.count(k)) d.removed_edges.push_back(*e);
    return d;
}

GraphData diff_view(const GraphData& before, const GraphData& after, const GraphDiff& d, int context) {
    GraphData g;
    std::map<std::string, std::string> mark;
    for (const Node& n : d.added) mark[n.id] = "added";
    for (const Node& n : d.removed) mark[n.id] = "removed";
    for (const NodeChange& c : d.changed) mark[c.id] = "changed";
    // every node of either version, the new one's attributes first
    std::map<std::string, Node> all;
    for (const Node& n : before.nodes) all.emplace(n.id, n);
    for (const Node& n : after.nodes) all[n.id] = n;
    std::vector<Edge> edges;
    for (const Edge& e : after.edges) edges.push_back(e);
    for (const Edge& e : d.removed_edges) edges.push_back(e);
    std::set<EdgeKey> added, removed, changed;
    for (const Edge& e : d.added_edges) added.insert(key_of(e));
    for (const Edge& e : d.removed_edges) removed.insert(key_of(e));
    for (const auto& [o, n] : d.changed_edges) changed.insert(key_of(n));
    for (Edge& e : edges) {
        const EdgeKey k = key_of(e);
        if (added.count(k))
            e.other["diff"] = "added";
        else if (removed.count(k))
            e.other["diff"] = "removed";
        else if (changed.count(k))
            e.other["diff"] = "changed";
    }
    // what to keep: the changes, and what lies within `context` steps of them
    std::set<std::string> keep;
    for (const auto& [id, m] : mark) keep.insert(id);
    for (const Edge& e : edges)
        if (e.other.count("diff")) keep.insert({e.from, e.to});
    if (context < 0) {
        for (const auto& [id, n] : all) keep.insert(id);
    } else {
        for (int step = 0; step < context; ++step) {
            std::set<std::string> next = keep;
            for (const Edge& e : edges)
                if (keep.count(e.from) || keep.count(e.to)) next.insert({e.from, e.to});
            keep.swap(next);
        }
    }
    for (auto& [id, n] : all) {
        if (!keep.count(id)) continue;
        if (auto m = mark.find(id); m != mark.end()) n.attrs["diff"] = m->second;
        g.nodes.push_back(std::move(n));
    }
    for (Edge& e : edges)
        if (keep.count(e.from) && keep.count(e.to)) g.edges.push_back(std::move(e));
    g.normalize();
    return g;
}

}  // namespace claimgraph::graph
