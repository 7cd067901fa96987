#include "graph/provenance_graph.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/hawick_circuits.hpp>
#include <fmt/format.h>

#include "util/error.h"

namespace claimgraph::graph {

namespace {

struct EdgeProps {
    Relation relation = Relation::reports;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// Vertices are inserted in the (sorted) order of g.nodes, so vertex i is g.nodes[i] and
// every traversal is deterministic.
Graph build(const GraphData& g) {
    Graph bg(g.nodes.size());
    std::map<std::string, Vertex> index;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) index.emplace(g.nodes[i].id, i);
    for (const Edge& e : g.edges) {
        auto f = index.find(e.from), t = index.find(e.to);
        if (f != index.end() && t != index.end()) boost::add_edge(f->second, t->second, EdgeProps{e.relation}, bg);
    }
    return bg;
}

template <typename G>
std::vector<Vertex> reachable(const G& graph, Vertex root) {
    std::vector<Vertex> order;
    struct Recorder : boost::default_bfs_visitor {
        std::vector<Vertex>* out;
        void discover_vertex(Vertex v, const G&) const { out->push_back(v); }
    } rec;
    rec.out = &order;
    std::vector<boost::default_color_type> colors(boost::num_vertices(graph));
    boost::breadth_first_search(
        graph, root,
        boost::visitor(rec).color_map(boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph))));
    order.erase(order.begin());  // the root itself
    return order;
}

// Collects each cycle as node ids rotated to start at the smallest id.
struct CycleCollector {
    const GraphData* data;
    std::vector<std::vector<std::string>>* out;
    template <typename Path, typename G>
    void cycle(const Path& p, const G&) {
        if (p.size() < 2) return;  // self-loops are not circular reporting
        std::vector<std::string> ids;
        for (auto v : p) ids.push_back(data->nodes[v].id);
        std::rotate(ids.begin(), std::min_element(ids.begin(), ids.end()), ids.end());
        out->push_back(std::move(ids));
    }
};

}  // namespace

std::vector<std::vector<std::string>> reporting_cycles(const GraphData& g) {
    GraphData reports_only{g.nodes, {}};
    for (const Edge& e : g.edges)
        if (e.relation == Relation::reports) reports_only.edges.push_back(e);
    const Graph reports = build(reports_only);
    std::vector<std::vector<std::string>> cycles;
    boost::hawick_unique_circuits(reports, CycleCollector{&g, &cycles});
    std::sort(cycles.begin(), cycles.end());
    cycles.erase(std::unique(cycles.begin(), cycles.end()), cycles.end());
    return cycles;
}

namespace {

// Whether two dates may name the same moment: equal, or one the start of the other at a
// field boundary ("2026-03-14" against "2026-03-14T09:10").
bool same_time(const std::string& a, const std::string& b) {
    const std::string& s = a.size() <= b.size() ? a : b;
    const std::string& l = a.size() <= b.size() ? b : a;
    if (!l.starts_with(s)) return false;
    return s.size() == l.size() || l[s.size()] == 'T' || l[s.size()] == ' ' || l[s.size()] == ':';
}

}  // namespace

std::optional<FirstAppearance> first_appearance(const std::vector<DatedDocument>& documents) {
    const DatedDocument* first = nullptr;
    for (const DatedDocument& d : documents) {
        if (!d.date || d.date->empty()) continue;
        if (!first || *d.date < *first->date || (*d.date == *first->date && d.id < first->id)) first = &d;
    }
    if (!first) return std::nullopt;
    FirstAppearance fa{first->id, *first->date, {}};
    std::vector<DatedDocument> undated;
    for (const DatedDocument& d : documents) {
        if (!d.date || d.date->empty()) undated.push_back({d.id, std::nullopt});
        else if (same_time(*d.date, fa.date)) fa.candidates.push_back(d);
    }
    std::sort(fa.candidates.begin(), fa.candidates.end(),
              [](const DatedDocument& a, const DatedDocument& b) { return std::tie(*a.date, a.id) < std::tie(*b.date, b.id); });
    std::sort(undated.begin(), undated.end(), [](const DatedDocument& a, const DatedDocument& b) { return a.id < b.id; });
    fa.candidates.insert(fa.candidates.end(), undated.begin(), undated.end());
    fa.candidates.erase(std::unique(fa.candidates.begin(), fa.candidates.end(),
                                    [](const DatedDocument& a, const DatedDocument& b) { return a.id == b.id; }),
                        fa.candidates.end());
    return fa;
}

