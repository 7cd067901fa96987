// Store: graphs read back — a node's neighbourhood, the whole graph, a set of nodes with
// the edges between them — and the claims below a confidence.
#include "store/store.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/sql.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::store {

namespace {

using sql::figures_text;
using sql::first_column;
using sql::json_ids;
using sql::kEveryRelation;
using sql::kUnsureClaims;
using sql::read_figures;

}  // namespace

GraphData Store::neighbourhood(const std::string& id, int depth) const {
    // Breadth-first, a level at a time: each step is one indexed query per direction for
    // the whole frontier, and each node is reached once in each direction, so the work is
    // the size of the neighbourhood, never the corpus nor the number of paths (a recursive
    // CTE revisits nodes reached at several depths, and SQLite rebuilds a Bloom filter
    // over the edges at every step of one).
    // Upstream follows edges forward (toward the origin), downstream backward. For trace
    // (depth < 0) upstream is unbounded but along provenance only: what a source relays
    // (agency —reports→ claim; an outlet citing an outlet is provenance) leads to other
    // claims, not to this one's origin (the root's own relays are followed: a trace of an
    // agency shows what it relayed); downstream is two steps.
    const bool trace = depth < 0;
    const int up_depth = trace ? std::numeric_limits<int>::max() : depth, down_depth = trace ? 2 : depth;
    SQLite::Statement& every = cached("SELECT DISTINCT to_id FROM edges WHERE " + kEveryRelation +
                                      " AND from_id IN (SELECT value FROM json_each(?1))");
    SQLite::Statement& provenance = cached(
        "SELECT DISTINCT e.to_id FROM edges e WHERE e." + kEveryRelation +
        " AND e.from_id IN (SELECT value FROM json_each(?1)) AND NOT "
        "(e.relation = 'reports' AND e.kind <> 'cites' AND EXISTS (SELECT 1 FROM sources s WHERE s.id = e.from_id))");
    SQLite::Statement& in = cached("SELECT DISTINCT from_id FROM edges WHERE " + kEveryRelation +
                                   " AND to_id IN (SELECT value FROM json_each(?1))");
    std::set<std::string> seen_up{id}, seen_down{id};
    std::vector<std::string> up{id}, down{id};
    const auto step = [&](SQLite::Statement& q, std::vector<std::string>& frontier, std::set<std::string>& seen) {
        q.bind(1, json_ids(frontier));
        frontier.clear();
        for (std::string& next : first_column(q))
            if (seen.insert(next).second) frontier.push_back(std::move(next));
    };
    // the root's own relays are where its reports come from; further on, only provenance
    for (int d = 0; d < up_depth && !up.empty(); ++d) step(trace && d > 0 ? provenance : every, up, seen_up);
    for (int d = 0; d < down_depth && !down.empty(); ++d) step(in, down, seen_down);
    seen_up.insert(seen_down.begin(), seen_down.end());
    return load(std::vector<std::string>(seen_up.begin(), seen_up.end()), false);
}

GraphData Store::graph() const { return load({}, true); }

void Store::add_source_keys(GraphData& g) const {
    SQLite::Statement& q = cached("SELECT key FROM source_keys WHERE source_id = ?1 AND kind = ?2 ORDER BY key");
    for (Node& n : g.nodes) {
        if (n.kind != NodeKind::source) continue;
        for (const auto& [kind, attr] : {std::pair{"name", "keys"}, std::pair{"lone", "lone_keys"}}) {
            q.bind(1, n.id);
            q.bind(2, kind);
            const std::vector<std::string> keys = sql::first_column(q);
            if (!keys.empty()) n.attrs[attr] = text::join(keys, "; ");
        }
    }
}

std::set<std::string> Store::unsure_claims(double min) const {
    std::set<std::string> out;
    try {
        SQLite::Statement q(*m_db, kUnsureClaims);
        q.bind(":min_confidence", min);
        while (q.executeStep()) out.insert(q.getColumn(0).getString());
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot read confidences: {}", m_path, e.what()));
    }
    return out;
}

