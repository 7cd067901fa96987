#include "graph/overview.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "util/hash.h"
#include "util/text.h"

namespace claimgraph::graph {

namespace {

const std::string kNoSource = "no-source";
const std::string kOtherSources = "other-sources";
const std::string kOtherCarriers = "other-carriers";

// What an overview edge stands for, counted: the claims a carrier carries of a source,
// the documents that cite an agency, the claims a relay reports, the disputes.
struct Tally {
    std::set<std::string> claims, cites, relays, disputes, documents;
    bool speaks_for = false;
};

using Key = std::tuple<std::string, std::string, Relation>;

class Folder {
public:
    Folder(const GraphData& g, CarriersBy by) : m_g(g), m_by(by) {
        for (const Node& n : g.nodes) {
            if (n.kind == NodeKind::document) add_carrier(n);
            if (n.kind == NodeKind::source) m_sources.emplace(n.id, n);
        }
        for (const Edge& e : g.edges)
            if (e.relation == Relation::attributes && kind(e.from) == NodeKind::statement &&
                kind(e.to) == NodeKind::source)
                m_speakers[e.from].insert(e.to);
        for (const Node& n : g.nodes)
            if (n.kind == NodeKind::statement) {
                if (m_speakers[n.id].empty()) m_speakers[n.id].insert(kNoSource);
                for (const std::string& s : m_speakers[n.id]) m_claims[s].insert(n.id);
            }
        for (const Edge& e : g.edges) fold(e);
    }

    // Keeps the largest sources and carriers, at most `max_nodes` nodes in all.
    GraphData build(std::size_t max_nodes) const {
        std::vector<std::string> sources, carriers;
        for (const auto& [id, claims] : m_claims) sources.push_back(id);
        // a source with no claim and no edge left (an outlet, drawn as its carrier) is not drawn
        std::set<std::string> linked;
        for (const auto& [key, tally] : m_edges) linked.insert({std::get<0>(key), std::get<1>(key)});
        for (const auto& [id, n] : m_sources)
            if (!m_claims.count(id) && linked.count(id)) sources.push_back(id);
        for (const auto& [id, docs] : m_carrier_docs) carriers.push_back(id);
        std::sort(sources.begin(), sources.end(), [&](const std::string& a, const std::string& b) {
            return std::tuple(-claims_of(a), a) < std::tuple(-claims_of(b), b);
        });
        std::sort(carriers.begin(), carriers.end(), [&](const std::string& a, const std::string& b) {
            return std::tuple(-docs_of(a), a) < std::tuple(-docs_of(b), b);
        });
        const std::size_t budget = std::max<std::size_t>(max_nodes, 6);
        std::size_t keep_carriers = carriers.size(), keep_sources = sources.size();
        if (sources.size() + carriers.size() > budget) {
            const std::size_t room = budget - 2;  // one node each for what is folded
            if (carriers.size() <= room / 3)
                keep_sources = budget - carriers.size() - 1;
            else if (sources.size() <= room - room / 3)
                keep_carriers = budget - sources.size() - 1;
            else
                keep_carriers = room / 3, keep_sources = room - room / 3;
        }
        std::map<std::string, std::string> into;  // group → node drawn
        for (std::size_t i = 0; i < sources.size(); ++i) into[sources[i]] = i < keep_sources ? sources[i] : kOtherSources;
        for (std::size_t i = 0; i < carriers.size(); ++i)
            into[carriers[i]] = i < keep_carriers ? carriers[i] : kOtherCarriers;

        GraphData out;
        std::map<std::string, std::set<std::string>> drawn_claims, drawn_docs;
        std::size_t folded_sources = 0, folded_carriers = 0;
        for (const std::string& s : sources) {
            const std::string& to = into.at(s);
            if (to == kOtherSources) ++folded_sources;
            if (auto c = m_claims.find(s); c != m_claims.end()) drawn_claims[to].insert(c->second.begin(), c->second.end());
            if (to != kOtherSources) out.nodes.push_back(source_node(s));
        }
        for (const std::string& c : carriers) {
            const std::string& to = into.at(c);
            if (to == kOtherCarriers) ++folded_carriers;
            drawn_docs[to].insert(m_carrier_docs.at(c).begin(), m_carrier_docs.at(c).end());
            if (to != kOtherCarriers) out.nodes.push_back(m_carrier_nodes.at(c));
        }
        if (folded_sources > 0)
            out.nodes.push_back({kOtherSources, NodeKind::source,
                                 text::counted(folded_sources, "other source"),
                                 {{"type", "collective"}}});
        if (folded_carriers > 0)
            out.nodes.push_back({kOtherCarriers, NodeKind::document,
                                 text::counted(folded_carriers, m_by == CarriersBy::outlet ? "other outlet" : "other document"),
                                 {}});
        for (Node& n : out.nodes) {
            // a source that only relays or is cited has no count of its own
            if (n.kind == NodeKind::source && !drawn_claims[n.id].empty())
                n.attrs["summary"] = text::counted(drawn_claims[n.id].size(), "claim");
            if (n.kind == NodeKind::document) {
                const std::size_t docs = drawn_docs[n.id].size();
                n.attrs["summary"] = m_by == CarriersBy::outlet || n.id == kOtherCarriers
                                         ? text::counted(docs, "document")
                                         : text::counted(carried(n.id), "claim");
            }
        }
        std::map<Key, Tally> edges;
        for (const auto& [key, tally] : m_edges) {
            const auto& [from, to, relation] = key;
            Key moved{into.at(from), into.at(to), relation};
            const bool folded = std::get<0>(moved) != from || std::get<1>(moved) != to;
            if (tally.speaks_for && folded) continue;  // no frame around a fold
            if (relation != Relation::disputes && std::get<0>(moved) == std::get<1>(moved)) continue;
            Tally& t = edges[moved];
            t.claims.insert(tally.claims.begin(), tally.claims.end());
            t.cites.insert(tally.cites.begin(), tally.cites.end());
            t.relays.insert(tally.relays.begin(), tally.relays.end());
            t.disputes.insert(tally.disputes.begin(), tally.disputes.end());
            t.documents.insert(tally.documents.begin(), tally.documents.end());
            t.speaks_for = t.speaks_for || tally.speaks_for;
        }
        for (const auto& [key, t] : edges) out.edges.push_back(edge(key, t));
        out.normalize();
        return out;
    }

private:
    NodeKind kind(const std::string& id) const {
        const Node* n = m_g.find(id);
        return n ? n->kind : NodeKind::statement;
    }

