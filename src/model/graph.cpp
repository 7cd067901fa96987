#include "model/graph.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "model/attribution.h"
#include "util/hash.h"
#include "util/text.h"

namespace claimgraph {

const char* to_string(NodeKind kind) {
    switch (kind) {
    case NodeKind::document: return "document";
    case NodeKind::statement: return "statement";
    case NodeKind::source: return "source";
    }
    return "?";
}

std::optional<NodeKind> node_kind_from_string(const std::string& s) {
    for (NodeKind k : {NodeKind::document, NodeKind::statement, NodeKind::source})
        if (s == to_string(k)) return k;
    return std::nullopt;
}

std::string attr_value(const std::map<std::string, std::string>& attrs, const std::string& key) {
    auto it = attrs.find(key);
    return it == attrs.end() ? std::string() : it->second;
}

std::string node_label(NodeKind kind, const std::map<std::string, std::string>& attrs) {
    const auto get = [&](const char* k) { return attr_value(attrs, k); };
    switch (kind) {
    case NodeKind::document: {
        std::string outlet = get("outlet");
        if (outlet.empty()) outlet = get("title");
        if (outlet.empty()) outlet = std::filesystem::path(get("path")).filename().string();
        const std::string date = get("date");
        return date.empty() ? outlet : outlet + "\n" + date;
    }
    case NodeKind::statement: return get("text");
    case NodeKind::source: return get("name");
    }
    return {};
}

const char* to_string(StatementKind kind) {
    switch (kind) {
    case StatementKind::direct: return "direct";
    case StatementKind::indirect: return "indirect";
    case StatementKind::mixed: return "mixed";
    }
    return "?";
}

const char* to_string(SourceType type) {
    switch (type) {
    case SourceType::person: return "person";
    case SourceType::organization: return "organization";
    case SourceType::agency: return "agency";
    case SourceType::outlet: return "outlet";
    case SourceType::collective: return "collective";
    case SourceType::anonymous: return "anonymous";
    }
    return "?";
}

std::optional<SourceType> source_type_from_string(const std::string& s) {
    for (SourceType t : {SourceType::person, SourceType::organization, SourceType::agency, SourceType::outlet,
                         SourceType::collective, SourceType::anonymous})
        if (s == to_string(t)) return t;
    return std::nullopt;
}

int type_strength(SourceType type) {
    switch (type) {
    case SourceType::agency: return 5;
    case SourceType::outlet: return 4;
    case SourceType::organization: return 3;
    case SourceType::person: return 2;
    case SourceType::collective: return 1;
    case SourceType::anonymous: return 0;
    }
    return 0;
}

std::string publication_identity(std::string_view text, const std::optional<std::string>& title,
                                 const std::optional<std::string>& outlet, const std::optional<std::string>& date,
                                 const std::optional<std::string>& url, const std::optional<std::string>& author) {
    std::string hash = content_hash(text);
    if (!title && !outlet && !date && !url && !author) return hash;
    // an absent field ("\x1e") differs from an empty one
    const auto part = [](const std::optional<std::string>& v) {
        return v ? std::string_view(*v) : std::string_view("\x1e");
    };
    return hash + "-" + stable_id({hash, part(title), part(outlet), part(date), part(url), part(author)});
}

std::string Document::identity() const { return publication_identity(text, title, outlet, date, url, author); }

std::string Document::id() const { return stable_id({"document", identity()}); }

std::string source_id(const std::string& name) { return stable_id({"source", text::name_key(name)}); }

std::string statement_id(const Attribution& a) {
    // stable_id({"statement", name_key(speaker), name_key(content)}), each key hashed as it
    // is made, without its two copies (12.1M → 10.1M instructions of `extract --fast
    // --format json` on 150 PolNeAR texts; the rest is the hash of every byte)
    StableId id;
    id.add("statement");
    id.end_part();
    const auto add_key = [&](std::string_view name) {
        text::normalized_pieces(name, [&](std::string_view piece) { id.add_folded(piece); });
        id.end_part();
    };
    add_key(a.source ? std::string_view(a.source->name) : std::string_view());
    add_key(a.content_text);
    return id.id();
}

const Node* GraphData::find(const std::string& id) const {
    auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                               [](const Node& n, const std::string& key) { return n.id < key; });
    return it != nodes.end() && it->id == id ? &*it : nullptr;
}

void GraphData::normalize() {
    std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.id < b.id; });
    nodes.erase(std::unique(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.id == b.id; }),
                nodes.end());
    // by ends and relation, then (for edges that share them: mentions in several
    // documents) by the attributes as written, the order of graph files since version 1
    const auto ends = [](const Edge& e) { return std::tie(e.from, e.to, e.relation); };
    std::sort(edges.begin(), edges.end(), [&](const Edge& a, const Edge& b) { return ends(a) < ends(b); });
    std::vector<Edge> sorted;
    sorted.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size();) {
        std::size_t j = i + 1;
        while (j < edges.size() && ends(edges[j]) == ends(edges[i])) ++j;
        std::vector<std::pair<std::map<std::string, std::string>, Edge*>> run;
        for (std::size_t k = i; k < j; ++k)
            run.emplace_back(j - i > 1 ? edge_attributes(edges[k]) : std::map<std::string, std::string>(), &edges[k]);
        std::sort(run.begin(), run.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t k = 0; k < run.size(); ++k)
            if (k == 0 || run[k].first != run[k - 1].first) sorted.push_back(std::move(*run[k].second));
        i = j;
    }
    edges = std::move(sorted);
}

}  // namespace claimgraph
