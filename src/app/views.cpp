#include "app/views.h"

#include <fmt/format.h>

#include "graph/overview.h"
#include "graph/views.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::app {

std::vector<std::string> document_ids(const GraphData& g) {
    std::vector<std::string> out;
    for (const Node& n : g.nodes)
        if (n.kind == NodeKind::document) out.push_back(n.id);
    return out;
}

namespace {

// A node as a title names it: a statement's first words, a source's name, a document's
// title (else outlet) and date.
std::string title_of(const Node* n, const std::string& id) {
    if (!n) return id.substr(0, 10);
    if (n->kind == NodeKind::document) {
        std::string title = attr_value(n->attrs, "title");
        if (title.empty()) return text::join(text::split(n->label, "\n"), ", ");  // "outlet\ndate"
        const std::string outlet = attr_value(n->attrs, "outlet"), date = attr_value(n->attrs, "date");
        std::vector<std::string> by;
        if (!outlet.empty()) by.push_back(outlet);
        if (!date.empty()) by.push_back(date);
        return by.empty() ? title : title + " (" + text::join(by, ", ") + ")";
    }
    if (n->kind == NodeKind::statement) return "\u201C" + text::truncate(n->label, 60) + "\u201D";
    return n->label;
}

GraphData whole(const store::Store& db, const DiagramRequest& r) {
    if (!r.document.empty()) return graph::one_document(db.neighbourhood(r.document, 3), r.document);
    return r.around.empty() ? db.graph() : db.neighbourhood(r.around, r.depth);
}

}  // namespace

Diagram diagram(const store::Store& db, const DiagramRequest& r) {
    Diagram d;
    GraphData g = whole(db, r);
    const bool whole_graph = r.around.empty() && r.document.empty();
    if (r.min_confidence > 0) g = graph::without_claims(g, db.unsure_claims(r.min_confidence));
    if (r.disputed_only) g = graph::disputed_only(g);
    if (!r.document.empty())
        d.title = title_of(g.find(r.document), r.document);
    else if (!r.around.empty())
        d.title = fmt::format("{} and what lies within {} steps", title_of(g.find(r.around), r.around), r.depth);
    else
        d.title = graph::graph_size(g);
    // a focus view asks only for its own documents' copies
    if (r.group_copies) g = graph::group_copies(g, whole_graph ? db.copies() : db.copies(document_ids(g)));
    Grouping grouping = whole_graph ? r.grouping : Grouping::none;
    if (grouping == Grouping::automatic && g.nodes.size() > r.max_nodes) {
        d.note = fmt::format("the graph has {} nodes, more than {}: drawn grouped by outlet (--group-by none "
                             "draws every claim; --focus, --source or --document draw part of it)",
                             g.nodes.size(), r.max_nodes);
        grouping = Grouping::outlet;
    }
    if (grouping == Grouping::outlet || grouping == Grouping::document) {
        d.graph = graph::overview(g, grouping == Grouping::outlet ? graph::CarriersBy::outlet
                                                                 : graph::CarriersBy::document,
                                  r.overview_nodes);
        d.title += grouping == Grouping::outlet ? ", by outlet" : ", by document";
        return d;
    }
    if (g.nodes.size() > r.max_nodes && r.cut_to_fit && !r.around.empty()) {
        d.title += fmt::format(", the most carried of its {} nodes", g.nodes.size());
        d.graph = graph::within(g, r.around, r.max_nodes);
        return d;
    }
    if (g.nodes.size() > r.max_nodes)
        throw Error(fmt::format(
            "the diagram would have {} nodes, more than anyone can read (the limit is {}): draw {} with "
            "--focus ID --depth N, --source NAME, --document ID or --disputed-only, {}or raise --max-nodes",
            g.nodes.size(), r.max_nodes, whole_graph ? "part of it" : "less of it (a smaller --depth)",
            whole_graph ? "group it with --group-by outlet, " : ""));
    d.graph = std::move(g);
    return d;
}

graph::TraceResult trace(const store::Store& db, const std::string& id, const std::set<std::string>& hidden) {
    GraphData g = db.neighbourhood(id, -1);
    if (!hidden.empty()) g = graph::without_claims(g, hidden);  // without_claims copies even when nothing is hidden
    return graph::trace(g, id, db.origin_links(document_ids(g)));
}

GraphData trace_diagram(const store::Store& db, const graph::TraceResult& t, const std::string& id,
                        std::size_t max_nodes) {
    return graph::within(graph::group_copies(t.graph, db.copies(document_ids(t.graph))), id, max_nodes);
}

}  // namespace claimgraph::app