    long claims_of(const std::string& source) const {
        auto it = m_claims.find(source);
        return it == m_claims.end() ? 0 : static_cast<long>(it->second.size());
    }
    long docs_of(const std::string& carrier) const { return static_cast<long>(m_carrier_docs.at(carrier).size()); }

    // the claims a document carries (the document view's summary)
    std::size_t carried(const std::string& doc) const {
        auto it = m_carried.find(doc);
        return it == m_carried.end() ? 0 : it->second.size();
    }

    void add_carrier(const Node& doc) {
        std::string id = doc.id;
        if (m_by == CarriersBy::outlet) {
            const std::string outlet = attr_value(doc.attrs, "outlet");
            id = "outlet-" + stable_id({"outlet", text::lower(outlet)});
            if (!m_carrier_nodes.count(id)) {
                Node n{id, NodeKind::document, outlet.empty() ? "no outlet given" : outlet, {}};
                if (!outlet.empty()) n.attrs["outlet"] = outlet;
                m_carrier_nodes.emplace(id, std::move(n));
            }
            Node& n = m_carrier_nodes.at(id);
            // the dates the outlet's documents span, for the tooltip
            if (const std::string date = attr_value(doc.attrs, "date"); !date.empty()) {
                std::string& first = n.attrs["first date"];
                std::string& last = n.attrs["last date"];
                if (first.empty() || date < first) first = date;
                if (date > last) last = date;
            }
        } else {
            m_carrier_nodes.emplace(id, doc);
        }
        m_carrier_of[doc.id] = id;
        m_carrier_docs[id].insert(doc.id);
    }

