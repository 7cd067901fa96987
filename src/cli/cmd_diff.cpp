// `claimgraph diff OLD NEW`: what changed between two graph files or databases, as Markdown
// (for a pull request) or as a diagram with the changes coloured.
#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "graph/diff.h"
#include "load/graph_file.h"
#include "load/loader.h"
#include "render/renderer.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct DiffOptions {
    std::string old_path, new_path;
    std::string format = "markdown";
    OutputTarget output;
    int context = 1;
};

constexpr std::size_t kListed = 50;  // items per list before "… and N more"

bool is_database(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[16] = {};
    in.read(head, sizeof head);
    return in.gcount() == 16 && std::string(head, 15) == "SQLite format 3";
}

GraphData load_graph(const std::string& path) {
    if (path != "-" && is_database(path)) return store::Store(path, store::OpenMode::read_only).graph();
    load::GraphFile f = load::read_graph_file(load::read_input(path));
    if (f.has_errors())
        throw Error(fmt::format("'{}': not a graph file without errors (run 'claimgraph check'):\n{}", path,
                                load::format_diagnostics(path, f.diagnostics)));
    return std::move(f.graph);
}

// Graph files are untrusted: their words are text in the Markdown, never markup.
std::string md(std::string_view s) { return text::markdown_text(s); }

std::string describe(const Node& n) {
    return fmt::format("`{}` {}", md(n.id.substr(0, 10)), md(text::truncate(n.label, 160)));
}

std::string describe(const Edge& e, const GraphData& g1, const GraphData& g2) {
    const auto label = [&](const std::string& id) {
        const Node* n = g2.find(id);
        if (!n) n = g1.find(id);
        return md(n ? text::truncate(n->label, 60) : id);
    };
    return fmt::format("{} —{}{}→ {}", label(e.from), to_string(e.relation),
                       e.basis.empty() ? "" : " (" + md(e.basis) + ")", label(e.to));
}

template <typename T, typename F>
void list(std::string& out, const char* title, const std::vector<T>& items, F show) {
    if (items.empty()) return;
    out += fmt::format("**{}** ({})\n\n", title, items.size());
    for (std::size_t i = 0; i < items.size() && i < kListed; ++i) out += "- " + show(items[i]) + "\n";
    if (items.size() > kListed) out += fmt::format("- … and {} more\n", items.size() - kListed);
    out += "\n";
}