GraphData Store::load(const std::vector<std::string>& node_ids, bool all) const {
    GraphData g;
    const std::string ids = json_ids(node_ids);
    const std::string where = all ? "" : " WHERE id IN (SELECT value FROM json_each(:ids))";
    const auto bind_ids = [&](SQLite::Statement& q) {
        if (!all) q.bind(":ids", ids);
    };
    SQLite::Statement docs(*m_db, "SELECT id, path, title, outlet, date, url FROM documents" + where);
    bind_ids(docs);
    while (docs.executeStep()) {
        Node n{docs.getColumn(0).getString(), NodeKind::document, "", {}};
        n.attrs["path"] = docs.getColumn(1).getString();
        for (int i = 2; i <= 5; ++i)
            if (!docs.getColumn(i).isNull()) n.attrs[docs.getColumnName(i)] = docs.getColumn(i).getString();
        n.label = node_label(NodeKind::document, n.attrs);
        g.nodes.push_back(std::move(n));
    }
    SQLite::Statement stms(*m_db, "SELECT id, text, kind, cue, date FROM statements" + where);
    SQLite::Statement figs(*m_db,
                           "SELECT measure, value, qualifier, text FROM figures WHERE statement_id = ? "
                           "ORDER BY measure, value");
    bind_ids(stms);
    while (stms.executeStep()) {
        Node n{stms.getColumn(0).getString(), NodeKind::statement, stms.getColumn(1).getString(), {}};
        n.attrs["text"] = n.label;
        n.attrs["form"] = stms.getColumn(2).getString();  // direct, indirect, mixed
        if (!stms.getColumn(3).getString().empty()) n.attrs["cue"] = stms.getColumn(3).getString();
        if (!stms.getColumn(4).isNull()) n.attrs["date"] = stms.getColumn(4).getString();
        const std::vector<Figure> fs = read_figures(figs, n.id);
        if (!fs.empty()) n.attrs["figures"] = figures_text(fs);
        g.nodes.push_back(std::move(n));
    }
    {
        // a claim's verdict (its latest), in the attributes graph files and exports carry
        std::map<std::string, std::size_t> at;
        for (std::size_t i = 0; i < g.nodes.size(); ++i)
            if (g.nodes[i].kind == NodeKind::statement) at.emplace(g.nodes[i].id, i);
        // only the loaded claims' (a trace loads a neighbourhood, not the desk's every verdict)
        for (const Verdict& v : all ? verdicts() : verdicts(ids)) {
            auto it = at.find(v.statement);
            if (it == at.end()) continue;
            auto& attrs = g.nodes[it->second].attrs;
            attrs["verdict"] = v.rating;
            attrs["verdict_date"] = v.date;
            if (!v.reviewer.empty()) attrs["verdict_by"] = v.reviewer;
            if (!v.url.empty()) attrs["verdict_url"] = v.url;
            if (!v.note.empty()) attrs["verdict_note"] = v.note;
        }
    }
    // with whom a surname, office or short name alone presumably is (resolve/presumed.h)
    SQLite::Statement srcs(*m_db,
                           "SELECT s.id, s.name, s.type, s.role, p.person_id, (SELECT name FROM sources WHERE id = "
                           "p.person_id), p.basis FROM sources s LEFT JOIN presumed_sources p ON p.source_id = s.id" +
                               (all ? std::string() : " WHERE s.id IN (SELECT value FROM json_each(:ids))"));
    SQLite::Statement aliases(*m_db, "SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias");
    bind_ids(srcs);
    while (srcs.executeStep()) {
        Node n{srcs.getColumn(0).getString(), NodeKind::source, srcs.getColumn(1).getString(), {}};
        n.attrs["name"] = n.label;
        n.attrs["type"] = srcs.getColumn(2).getString();
        if (!srcs.getColumn(3).getString().empty()) n.attrs["role"] = srcs.getColumn(3).getString();
        if (!srcs.getColumn(4).isNull()) {
            n.attrs["presumably"] = srcs.getColumn(5).getString();
            n.attrs["presumably_id"] = srcs.getColumn(4).getString();
            n.attrs["presumably_basis"] = srcs.getColumn(6).getString();
        }
        std::vector<std::string> names;
        aliases.bind(1, n.id);
        while (aliases.executeStep())
            if (aliases.getColumn(0).getString() != n.label) names.push_back(aliases.getColumn(0).getString());
        aliases.reset();
        if (!names.empty()) n.attrs["aliases"] = text::join(names, "; ");
        g.nodes.push_back(std::move(n));
    }
    const std::string edge_where = all ? ""
                                       : " WHERE " + kEveryRelation +
                                             " AND from_id IN (SELECT value FROM json_each(:ids)) AND to_id IN (SELECT "
                                             "value FROM json_each(:ids))";
    SQLite::Statement edges(
        *m_db,
        "SELECT relation, from_id, to_id, document_id, start, end, evidence, cue, spans, kind, basis, "
        "match, measure, confirmed "
        "FROM edges" +
            edge_where);
    bind_ids(edges);
    while (edges.executeStep()) {
        Edge e;
        e.relation = relation_from_string(edges.getColumn(0).getString()).value_or(Relation::reports);
        e.from = edges.getColumn(1).getString();
        e.to = edges.getColumn(2).getString();
        const auto offset = [&](int col) {
            const int64_t v = edges.getColumn(col).getInt64();
            return v < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(v));
        };
        e.document = edges.getColumn(3).getString();
        e.start = offset(4);
        e.end = offset(5);
        e.text = edges.getColumn(6).getString();
        e.cue = edges.getColumn(7).getString();
        if (const std::string spans = edges.getColumn(8).getString(); !spans.empty())
            set_edge_attribute(e, "spans", spans);
        e.kind = edges.getColumn(9).getString();
        e.basis = edges.getColumn(10).getString();
        e.match = edges.getColumn(11).getString();
        e.measure = edges.getColumn(12).getString();
        e.confirmed = edges.getColumn(13).getInt() != 0;
        g.edges.push_back(std::move(e));
    }
    g.normalize();
    return g;
}

}  // namespace claimgraph::store
