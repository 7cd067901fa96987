// `claimgraph trace ID`: the provenance chain of a statement, source or document.
#include <functional>
#include <ostream>
#include <set>
#include <tuple>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/views.h"
#include "cli/common.h"
#include "cli/first_appearance.h"
#include "cli/ids.h"
#include "interchange/listing_json.h"
#include "graph/provenance_graph.h"
#include "render/renderer.h"
#include "store/store.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct TraceOptions {
    std::string db;
    std::string id;
    std::string format = "text";
    OutputTarget output;
    std::size_t max_nodes = render::kMaxReadableNodes;
};

std::string describe_raw(const GraphData& g, const std::string& id);

// A node as one line of the text trace: labels are article text, shown as a terminal should
std::string describe(const GraphData& g, const std::string& id) { return text::printable(describe_raw(g, id)); }

std::string describe_raw(const GraphData& g, const std::string& id) {
    const Node* n = g.find(id);
    if (!n) return id;
    std::string s = fmt::format("{} {} ", to_string(n->kind), short_id(id));
    switch (n->kind) {
    case NodeKind::statement: return s + "\u201C" + text::truncate(n->label, 160) + "\u201D";
    case NodeKind::document: {
        std::string label = n->label;
        for (char& c : label)
            if (c == '\n') c = ' ';
        return s + label;
    }
    case NodeKind::source: {
        auto type = n->attrs.find("type");
        auto role = n->attrs.find("role");
        auto presumed = n->attrs.find("presumably");
        return s + n->label + " (" + (type == n->attrs.end() ? "?" : type->second) +
               (role == n->attrs.end() ? "" : ", " + role->second) + ")" +
               (presumed == n->attrs.end() ? "" : ", presumably " + presumed->second);
    }
    }
    return s;
}

std::string evidence(const Edge& e) {
    if (!e.start || !e.end) return "";
    return fmt::format(" @{}-{}", *e.start, *e.end);
}

std::string trace_text(const graph::TraceResult& t) {
    const GraphData& g = t.graph;
    std::string out = describe(g, t.root) + "\n";
    out += "upstream (toward the origin):\n";
    std::set<std::string> seen{t.root};
    std::set<std::tuple<std::string, std::string, Relation>> shown;  // one line per relation, not per mention
    std::function<void(const std::string&, int)> up = [&](const std::string& id, int depth) {
        for (const Edge& e : g.edges) {
            if (e.from != id || !shown.emplace(e.from, e.to, e.relation).second) continue;
            out += fmt::format("{}→ {} → {}{}\n", std::string(static_cast<std::size_t>(depth) * 2, ' '),
                               to_string(e.relation), describe(g, e.to), evidence(e));
            if (seen.insert(e.to).second) up(e.to, depth + 1);
        }
    };
    up(t.root, 1);
    out += "downstream (who carries or relays it):\n";
    std::set<std::string> seen_down{t.root};
    std::function<void(const std::string&, int)> down = [&](const std::string& id, int depth) {
        for (const Edge& e : g.edges) {
            if (e.to != id || !shown.emplace(e.from, e.to, e.relation).second) continue;
            out += fmt::format("{}← {} ← {}{}\n", std::string(static_cast<std::size_t>(depth) * 2, ' '),
                               to_string(e.relation), describe(g, e.from), evidence(e));
            if (seen_down.insert(e.from).second && depth < 2) down(e.from, depth + 1);
        }
    };
    down(t.root, 1);
    std::vector<std::string> origins;
    for (const std::string& o : t.origins) {
        const Node* n = g.find(o);
        if (!n) {
            origins.push_back(o);
            continue;
        }
        const auto presumed = n->attrs.find("presumably");
        origins.push_back(presumed == n->attrs.end() ? n->label
                                                      : fmt::format("{} (presumably {})", n->label, presumed->second));
    }
    out += fmt::format("origins: {}\n", origins.empty() ? "(none)" : text::join(origins, "; "));
    out += fmt::format("independent origins: {}\n", t.independent_origins);
    out += fmt::format("documents carrying it: {}\n", t.documents.size());
    out += "first appearance: " + first_appearance_text(t.first_appearance, t.documents.size()) + "\n";
    for (const auto& c : t.cycles) out += "circular reporting: " + text::join(c, " → ") + "\n";
    return out;
}

using interchange::trace_json;

void run_trace(Io& io, const TraceOptions& o) {
    const auto db = open_existing(o.db);
    const std::string id = resolve_id(*db, o.id);
    const graph::TraceResult t = app::trace(*db, id);
    std::string data;
    if (o.format == "json")
        data = trace_json(t).dump() + "\n";
    else if (o.format == "text")
        data = trace_text(t);
    else {
        render::RenderOptions ro;
        ro.format = render::format_from_string(o.format);
        ro.title = "trace of " + short_id(id);
        data = render::render(app::trace_diagram(*db, t, id, o.max_nodes), ro);
    }
    write_output(io, o.output, data, o.db);
}

}  // namespace

void setup_trace(CLI::App& sub, Io& io) {
    auto o = std::make_shared<TraceOptions>();
    sub.add_option("id", o->id, "id (or unique prefix) of a statement, source or document")->required();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"text", "json", "dot", "svg"});
    add_output_option(sub, o->output, "write to FILE instead of standard output");
    sub.add_option("--max-nodes", o->max_nodes,
                   fmt::format("most nodes in a dot or svg trace (default {}): beyond, the most carried statements "
                               "and a count of the rest",
                               render::kMaxReadableNodes));
    sub.final_callback([&io, o] { io.action = [&io, o] { run_trace(io, *o); }; });
}

}  // namespace claimgraph::cli
