// Store: a curated or exported graph file read into the database (import_graph), refusing
// an id whose kind would change.
#include "store/store.h"

#include <algorithm>
#include <map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/sql.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/text.h"

namespace claimgraph::store {

namespace {

using sql::bind_edge;
using sql::bind_opt;
using sql::figures_text;
using sql::kEdgeColumns;
using sql::run;

}  // namespace

namespace {

std::optional<std::string> attr_of(const std::map<std::string, std::string>& attrs, const char* key) {
    auto it = attrs.find(key);
    return it == attrs.end() ? std::nullopt : std::optional(it->second);
}

// "killed=14 (at least); wounded=110" (figures_text) back into figures; malformed parts
// are skipped (the graph-file reader has already vouched for the file).
std::vector<Figure> parse_figures(const std::string& text) {
    std::vector<Figure> out;
    for (const std::string& part : text::split(text, "; ")) {
        const std::size_t eq = part.find('=');
        if (eq == std::string::npos) continue;
        Figure f;
        f.measure = part.substr(0, eq);
        std::size_t used = 0;
        try {
            f.value = std::stoll(part.substr(eq + 1), &used);
        } catch (const std::exception&) {
            continue;
        }
        const std::string rest = part.substr(eq + 1 + used);
        if (rest.size() > 3 && rest.starts_with(" (") && rest.back() == ')')
            f.qualifier = rest.substr(2, rest.size() - 3);
        f.text = std::to_string(f.value);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace

std::string Store::kind_conflict(const GraphData& g) const {
    // an id's kind never changes: a statement's id reused for a source (or a document's for
    // a statement) would make the stored node vanish from every listing and export
    const auto moved = [&] {
        std::vector<std::string> ids;
        for (const Node& n : g.nodes) ids.push_back(n.id);
        return redirects(ids);
    }();
    SQLite::Statement& kind = cached(
        "SELECT 'document' FROM documents WHERE id = ?1 UNION ALL SELECT 'statement' FROM statements WHERE id = ?1 "
        "UNION ALL SELECT 'source' FROM sources WHERE id = ?1");
    std::map<std::string, NodeKind> in_graph;
    for (const Node& n : g.nodes) {
        const std::string id = moved.count(n.id) ? moved.at(n.id) : n.id;
        if (auto [it, fresh] = in_graph.try_emplace(id, n.kind); !fresh && it->second != n.kind)
            return fmt::format("node '{}' is a {} and a {} in the graphs imported; nothing was imported", n.id,
                               to_string(it->second), to_string(n.kind));
        kind.bind(1, id);
        std::string stored;
        if (kind.executeStep()) stored = kind.getColumn(0).getString();
        kind.reset();
        if (!stored.empty() && stored != to_string(n.kind))
            return fmt::format("node '{}' is a {} in the graph and a {} in the database; nothing was imported", n.id,
                               to_string(n.kind), stored);
    }
    return "";
}

std::pair<std::size_t, std::size_t> Store::import_graph(const GraphData& given) {
    std::size_t nodes = 0, edges = 0;
    try {
        // a graph file may name a claim by an id that was merged into another since
        GraphData g = given;
        {
            std::vector<std::string> ids;
            for (const Node& n : g.nodes) ids.push_back(n.id);
            for (const Edge& e : g.edges) {
                ids.push_back(e.from);
                ids.push_back(e.to);
            }
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            const auto moved = redirects(ids);
            const auto now = [&](std::string& id) {
                if (auto it = moved.find(id); it != moved.end()) id = it->second;
            };
            for (Node& n : g.nodes) now(n.id);
            for (Edge& e : g.edges) {
                now(e.from);
                now(e.to);
            }
        }
        if (const std::string conflict = kind_conflict(g); !conflict.empty()) throw Error(conflict);
        SQLite::Transaction tx(*m_db);
        SQLite::Statement doc(
            *m_db,
            "INSERT OR IGNORE INTO documents (id, path, title, outlet, date, url, content_hash, text) "
            "VALUES (?,?,?,?,?,?,?, '')");
        SQLite::Statement stm(*m_db,
                              "INSERT OR IGNORE INTO statements (id, text, kind, cue, date, match_key) "
                              "VALUES (?,?,?,?,?,?)");
        SQLite::Statement fts(
            *m_db, "INSERT INTO statements_fts (rowid, text) SELECT rowid, text FROM statements WHERE id = ?");
        SQLite::Statement fig(*m_db,
                              "INSERT OR IGNORE INTO figures (statement_id, measure, value, qualifier, text) "
                              "VALUES (?,?,?,?,?)");
        SQLite::Statement src(*m_db, "INSERT OR IGNORE INTO sources (id, name, type, role) VALUES (?,?,?,?)");
        SQLite::Statement alias(*m_db, "INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?,?)");
        // the keys later ingests find a source by, as export wrote them and ingest writes them
        SQLite::Statement name_key(*m_db, sql::kInsertNameKey);
        SQLite::Statement lone_key(*m_db, sql::kInsertOtherKey);
        for (const Node& n : g.nodes) {
            const auto get = [&](const char* k) { return attr_of(n.attrs, k); };
            SQLite::Statement* q = nullptr;
            switch (n.kind) {
            case NodeKind::document:
                doc.bind(1, n.id);
                doc.bind(2, get("path").value_or(""));
                bind_opt(doc, 3, get("title"));
                bind_opt(doc, 4, get("outlet"));
                bind_opt(doc, 5, get("date"));
                bind_opt(doc, 6, get("url"));
                doc.bind(7, "graph:" + n.id);  // no text came with it: the id stands for the content
                q = &doc;
                break;
            case NodeKind::statement:
                stm.bind(1, n.id);
                stm.bind(2, get("text").value_or(""));
                stm.bind(3, get("form").value_or("indirect"));
                stm.bind(4, get("cue").value_or(""));
                bind_opt(stm, 5, get("date"));
                stm.bind(6, get("match_key").value_or(""));
                q = &stm;
                break;
            case NodeKind::source:
                src.bind(1, n.id);
                src.bind(2, get("name").value_or(n.id));
                src.bind(3, get("type").value_or("person"));
                src.bind(4, get("role").value_or(""));
                q = &src;
                break;
            }
            const bool fresh = q->exec() > 0;
            q->reset();
            nodes += fresh ? 1 : 0;
            if (n.kind == NodeKind::statement && fresh) {
                fts.bind(1, n.id);
                fts.exec();
                fts.reset();
                for (const Figure& f : parse_figures(get("figures").value_or(""))) {
                    fig.bind(1, n.id);
                    fig.bind(2, f.measure);
                    fig.bind(3, static_cast<int64_t>(f.value));
                    bind_opt(fig, 4, f.qualifier);
                    fig.bind(5, f.text);
                    fig.exec();
                    fig.reset();
                }
            }
            if (n.kind == NodeKind::source) {
                std::vector<std::string> names{get("name").value_or(n.id)};
                for (std::string& a : text::split(get("aliases").value_or(""), "; ")) names.push_back(std::move(a));
                for (const std::string& a : names) {
                    alias.bind(1, n.id);
                    alias.bind(2, a);
                    alias.exec();
                    alias.reset();
                }
                for (const std::string& k : text::split(get("keys").value_or(""), "; "))
                    if (!k.empty()) sql::exec(name_key, k, n.id);
                for (const std::string& k : text::split(get("lone_keys").value_or(""), "; "))
                    if (!k.empty()) sql::exec(lone_key, k, n.id, "lone");
            }
        }
        SQLite::Statement edge(
            *m_db, fmt::format("INSERT INTO edges ({}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                               // the same edge again: a person's confirmation is kept, nothing else changes
                               "ON CONFLICT (relation, from_id, to_id, document_id, start) DO UPDATE SET "
                               "confirmed = max(edges.confirmed, excluded.confirmed) WHERE excluded.confirmed > "
                               "edges.confirmed",
                               kEdgeColumns));
        for (const Edge& e : g.edges) {
            bind_edge(edge, e);
            edges += edge.exec() > 0 ? 1 : 0;
            edge.reset();
        }
        // a claim's verdict, as export writes it (attributes verdict, verdict_by, …)
        for (const Node& n : g.nodes) {
            const auto rating = attr_of(n.attrs, "verdict");
            if (n.kind != NodeKind::statement || !rating) continue;
            const auto get = [&](const char* k) { return attr_of(n.attrs, k).value_or(""); };
            add_verdict_locked({n.id, *rating, get("verdict_note"), get("verdict_url"), get("verdict_by"),
                                get("verdict_date")});
        }
        // each new claim is its own mention, for later ingests to match
        run(*m_db,
            "INSERT OR IGNORE INTO statement_variants (statement_id, original_id, match_key, date, places, figures) "
            "SELECT id, id, match_key, date, places, coalesce((SELECT json_group_array(json_array(measure, value)) "
            "FROM figures WHERE statement_id = statements.id), '[]') FROM statements "
            "WHERE id NOT IN (SELECT statement_id FROM statement_variants)");
        refresh_statement_sources("source_id = ''", "");
        refresh_statement_sources("id IN (SELECT statement_id FROM statement_variants WHERE source_id = '')", "");
        index_places("id NOT IN (SELECT statement_id FROM statement_places)", "");
        refresh_presumed();
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot import the graph: {}", m_path, e.what()));
    }
    return {nodes, edges};
}

}  // namespace claimgraph::store
