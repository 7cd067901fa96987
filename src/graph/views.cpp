#include "graph/views.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include "util/text.h"

namespace claimgraph::graph {

namespace {

GraphData keep_nodes(const GraphData& g, const std::set<std::string>& keep) {
    GraphData out;
    for (const Node& n : g.nodes)
        if (keep.count(n.id)) out.nodes.push_back(n);
    for (const Edge& e : g.edges)
        if (keep.count(e.from) && keep.count(e.to)) out.edges.push_back(e);
    out.normalize();
    return out;
}

// Adds to `keep` the bodies its sources speak for (source —attributes→ source).
void add_bodies(const GraphData& g, std::set<std::string>& keep) {
    const auto is_source = [&](const std::string& id) {
        const Node* n = g.find(id);
        return n && n->kind == NodeKind::source;
    };
    const std::set<std::string> speakers = keep;
    for (const Edge& e : g.edges)
        if (e.relation == Relation::attributes && speakers.count(e.from) && is_source(e.from) && is_source(e.to))
            keep.insert(e.to);
}

}  // namespace

GraphData disputed_only(const GraphData& g) {
    std::set<std::string> keep;
    for (const Edge& e : g.edges)
        if (e.relation == Relation::disputes) keep.insert({e.from, e.to});
    const std::set<std::string> claims = keep;
    for (const Edge& e : g.edges) {
        if (e.relation == Relation::attributes && claims.count(e.from)) keep.insert(e.to);  // the speaker
        if (e.relation == Relation::reports && claims.count(e.to)) keep.insert(e.from);  // who carries it
    }
    add_bodies(g, keep);  // the body a speaker talks for
    return keep_nodes(g, keep);
}

GraphData one_document(const GraphData& g, const std::string& doc) {
    // an edge read in another document is not this article's
    const auto here = [&](const Edge& e) { return e.document.empty() || e.document == doc; };
    const auto is = [&](const std::string& id, NodeKind k) {
        const Node* n = g.find(id);
        return n && n->kind == k;
    };
    std::set<std::string> keep{doc};
    for (const Edge& e : g.edges)
        if (e.from == doc && here(e)) keep.insert(e.to);  // its statements, the agencies it cites, its outlet
    const std::set<std::string> carried = keep;
    for (const Edge& e : g.edges) {
        if (!here(e)) continue;
        if (e.relation == Relation::attributes && carried.count(e.from) && is(e.from, NodeKind::statement))
            keep.insert(e.to);  // the speakers
        if (e.relation == Relation::reports && carried.count(e.to) && is(e.from, NodeKind::source))
            keep.insert(e.from);  // who relayed them
    }
    add_bodies(g, keep);  // the bodies the speakers talk for
    GraphData out = keep_nodes(g, keep);
    std::erase_if(out.edges, [&](const Edge& e) { return !here(e); });
    return out;
}

GraphData without_claims(const GraphData& g, const std::set<std::string>& hidden) {
    if (hidden.empty()) return g;
    // what is still joined to a statement that stays, through any chain of edges
    std::map<std::string, std::vector<std::string>> next;
    std::set<std::string> linked;
    for (const Edge& e : g.edges) {
        linked.insert({e.from, e.to});
        if (hidden.count(e.from) || hidden.count(e.to)) continue;
        next[e.from].push_back(e.to);
        next[e.to].push_back(e.from);
    }
    std::set<std::string> keep;
    std::vector<std::string> todo;
    for (const Node& n : g.nodes)
        if ((n.kind == NodeKind::statement && !hidden.count(n.id)) || !linked.count(n.id)) {
            keep.insert(n.id);
            todo.push_back(n.id);
        }
    while (!todo.empty()) {
        const std::string id = todo.back();
        todo.pop_back();
        for (const std::string& m : next[id])
            if (keep.insert(m).second) todo.push_back(m);
    }
    return keep_nodes(g, keep);
}

GraphData group_copies(const GraphData& g, const std::vector<std::pair<std::string, std::string>>& copies) {
    // documents of the graph, joined by the copies among them (Boost's connected components)
    std::map<std::string, std::size_t> index;
    for (const Node& n : g.nodes)
        if (n.kind == NodeKind::document) index.emplace(n.id, index.size());
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> docs(index.size());
    for (const auto& [a, b] : copies) {
        auto ia = index.find(a), ib = index.find(b);
        if (ia != index.end() && ib != index.end()) boost::add_edge(ia->second, ib->second, docs);
    }
    std::vector<std::size_t> component(index.size());
    if (!index.empty()) boost::connected_components(docs, component.data());
    std::map<std::size_t, std::vector<const Node*>> groups;
    for (const Node& n : g.nodes)
        if (n.kind == NodeKind::document) groups[component[index.at(n.id)]].push_back(&n);

    std::map<std::string, std::string> into;  // member → group id
    GraphData out;
    for (auto& [c, members] : groups) {
        if (members.size() < 2) continue;
        // the earliest dated member names the group (undated last, then by id)
        std::sort(members.begin(), members.end(), [](const Node* a, const Node* b) {
            const std::string da = attr_value(a->attrs, "date"), db = attr_value(b->attrs, "date");
            return std::tuple(da.empty(), da, a->id) < std::tuple(db.empty(), db, b->id);
        });
        Node group = *members.front();
        std::vector<std::string> ids;
        for (const Node* m : members) {
            ids.push_back(m->id);
            into[m->id] = group.id;
        }
        std::sort(ids.begin(), ids.end());
        group.attrs["copies"] = std::to_string(members.size());
        group.attrs["members"] = text::join(ids, " ");
        const std::string outlet = attr_value(members.front()->attrs, "outlet");
        group.label = (outlet.empty() ? group.label : outlet) + "\n+" + std::to_string(members.size() - 1) +
                      (members.size() == 2 ? " copy" : " copies");
        out.nodes.push_back(std::move(group));
    }
    for (const Node& n : g.nodes)
        if (!into.count(n.id)) out.nodes.push_back(n);
    std::set<std::tuple<std::string, std::string, Relation>> seen;
    for (const Edge& e : g.edges) {
        Edge moved = e;
        if (auto f = into.find(e.from); f != into.end()) moved.from = f->second;
        if (auto t = into.find(e.to); t != into.end()) moved.to = t->second;
        if (moved.from == moved.to) continue;  // copies citing each other inside the group
        const bool grouped = into.count(e.from) || into.count(e.to);
        if (grouped) {
            if (!seen.emplace(moved.from, moved.to, moved.relation).second) continue;
            moved = Edge{moved.from, moved.to, moved.relation};  // the mentions differ by member:
            moved.other["grouped"] = "1";  // the group draws one arrow
        }
        out.edges.push_back(std::move(moved));
    }
    out.normalize();
    return out;
}

GraphData within(const GraphData& g, const std::string& root, std::size_t max_nodes) {
    if (g.nodes.size() <= max_nodes) return g;
    // what carries each statement, and what each statement is linked to besides
    std::map<std::string, std::set<std::string>> documents_of;
    for (const Edge& e : g.edges) {
        const Node* from = g.find(e.from);
        if (e.relation == Relation::reports && from && from->kind == NodeKind::document)
            documents_of[e.to].insert(e.from);
    }
    std::set<std::string> keep{root};
    for (const Node& n : g.nodes)
        if (n.kind == NodeKind::source) keep.insert(n.id);
    std::vector<std::pair<std::size_t, std::string>> statements;  // (documents, id)
    for (const Node& n : g.nodes)
        if (n.kind == NodeKind::statement && n.id != root) statements.emplace_back(documents_of[n.id].size(), n.id);
    std::sort(statements.begin(), statements.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    // the root's own documents first (a document's trace shows itself)
    if (const Node* r = g.find(root); r && r->kind == NodeKind::statement)
        for (const std::string& d : documents_of[root]) keep.insert(d);
    std::size_t hidden = 0;
    const std::size_t budget = max_nodes > 1 ? max_nodes - 1 : 1;  // one node for what is left out
    for (const auto& [count, id] : statements) {
        std::size_t more = keep.count(id) ? 0 : 1;
        for (const std::string& d : documents_of[id]) more += keep.count(d) ? 0 : 1;
        if (keep.size() + more > budget) {
            ++hidden;
            continue;
        }
        keep.insert(id);
        for (const std::string& d : documents_of[id]) keep.insert(d);
    }
    GraphData out;
    for (const Node& n : g.nodes)
        if (keep.count(n.id)) out.nodes.push_back(n);
    for (const Edge& e : g.edges)
        if (keep.count(e.from) && keep.count(e.to)) out.edges.push_back(e);
    if (hidden > 0) {
        Node rest{"more-" + root,
                  NodeKind::statement,
                  fmt::format("… and {} more statements", hidden),
                  {{"hidden", std::to_string(hidden)}, {"form", "indirect"}}};
        rest.attrs["text"] = rest.label;
        const Node* r = g.find(root);
        if (r && r->kind == NodeKind::source)
            out.edges.push_back({rest.id, root, Relation::attributes, {}});
        else
            out.edges.push_back({rest.id, root, Relation::reports, {}});
        out.nodes.push_back(std::move(rest));
    }
    out.normalize();
    return out;
}

}  // namespace claimgraph::graph