    Node source_node(const std::string& id) const {
        if (auto it = m_sources.find(id); it != m_sources.end()) return it->second;
        return {kNoSource, NodeKind::source, "no source named", {{"type", "anonymous"}}};
    }

    // The groups a node is drawn in: a document its carrier, a statement its speakers.
    std::set<std::string> groups(const std::string& id) const {
        if (auto c = m_carrier_of.find(id); c != m_carrier_of.end()) return {c->second};
        if (auto s = m_speakers.find(id); s != m_speakers.end()) return s->second;
        if (m_sources.count(id)) return {id};
        return {};
    }

    void fold(const Edge& e) {
        const NodeKind from = kind(e.from), to = kind(e.to);
        if (e.relation == Relation::attributes && from == NodeKind::statement) return;  // the fold itself
        if (e.relation == Relation::attributes && from == NodeKind::document) return;   // a document's outlet
        if (e.relation == Relation::reports && from == NodeKind::document && to == NodeKind::statement)
            m_carried[e.from].insert(e.to);
        for (const std::string& a : groups(e.from))
            for (const std::string& b : groups(e.to)) {
                Tally& t = m_edges[{a, b, e.relation}];
                if (e.relation == Relation::disputes)
                    t.disputes.insert(e.from + " " + e.to);
                else if (e.relation == Relation::attributes)
                    t.speaks_for = true;
                else if (from == NodeKind::document && to == NodeKind::statement)
                    t.claims.insert(e.to);
                else if (from == NodeKind::source && to == NodeKind::statement)
                    t.relays.insert(e.to);
                else if (from == NodeKind::document && to == NodeKind::source)
                    t.cites.insert(e.from);
                else if (from == NodeKind::document)
                    t.documents.insert(e.from);  // a document relaying another outlet's
            }
    }

    static Edge edge(const Key& key, const Tally& t) {
        const auto& [from, to, relation] = key;
        Edge e{from, to, relation};
        std::vector<std::string> parts;
        if (!t.claims.empty()) parts.push_back(text::counted(t.claims.size(), "claim"));
        if (!t.relays.empty()) parts.push_back("relays " + text::counted(t.relays.size(), "claim"));
        if (!t.cites.empty()) parts.push_back(t.cites.size() == 1 ? "cites" : "cited in " + text::counted(t.cites.size(), "document"));
        if (!t.documents.empty()) parts.push_back(text::counted(t.documents.size(), "document"));
        if (!t.disputes.empty()) parts.push_back(text::counted(t.disputes.size(), "dispute"));
        const std::size_t count =
            t.claims.size() + t.relays.size() + t.cites.size() + t.documents.size() + t.disputes.size();
        if (!parts.empty()) {
            e.other["summary"] = text::join(parts, "; ");
            e.other["count"] = std::to_string(count);
        }
        if (relation == Relation::disputes) e.basis = e.other["summary"];
        return e;
    }

    const GraphData& m_g;
    CarriersBy m_by;
    std::map<std::string, Node> m_sources;
    std::map<std::string, std::set<std::string>> m_speakers;  // statement → its sources
    std::map<std::string, std::set<std::string>> m_claims;    // source → its statements
    std::map<std::string, Node> m_carrier_nodes;
    std::map<std::string, std::string> m_carrier_of;                // document → carrier
    std::map<std::string, std::set<std::string>> m_carrier_docs;    // carrier → its documents
    std::map<std::string, std::set<std::string>> m_carried;         // document → its statements
    std::map<Key, Tally> m_edges;
};

}  // namespace

GraphData overview(const GraphData& g, CarriersBy by, std::size_t max_nodes) {
    return Folder(g, by).build(max_nodes);
}

std::string graph_size(const GraphData& g) {
    std::size_t docs = 0, claims = 0, sources = 0;
    for (const Node& n : g.nodes) {
        if (n.kind == NodeKind::document) ++docs;
        if (n.kind == NodeKind::statement) ++claims;
        if (n.kind == NodeKind::source) ++sources;
    }
    return text::counted(docs, "document") + ", " + text::counted(claims, "claim") + ", " +
           text::counted(sources, "source");
}

}  // namespace claimgraph::graph