std::string markdown(const DiffOptions& o, const GraphData& before, const GraphData& after, const graph::GraphDiff& d) {
    std::string out = fmt::format("# claimgraph diff\n\n{} → {}\n\n", md(o.old_path), md(o.new_path));
    if (d.empty()) return out + "No changes.\n";
    out += "| | added | removed | changed |\n|---|---|---|---|\n";
    for (NodeKind k : {NodeKind::statement, NodeKind::source, NodeKind::document}) {
        const auto count = [&](const auto& v) {
            return std::count_if(v.begin(), v.end(), [&](const auto& x) { return x.kind == k; });
        };
        out += fmt::format("| {} | {} | {} | {} |\n",
                           k == NodeKind::statement ? "claims" : to_string(k) + std::string("s"), count(d.added),
                           count(d.removed), count(d.changed));
    }
    const auto split = [](const std::vector<Edge>& v, bool disputes) {
        std::vector<Edge> kept;
        for (const Edge& e : v)
            if ((e.relation == Relation::disputes) == disputes) kept.push_back(e);
        return kept;
    };
    const auto da = split(d.added_edges, true), dr = split(d.removed_edges, true);
    const auto ea = split(d.added_edges, false), er = split(d.removed_edges, false);
    std::vector<std::pair<Edge, Edge>> dc, ec;  // changed: a dispute confirmed, a match relabelled…
    for (const auto& p : d.changed_edges) (p.second.relation == Relation::disputes ? dc : ec).push_back(p);
    out += fmt::format("| disputes | {} | {} | {} |\n| other edges | {} | {} | {} |\n\n", da.size(), dr.size(),
                       dc.size(), ea.size(), er.size(), ec.size());
    const auto changed_edge = [&](const std::pair<Edge, Edge>& p) {
        std::vector<std::string> parts;
        std::set<std::string> keys;
        const auto first = edge_attributes(p.first), second = edge_attributes(p.second);
        for (const auto& [k, v] : first) keys.insert(k);
        for (const auto& [k, v] : second) keys.insert(k);
        for (const std::string& k : keys) {
            const std::string av = attr_value(first, k), bv = attr_value(second, k);
            if (av != bv)
                parts.push_back(
                    fmt::format("{}: “{}” → “{}”", md(k), md(text::truncate(av, 60)), md(text::truncate(bv, 60))));
        }
        return describe(p.second, before, after) + " (" + text::join(parts, "; ") + ")";
    };
    for (NodeKind k : {NodeKind::statement, NodeKind::source, NodeKind::document}) {
        std::vector<Node> add, rem;
        std::vector<graph::NodeChange> chg;
        for (const Node& n : d.added)
            if (n.kind == k) add.push_back(n);
        for (const Node& n : d.removed)
            if (n.kind == k) rem.push_back(n);
        for (const graph::NodeChange& c : d.changed)
            if (c.kind == k) chg.push_back(c);
        if (add.empty() && rem.empty() && chg.empty()) continue;
        out += fmt::format("## {}\n\n", k == NodeKind::statement ? "Claims"
                                        : k == NodeKind::source  ? "Sources"
                                                                 : "Documents");
        list(out, "Added", add, [](const Node& n) { return describe(n); });
        list(out, "Removed", rem, [](const Node& n) { return describe(n); });
        list(out, "Changed", chg, [](const graph::NodeChange& c) {
            std::vector<std::string> parts;
            for (const auto& [attr, was, now] : c.attrs)
                parts.push_back(
                    fmt::format("{}: “{}” → “{}”", md(attr), md(text::truncate(was, 80)), md(text::truncate(now, 80))));
            return fmt::format("`{}` {}", md(c.id.substr(0, 10)), text::join(parts, "; "));
        });
    }
    if (!da.empty() || !dr.empty() || !dc.empty()) {
        out += "## Disputes\n\n";
        list(out, "Added", da, [&](const Edge& e) { return describe(e, before, after); });
        list(out, "Removed", dr, [&](const Edge& e) { return describe(e, before, after); });
        list(out, "Changed", dc, changed_edge);
    }
    if (!ea.empty() || !er.empty() || !ec.empty()) {
        out += "## Other edges\n\n";
        list(out, "Added", ea, [&](const Edge& e) { return describe(e, before, after); });
        list(out, "Removed", er, [&](const Edge& e) { return describe(e, before, after); });
        list(out, "Changed", ec, changed_edge);
    }
    return out;
}

void run_diff(Io& io, const DiffOptions& o) {
    const GraphData before = load_graph(o.old_path), after = load_graph(o.new_path);
    const graph::GraphDiff d = graph::diff(before, after);
    if (o.format == "markdown") {
        write_output(io, o.output, markdown(o, before, after, d));
        return;
    }
    render::RenderOptions ro;
    ro.format = render::format_from_string(o.format);
    ro.title = fmt::format("changes: {} → {} (green: added, vermillion dashed: removed, orange: changed)",
                           std::filesystem::path(o.old_path).filename().string(),
                           std::filesystem::path(o.new_path).filename().string());
    const GraphData view = graph::diff_view(before, after, d, o.context);
    if (view.nodes.size() > render::kMaxReadableNodes)
        throw Error(
            fmt::format("the diagram of the changes would have {} nodes (more than {}): use --context 0, or "
                        "--format markdown",
                        view.nodes.size(), render::kMaxReadableNodes));
    write_output(io, o.output, render::render(view, ro));
}

}  // namespace

void setup_diff(CLI::App& sub, Io& io) {
    auto o = std::make_shared<DiffOptions>();
    sub.add_option("old", o->old_path, "the earlier graph: a graph file (semantic DOT) or a database")->required();
    sub.add_option("new", o->new_path, "the later graph: a graph file or a database")->required();
    add_format_option(sub, o->format, {"markdown", "dot", "svg"});
    add_output_option(sub, o->output, "write to FILE instead of standard output");
    sub.add_option("--context", o->context, "unchanged nodes drawn around the changes, in steps (default 1; -1: all)");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_diff(io, *o); }; });
}

}  // namespace claimgraph::cli
