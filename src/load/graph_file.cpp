#include "load/graph_file.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "model/attribution.h"
#include "model/verdict.h"
#include "util/text.h"

namespace claimgraph::load {

namespace {

// Attributes that make Graphviz read files or follow links: never from an untrusted file.
bool reads_files(const std::string& name) {
    static const std::set<std::string> names{"image", "shapefile", "fontpath", "imagepath", "stylesheet", "imagescale"};
    return names.count(text::lower(name)) > 0;
}

bool is_link(const std::string& name) {
    const std::string n = text::lower(name);
    return n == "url" || n == "href" || n == "labelurl" || n == "labelhref" || n == "headurl" || n == "headhref" ||
           n == "tailurl" || n == "tailhref" || n == "edgeurl" || n == "edgehref";
}

bool web_link(const std::string& value) {
    const std::string v = text::lower(text::trim(value));
    return v.starts_with("http://") || v.starts_with("https://");
}

// YYYY-MM-DD, optionally followed by THH:MM[:SS] and anything after (a zone).
bool iso_date(const std::string& d) {
    const auto digits = [&](std::size_t from, std::size_t n) {
        if (d.size() < from + n) return false;
        for (std::size_t i = from; i < from + n; ++i)
            if (d[i] < '0' || d[i] > '9') return false;
        return true;
    };
    if (!(digits(0, 4) && d.size() >= 10 && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2))) return false;
    if (d.size() == 10) return true;
    return d[10] == 'T' && digits(11, 2) && d.size() >= 16 && d[13] == ':' && digits(14, 2);
}

// The node kinds each relation joins (DESIGN.md §2).
bool joins(Relation r, NodeKind from, NodeKind to) {
    switch (r) {
    case Relation::reports: return from != NodeKind::statement;
    case Relation::attributes: return to == NodeKind::source;
    case Relation::disputes: return to == NodeKind::statement && from != NodeKind::document;
    }
    return false;
}

class Reader {
public:
    explicit Reader(std::string_view text) { m_dot = parse_dot(text, m_out.diagnostics); }

    GraphFile run() {
        nodes();
        edges();
        statements_have_sources();
        std::stable_sort(m_out.diagnostics.begin(), m_out.diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return std::tie(a.at.line, a.at.col) < std::tie(b.at.line, b.at.col);
                         });
        m_out.graph.normalize();
        return std::move(m_out);
    }

private:
    void error(Position at, std::string message) { m_out.diagnostics.push_back({at, true, std::move(message)}); }
    void warning(Position at, std::string message) { m_out.diagnostics.push_back({at, false, std::move(message)}); }

    // Keeps the attributes a graph file may carry, warning about those it may not.
    std::map<std::string, std::string> safe_attrs(const std::map<std::string, DotAttr>& attrs,
                                                  const std::string& what) {
        std::map<std::string, std::string> out;
        for (const auto& [name, a] : attrs) {
            if (reads_files(name)) {
                warning(a.at,
                        fmt::format("attribute '{}' of {} dropped: graph files cannot make the renderer read files",
                                    name, what));
            } else if (is_link(name) && !web_link(a.value)) {
                warning(a.at, fmt::format("attribute '{}' of {} dropped: only http(s) links are kept", name, what));
            } else if (name != "key") {  // Graphviz's own edge key, not ours
                out[name] = a.value;
            }
        }
        return out;
    }

    // DOT lets later statements add attributes to a node (`a [date="…"]` after `a [kind=…]`):
    // they join the statement that gives the node its kind, wherever they stand.
    std::vector<DotNode> merged_nodes() const {
        std::map<std::string, std::size_t> first_kind;
        for (std::size_t i = 0; i < m_dot.nodes.size(); ++i)
            if (m_dot.nodes[i].attrs.count("kind")) first_kind.try_emplace(m_dot.nodes[i].id, i);
        std::vector<DotNode> out;
        std::map<std::size_t, std::size_t> slot;  // index in m_dot.nodes → index in out
        for (std::size_t i = 0; i < m_dot.nodes.size(); ++i) {
            const DotNode& dn = m_dot.nodes[i];
            auto k = first_kind.find(dn.id);
            if (!dn.attrs.count("kind") && k != first_kind.end()) {
                auto at = slot.find(k->second);
                DotNode* target = at != slot.end() ? &out[at->second] : nullptr;
                if (!target) {  // written before the statement with the kind: keep it for then
                    slot[k->second] = out.size();
                    out.push_back(m_dot.nodes[k->second]);
                    target = &out.back();
                }
                for (const auto& [name, a] : dn.attrs) target->attrs[name] = a;
                continue;
            }
            if (slot.count(i)) continue;  // already placed by an earlier attribute statement
            slot[i] = out.size();
            out.push_back(dn);
        }
        return out;
    }

