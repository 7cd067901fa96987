#include "app/report_builder.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/views.h"
#include "graph/overview.h"
#include "graph/provenance_graph.h"
#include "graph/timeline.h"
#include "graph/views.h"
#include "render/renderer.h"
#include "resolve/matching.h"

namespace claimgraph::app {

namespace {

// Bytes of article text shown on each side of a claim's words.
constexpr std::size_t kSnippetContext = 160;
// Claims whose provenance chains report.md draws (Mermaid): GitHub draws a few dozen nodes well.
constexpr std::size_t kMermaidClaims = 6;
// The most nodes the report's overview draws one by one (past it, grouped by outlet): its SVG
// stays a small part of index.html's 2 MB.
constexpr std::size_t kOverviewNodes = 150;
constexpr std::size_t kOverviewGroups = 30;  // and the most nodes of the grouped one

std::size_t back_to_char(const std::string& s, std::size_t i) {
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}

std::size_t forward_to_char(const std::string& s, std::size_t i) {
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    return i;
}

report::Snippet snippet(const std::string& text, const ClaimDocument& d) {
    report::Snippet s{d.id, d.outlet.value_or(""), d.date.value_or(""), d.match, "", "", ""};
    if (!d.start || !d.end || *d.end > text.size() || *d.start >= *d.end) {
        s.words = d.text;
        return s;
    }
    const std::size_t start = *d.start, end = *d.end;
    const std::size_t from = forward_to_char(text, start > kSnippetContext ? start - kSnippetContext : 0);
    const std::size_t to = back_to_char(text, std::min(text.size(), end + kSnippetContext));
    const auto flat = [](std::string t) {
        for (char& c : t)
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        return t;
    };
    s.before = flat(text.substr(from, start - from));
    s.words = flat(text.substr(start, end - start));
    s.after = flat(text.substr(end, to > end ? to - end : 0));
    return s;
}

}  // namespace

report::ReportData build_report(const store::Store& db, const ReportRequest& request) {
    report::ReportData data;
    data.title = request.title;
    data.documents = db.documents();
    data.sources = db.sources();
    data.disputes = db.disputes();
    // claims the extractor was unsure of everywhere: out of every part of the report
    const std::set<std::string> hidden =
        request.min_confidence > 0 ? db.unsure_claims(request.min_confidence) : std::set<std::string>{};
    std::erase_if(data.disputes, [&](const DisputeRow& d) { return hidden.count(d.from.id) || hidden.count(d.to.id); });
    data.timelines = graph::figure_timelines(db.statements_with_figures(""), resolve::event_key);
    const GraphData whole = graph::without_claims(db.graph(), hidden);
    data.cycles = graph::reporting_cycles(whole);
    for (const Node& n : whole.nodes) data.names[n.id] = n.label;
    const graph::OriginIndex links(db.origin_links());

    std::map<std::string, std::string> texts;
    ClaimFilter shown;
    shown.min_confidence = request.min_confidence;
    std::vector<ClaimRow> rows = db.claims(shown);
    std::map<std::string, Verdict> verdicts;
    for (Verdict& v : db.verdicts()) verdicts.emplace(v.statement, std::move(v));
    for (ClaimRow& r : rows) {
        report::ClaimEntry c;
        std::vector<std::string> docs;
        std::vector<graph::DatedDocument> dated;
        for (const ClaimDocument& d : r.documents) {
            docs.push_back(d.id);
            dated.push_back({d.id, d.date});
            auto [it, fresh] = texts.try_emplace(d.id);
            if (fresh) it->second = db.document_text(d.id);
            c.snippets.push_back(snippet(it->second, d));
        }
        c.independent = links.independent_origins(docs);
        c.first = graph::first_appearance(dated);
        if (auto v = verdicts.find(r.id); v != verdicts.end()) c.verdict = v->second;
        c.row = std::move(r);
        data.claims.push_back(std::move(c));
    }
    // diagrams for the claims that matter most, those index.html shows first
    const std::vector<std::size_t> ranked = report::claims_by_importance(data);
    const auto copies = db.copies();
    render::RenderOptions small;
    small.legend = false;
    small.title = "";
    for (std::size_t i = 0; i < ranked.size() && i < request.diagrams; ++i) {
        const std::string& id = data.claims[ranked[i]].row.id;
        const graph::TraceResult t = trace(db, id, hidden);
        GraphData view = graph::group_copies(t.graph, copies);
        if (view.nodes.size() <= render::kMaxReadableNodes)
            data.claims[ranked[i]].diagram_svg = render::render(view, small);
    }
    // the overview: the disputes when there are some, else the whole graph, if readable;
    // past that, the whole graph grouped: outlets, the sources they quote, who disputes whom
    GraphData overview = graph::group_copies(data.disputes.empty() ? whole : graph::disputed_only(whole), copies);
    render::RenderOptions ro;
    ro.title = "";
    if (!overview.nodes.empty() && overview.nodes.size() <= kOverviewNodes) {
        data.overview_svg = render::render(overview, ro);
        data.overview_caption = data.disputes.empty() ? "The whole graph; copies of one wire story drawn as one node."
                                                      : "The claims in a dispute, their sources and the documents "
                                                        "that carry them; copies of one wire story drawn as one node.";
    } else if (!whole.nodes.empty()) {
        data.overview_svg =
            render::render(graph::overview(whole, graph::CarriersBy::outlet, kOverviewGroups), ro);
        data.overview_caption = "The whole graph grouped: each outlet, the sources it quotes and how many of their "
                                "claims, who disputes whom; the smallest folded into \"other\" nodes.";
    }
    // report.md's diagram: where the claims that matter most come from
    std::vector<std::string> top;
    for (std::size_t i = 0; i < ranked.size() && i < kMermaidClaims; ++i) top.push_back(data.claims[ranked[i]].row.id);
    data.mermaid = report::mermaid_chains(whole, top);
    return data;
}

}  // namespace claimgraph::app
