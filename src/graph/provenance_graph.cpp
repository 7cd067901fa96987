#include "graph/provenance_graph.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/hawick_circuits.hpp>
#include <boost/graph/strong_components.hpp>
#include <fmt/format.h>

#include "util/error.h"

namespace claimgraph::graph {

namespace {

struct EdgeProps {
    Relation relation = Relation::reports;
    /// a source relaying a claim (agency —reports→ statement): the relay is downstream of
    /// the claim, and the claims a source relays are not upstream of what it says itself
    bool relay = false;
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
        if (f == index.end() || t == index.end()) continue;
        const bool relay =
            e.relation == Relation::reports && g.nodes[f->second].kind == NodeKind::source && e.kind != "cites";
        boost::add_edge(f->second, t->second, EdgeProps{e.relation, relay}, bg);
    }
    return bg;
}

// The edges toward a claim's origin: all but a source's relays (boost::filtered_graph
// wants a predicate it can default-construct and copy).
struct NotRelay {
    const Graph* g = nullptr;
    Vertex root = 0;  ///< the root's own relays are where its reports come from: kept
    bool operator()(const boost::graph_traits<Graph>::edge_descriptor& e) const {
        return !(*g)[e].relay || boost::source(e, *g) == root;
    }
};

template <typename G>
std::vector<Vertex> reachable(const G& graph, Vertex root) {
    std::vector<Vertex> order;
    struct Recorder : boost::default_bfs_visitor {
        std::vector<Vertex>* out;
        void discover_vertex(Vertex v, const G&) const { out->push_back(v); }
    } rec;
    rec.out = &order;
    std::vector<boost::default_color_type> colors(boost::num_vertices(graph));
    boost::breadth_first_search(graph, root,
                                boost::visitor(rec).color_map(boost::make_iterator_property_map(
                                    colors.begin(), boost::get(boost::vertex_index, graph))));
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
    std::vector<std::pair<std::string, std::string>> reports;
    for (const Edge& e : g.edges)
        if (e.relation == Relation::reports && g.find(e.from) && g.find(e.to)) reports.emplace_back(e.from, e.to);
    return reporting_cycles(reports);
}

std::vector<std::vector<std::string>> reporting_cycles(
    const std::vector<std::pair<std::string, std::string>>& reports) {
    // A cycle lies within one strongly connected component (Boost, linear time); circuits
    // are enumerated (hawick_unique_circuits) only in the components of two nodes or more,
    // so an archive without circular reporting costs one pass over its edges, not a search
    // from every node.
    std::unordered_map<std::string_view, std::size_t> index;
    std::vector<std::string_view> names;
    const auto vertex = [&](const std::string& id) {
        auto [it, fresh] = index.try_emplace(id, names.size());
        if (fresh) names.push_back(id);
        return it->second;
    };
    using Plain = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    pairs.reserve(reports.size());
    for (const auto& [from, to] : reports) {
        const std::size_t f = vertex(from);
        pairs.emplace_back(f, vertex(to));
    }
    Plain all(names.size());
    for (const auto& [f, t] : pairs)
        if (f != t) boost::add_edge(f, t, all);  // self-loops are not circular reporting
    std::vector<std::size_t> component(names.size());
    const std::size_t n = boost::strong_components(
        all, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, all)));
    std::vector<std::size_t> size(n, 0);
    for (std::size_t c : component) ++size[c];
    GraphData part;  // the nodes of components with two or more, and the edges among them
    for (std::size_t i = 0; i < names.size(); ++i)
        if (size[component[i]] > 1) part.nodes.push_back({std::string(names[i]), NodeKind::source, "", {}});
    if (part.nodes.empty()) return {};
    for (const auto& [f, t] : pairs)
        if (f != t && size[component[f]] > 1 && component[f] == component[t])
            part.edges.push_back({std::string(names[f]), std::string(names[t]), Relation::reports, {}});
    part.normalize();
    const Graph graph = build(part);
    std::vector<std::vector<std::string>> cycles;
    boost::hawick_unique_circuits(graph, CycleCollector{&part, &cycles});
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
        if (!d.date || d.date->empty())
            undated.push_back({d.id, std::nullopt});
        else if (same_time(*d.date, fa.date))
            fa.candidates.push_back(d);
    }
    std::sort(fa.candidates.begin(), fa.candidates.end(), [](const DatedDocument& a, const DatedDocument& b) {
        return std::tie(*a.date, a.id) < std::tie(*b.date, b.id);
    });
    std::sort(undated.begin(), undated.end(),
              [](const DatedDocument& a, const DatedDocument& b) { return a.id < b.id; });
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
    const boost::filtered_graph<Graph, NotRelay> toward_origin(bg, NotRelay{&bg, r});
    for (Vertex v : reachable(toward_origin, r)) {
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

OriginIndex::OriginIndex(const std::vector<std::pair<std::string, std::string>>& links) {
    const auto vertex = [&](const std::string& id) {
        return m_component.try_emplace(id, m_component.size()).first->second;
    };
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    pairs.reserve(links.size());
    for (const auto& [a, b] : links) {
        const std::size_t va = vertex(a);
        pairs.emplace_back(va, vertex(b));
    }
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(m_component.size());
    for (const auto& [a, b] : pairs) boost::add_edge(a, b, g);
    std::vector<std::size_t> component(m_component.size());
    boost::connected_components(g, component.data());
    for (auto& [id, v] : m_component) v = component[v];
}

std::size_t OriginIndex::independent_origins(const std::vector<std::string>& documents) const {
    return independent_origins(std::vector<std::string_view>(documents.begin(), documents.end()));
}

std::size_t OriginIndex::independent_origins(const std::vector<std::string_view>& documents) const {
    // a claim has a handful of documents: sorted vectors, not sets (this runs once per
    // claim of a listing of millions)
    std::vector<std::size_t> joined;  // components of the documents that links tie to others
    std::vector<std::string_view> alone;  // documents no link touches: an origin each
    for (const std::string_view d : documents) {
        if (auto it = m_component.find(d); it != m_component.end())
            joined.push_back(it->second);
        else
            alone.push_back(d);
    }
    std::sort(joined.begin(), joined.end());
    std::sort(alone.begin(), alone.end());
    return static_cast<std::size_t>(std::unique(joined.begin(), joined.end()) - joined.begin()) +
           static_cast<std::size_t>(std::unique(alone.begin(), alone.end()) - alone.begin());
}

std::size_t independent_origins(const std::vector<std::string>& documents,
                                const std::vector<std::pair<std::string, std::string>>& links) {
    return OriginIndex(links).independent_origins(documents);
}

}  // namespace claimgraph::graph