    void nodes() {
        std::map<std::string, Position> defined;
        std::map<std::string, Node> by_id;
        for (const DotNode& dn : merged_nodes()) {
            const std::string what = fmt::format("node '{}'", dn.id);
            auto kind_attr = dn.attrs.find("kind");
            if (kind_attr == dn.attrs.end()) {
                if (!dn.attrs.empty() || !defined.count(dn.id)) {
                    error(dn.at, fmt::format("{} has no 'kind' (document, statement or source)", what));
                    m_bad.insert(dn.id);
                }
                continue;
            }
            const auto kind = node_kind_from_string(kind_attr->second.value);
            if (!kind) {
                error(kind_attr->second.at, fmt::format("{}: unknown kind '{}' (document, statement or source)", what,
                                                        kind_attr->second.value));
                m_bad.insert(dn.id);
                continue;
            }
            if (auto first = defined.find(dn.id); first != defined.end()) {
                error(dn.at, fmt::format("duplicate id '{}' (first defined at line {})", dn.id, first->second.line));
                continue;
            }
            defined.emplace(dn.id, dn.at);
            Node n{dn.id, *kind, "", safe_attrs(dn.attrs, what)};
            n.attrs.erase("kind");
            if (!check_node(n, dn)) {
                m_bad.insert(n.id);
                continue;
            }
            n.label = node_label(n.kind, n.attrs);
            m_at[n.id] = dn.at;
            by_id.emplace(n.id, std::move(n));
        }
        for (auto& [id, n] : by_id) m_out.graph.nodes.push_back(std::move(n));
        m_out.graph.normalize();
    }

    bool check_node(const Node& n, const DotNode& dn) {
        const auto at = [&](const char* attr) {
            auto it = dn.attrs.find(attr);
            return it == dn.attrs.end() ? dn.at : it->second.at;
        };
        const auto get = [&](const char* attr) {
            auto it = n.attrs.find(attr);
            return it == n.attrs.end() ? std::optional<std::string>() : std::optional(it->second);
        };
        bool ok = true;
        switch (n.kind) {
        case NodeKind::statement: {
            if (!get("text") || get("text")->empty()) {
                error(dn.at, fmt::format("statement '{}' has no 'text'", n.id));
                ok = false;
            }
            const auto form = get("form");
            if (form && *form != "direct" && *form != "indirect" && *form != "mixed") {
                error(at("form"),
                      fmt::format("statement '{}': unknown form '{}' (direct, indirect or mixed)", n.id, *form));
                ok = false;
            }
            if (const auto verdict = get("verdict"); verdict && !rating_from_word(*verdict)) {
                error(at("verdict"),
                      fmt::format("statement '{}': unknown verdict '{}' ({})", n.id, *verdict, rating_words()));
                ok = false;
            }
            if (get("verdict") && (!get("verdict_date") || get("verdict_date")->empty())) {
                error(at("verdict"), fmt::format("statement '{}': a verdict needs its 'verdict_date'", n.id));
                ok = false;
            }
            break;
        }
        case NodeKind::source: {
            if (!get("name") || get("name")->empty()) {
                error(dn.at, fmt::format("source '{}' has no 'name'", n.id));
                ok = false;
            }
            const auto type = get("type");
            if (type && !source_type_from_string(*type)) {
                error(at("type"), fmt::format("source '{}': unknown type '{}' (person, organization, agency, outlet, "
                                              "collective or anonymous)",
                                              n.id, *type));
                ok = false;
            }
            break;
        }
        case NodeKind::document: break;
        }
        if (const auto date = get("date"); date && !iso_date(*date))
            warning(at("date"),
                    fmt::format("{} '{}': date '{}' is not YYYY-MM-DD[THH:MM]", to_string(n.kind), n.id, *date));
        return ok;
    }

