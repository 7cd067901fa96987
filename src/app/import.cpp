#include "app/import.h"

#include <map>

#include <fmt/format.h>

#include "resolve/graph_builder.h"
#include "resolve/names.h"
#include "resolve/stored_identity.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::app {

namespace {

SourceRecord record_of(const Node& n) {
    SourceRecord r;
    r.id = n.id;
    r.name = attr_value(n.attrs, "name");
    if (r.name.empty()) r.name = n.id;
    r.type = source_type_from_string(attr_value(n.attrs, "type")).value_or(SourceType::person);
    r.role = attr_value(n.attrs, "role");
    for (std::string& a : text::split(attr_value(n.attrs, "aliases"), "; "))
        if (!a.empty()) r.aliases.push_back(std::move(a));
    return r;
}

// Stored people whose surname is this one word, for a warning: "Vyacheslav Gladkov (0fd6753076)".
std::vector<std::string> people_named(const std::vector<SourceRow>& stored, const std::string& key) {
    std::vector<std::string> out;
    for (const SourceRow& s : stored) {
        if (s.type != SourceType::person) continue;
        const auto words = resolve::key_words(resolve::source_key(s.name));
        if (words.size() > 1 && words.back() == key) out.push_back(fmt::format("{} ({})", s.name, s.id.substr(0, 10)));
    }
    return out;
}

// Each source of the graphs not stored under its id, to the stored source it is.
std::map<std::string, resolve::StoredIdentity> join_sources(const store::Store& db, std::vector<GraphData>& graphs,
                                                            ImportResult& result) {
    std::map<std::string, resolve::StoredIdentity> joined;
    std::vector<SourceRow> stored;  // read once, for warnings only
    bool read = false;
    for (const GraphData& g : graphs)
        for (const Node& n : g.nodes) {
            if (n.kind != NodeKind::source || db.source_type(n.id) || joined.count(n.id)) continue;
            const SourceRecord r = record_of(n);
            resolve::StoredIdentity found = resolve::stored_identity(db, r);
            if (!found.id.empty()) {
                result.joined.push_back(fmt::format("source '{}' ({}) is the stored source {} ({})", n.id, r.name,
                                                    found.id.substr(0, 10), found.basis));
                joined.emplace(n.id, std::move(found));
                continue;
            }
            if (!found.doubt.empty())
                result.warnings.push_back(fmt::format("source '{}' ({}) was kept apart: {}", n.id, r.name, found.doubt));
            const auto words = resolve::key_words(resolve::source_key(r.name));
            if (r.type == SourceType::person && words.size() == 1) {
                if (!read) stored = db.sources(), read = true;
                if (const auto people = people_named(stored, words.front()); !people.empty())
                    result.warnings.push_back(fmt::format(
                        "source '{}' ({}) was kept apart from {}: a surname alone may be anyone's; give the stored "
                        "id, the full name, or a role with a title to join them",
                        n.id, r.name, text::join(people, ", ")));
            }
        }
    return joined;
}

}  // namespace

ImportResult import_graphs(store::Store& db, std::vector<GraphData> graphs) {
    // every file against the database and the others before any is imported
    GraphData all;
    for (const GraphData& g : graphs)
        for (const Node& n : g.nodes) all.nodes.push_back(n);
    if (const std::string conflict = db.kind_conflict(all); !conflict.empty()) throw Error("import: " + conflict);
    ImportResult result;
    const auto joined = join_sources(db, graphs, result);
    for (GraphData& g : graphs) {
        for (Node& n : g.nodes) {
            if (n.kind == NodeKind::statement) n.attrs["match_key"] = resolve::match_key(n.attrs["text"]);
            // a joined source: the stored one, with the file's name among its aliases
            if (auto j = joined.find(n.id); j != joined.end()) {
                std::string aliases = attr_value(n.attrs, "aliases");
                const std::string name = attr_value(n.attrs, "name");
                if (!name.empty()) aliases = aliases.empty() ? name : name + "; " + aliases;
                n.id = j->second.id;
                n.attrs["aliases"] = aliases;
            }
        }
        for (Edge& e : g.edges) {
            if (auto j = joined.find(e.from); j != joined.end()) e.from = j->second.id;
            if (auto j = joined.find(e.to); j != joined.end()) {
                e.to = j->second.id;
                if (e.relation == Relation::attributes) e.match = j->second.basis;  // how the mention was identified
            }
        }
        const auto [n, e] = db.import_graph(g);
        result.nodes += n;
        result.edges += e;
    }
    return result;
}

}  // namespace claimgraph::app