TraceResult trace(const GraphData& g, const std::string& root,
                  const std::vector<std::pair<std::string, std::string>>& links) {
    auto it = std::find_if(g.nodes.begin(), g.nodes.end(), [&](const Node& n) { return n.id == root; });
    if (it == g.nodes.end()) throw Error(fmt::format("no node with id '{}'", root));
    const Vertex r = static_cast<Vertex>(it - g.nodes.begin());
    const Graph bg = build(g);

    TraceResult t;
    t.root = root;
    std::set<Vertex> keep{r};
    for (Vertex v : reachable(bg, r)) {
        t.upstream.push_back(g.nodes[v].id);
        keep.insert(v);
        // an origin: a source whose chain ends here (it speaks for no one further)
        if (g.nodes[v].kind != NodeKind::source) continue;
        bool speaks_for_another = false;
        for (auto [e, end] = boost::out_edges(v, bg); e != end; ++e)
            speaks_for_another = speaks_for_another || bg[*e].relation == Relation::attributes;
        if (!speaks_for_another) t.origins.push_back(g.nodes[v].id);
    }
    const boost::reverse_graph<Graph> reversed(bg);
    for (Vertex v : reachable(reversed, r)) {
        t.downstream.push_back(g.nodes[v].id);
        keep.insert(v);
    }
    std::sort(t.origins.begin(), t.origins.end());

    for (Vertex v : keep) t.graph.nodes.push_back(g.nodes[v]);
    for (const Edge& e : g.edges)
        if (t.graph.find(e.from) && t.graph.find(e.to)) t.graph.edges.push_back(e);
    t.graph.normalize();

    // the documents that carry the root (or are it): their first appearance, and how many
    // independent origins they come to once copies of one story count once
    const Node& rn = g.nodes[r];
    std::vector<DatedDocument> carriers;
    const auto add_carrier = [&](const Node& n) {
        auto d = n.attrs.find("date");
        carriers.push_back({n.id, d == n.attrs.end() || d->second.empty() ? std::nullopt : std::optional(d->second)});
        t.documents.push_back(n.id);
    };
    if (rn.kind == NodeKind::document) add_carrier(rn);
    // who carries it: back along reports and attributes edges only (a document carrying a
    // claim that disputes this one does not carry this one)
    {
        std::vector<bool> seen(g.nodes.size(), false);
        std::vector<Vertex> todo{r};
        seen[r] = true;
        while (!todo.empty()) {
            const Vertex v = todo.back();
            todo.pop_back();
            for (auto [e, end] = boost::in_edges(v, bg); e != end; ++e) {
                const Vertex from = boost::source(*e, bg);
                if (bg[*e].relation == Relation::disputes || seen[from]) continue;
                seen[from] = true;
                todo.push_back(from);
                if (g.nodes[from].kind == NodeKind::document) add_carrier(g.nodes[from]);
            }
        }
    }
    std::sort(t.documents.begin(), t.documents.end());
    t.first_appearance = first_appearance(carriers);
    t.independent_origins = independent_origins(t.documents, links);
    t.cycles = reporting_cycles(t.graph);
    return t;
}

std::size_t independent_origins(const std::vector<std::string>& documents,
                                const std::vector<std::pair<std::string, std::string>>& links) {
    std::map<std::string, std::size_t> index;
    const auto vertex = [&](const std::string& id) { return index.try_emplace(id, index.size()).first->second; };
    for (const std::string& d : documents) vertex(d);
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& [a, b] : links) pairs.emplace_back(vertex(a), vertex(b));
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(index.size());
    for (const auto& [a, b] : pairs) boost::add_edge(a, b, g);
    std::vector<std::size_t> component(index.size());
    boost::connected_components(g, component.data());
    std::set<std::size_t> origins;
    for (const std::string& d : documents) origins.insert(component[index.at(d)]);
    return origins.size();
}

}  // namespace claimgraph::graph