    void edges() {
        std::map<std::pair<std::string, std::string>, Position> disputes;
        for (const DotEdge& de : m_dot.edges) {
            const std::string what = fmt::format("edge '{}' -> '{}'", de.from, de.to);
            const Node* from = m_out.graph.find(de.from);
            const Node* to = m_out.graph.find(de.to);
            bool ok = true;
            for (const auto& [id, node, at] : {std::tuple{de.from, from, de.from_at}, std::tuple{de.to, to, de.to_at}})
                if (!node && !m_bad.count(id)) {
                    error(at, fmt::format("{}: no node '{}' is defined", what, id));
                    ok = false;
                }
            auto rel_attr = de.attrs.find("relation");
            std::optional<Relation> rel;
            if (rel_attr == de.attrs.end()) {
                error(de.at, fmt::format("{} has no 'relation' (reports, attributes or disputes)", what));
            } else if (!(rel = relation_from_string(rel_attr->second.value))) {
                error(rel_attr->second.at, fmt::format("{}: unknown relation '{}' (reports, attributes or disputes)",
                                                       what, rel_attr->second.value));
            }
            if (!rel || !ok || !from || !to) continue;
            if (!joins(*rel, from->kind, to->kind)) {
                error(de.at, fmt::format("{}: '{}' does not join a {} to a {}", what, to_string(*rel),
                                         to_string(from->kind), to_string(to->kind)));
                continue;
            }
            Edge e{de.from, de.to, *rel};
            for (auto& [name, value] : safe_attrs(de.attrs, what))
                if (name != "relation") set_edge_attribute(e, name, std::move(value));
            if (*rel == Relation::disputes) {
                static const std::set<std::string> bases{"figure", "denial", "contradiction", "curated"};
                if (!bases.count(e.basis)) {
                    error(de.attrs.count("basis") ? de.attrs.at("basis").at : de.at,
                          fmt::format("{}: a dispute needs a basis (figure, denial, contradiction or curated)", what));
                    continue;
                }
                const auto pair = std::minmax(de.from, de.to);
                if (auto first = disputes.find(pair); first != disputes.end())
                    warning(de.at, fmt::format("{}: these two claims are already in a dispute (line {})", what,
                                               first->second.line));
                else
                    disputes.emplace(pair, de.at);
            }
            if (*rel == Relation::reports && from->kind == NodeKind::document && to->kind == NodeKind::document) {
                const auto fd = from->attrs.find("date"), td = to->attrs.find("date");
                if (fd != from->attrs.end() && td != to->attrs.end() && iso_date(fd->second) && iso_date(td->second) &&
                    td->second > fd->second && !td->second.starts_with(fd->second) &&
                    !fd->second.starts_with(td->second))
                    warning(de.at, fmt::format("document '{}' ({}) is dated after document '{}' ({}), which cites it",
                                               de.to, td->second, de.from, fd->second));
            }
            m_out.graph.edges.push_back(std::move(e));
        }
    }

    void statements_have_sources() {
        std::set<std::string> attributed;
        for (const Edge& e : m_out.graph.edges)
            if (e.relation == Relation::attributes) attributed.insert(e.from);
        for (const Node& n : m_out.graph.nodes)
            if (n.kind == NodeKind::statement && !attributed.count(n.id))
                warning(m_at[n.id], fmt::format("statement '{}' has no source (no 'attributes' edge from it)", n.id));
    }

    DotGraph m_dot;
    GraphFile m_out;
    std::map<std::string, Position> m_at;
    std::set<std::string> m_bad;  ///< ids whose definition had an error (their edges are not reported again)
};

}  // namespace

bool GraphFile::has_errors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.error; });
}

GraphFile read_graph_file(std::string_view text) { return Reader(text).run(); }

std::string format_diagnostics(const std::string& path, const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += fmt::format("{}:{}:{}: {}: {}\n", path, d.at.line, d.at.col, d.error ? "error" : "warning", d.message);
    return out;
}

}  // namespace claimgraph::load
