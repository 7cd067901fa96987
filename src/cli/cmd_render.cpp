// `claimgraph render`: the whole graph or a focus view as DOT, SVG, PNG or PDF.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/views.h"
#include "cli/common.h"
#include "cli/ids.h"
#include "render/renderer.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct RenderCmdOptions {
    std::string db;
    std::string format = "svg";
    OutputTarget output;
    std::string focus;
    std::string source;
    std::string document;
    std::string title;
    std::string group_by = "auto";
    int depth = 2;
    bool disputed_only = false;
    double min_confidence = 0;  ///< leave out claims the extractor was less sure of
    bool no_group = false;
    bool no_legend = false;
    std::string theme = "light";
    std::size_t max_nodes = render::kMaxReadableNodes;
    bool max_nodes_given = false;  ///< --max-nodes also bounds a grouped view
};

// The one source whose id starts with, or whose name contains, `what`.
std::string find_source(const store::Store& db, const std::string& what) {
    const std::string lower = text::lower(what);
    std::vector<const SourceRow*> hits;
    const std::vector<SourceRow> sources = db.sources();
    for (const SourceRow& s : sources)
        if (s.id.starts_with(lower) || text::lower(s.name).find(lower) != std::string::npos) hits.push_back(&s);
    if (hits.empty()) throw Error(fmt::format("--source '{}': no source has this id or name", what));
    if (hits.size() > 1) {
        std::vector<std::string> names;
        for (const SourceRow* s : hits) names.push_back(short_id(s->id) + " " + s->name);
        if (names.size() > 8) names.resize(8), names.push_back("…");
        throw_usage(fmt::format("--source '{}' matches {} sources: {}", what, hits.size(), text::join(names, "; ")));
    }
    return hits.front()->id;
}

void run_render(Io& io, const RenderCmdOptions& o) {
    const auto db = open_existing(o.db);
    render::RenderOptions ro;
    ro.format = render::format_from_string(o.format);
    ro.legend = !o.no_legend;
    ro.theme = o.theme == "dark" ? render::Theme::dark : render::Theme::light;
    if ((ro.format == render::Format::png || ro.format == render::Format::pdf) &&
        (o.output.path.empty() || o.output.path == "-"))
        throw_usage(fmt::format("--format {} writes binary data: give -o FILE", o.format));
    if (!o.focus.empty() + !o.source.empty() + !o.document.empty() > 1)
        throw_usage("--focus, --source and --document: give one");
    app::DiagramRequest request;
    if (!o.focus.empty() || !o.source.empty())
        request.around = o.source.empty() ? resolve_id(*db, o.focus) : find_source(*db, o.source);
    if (!o.document.empty()) request.document = resolve_id(*db, o.document);
    if (o.group_by != "auto" && o.group_by != "none" && (!request.around.empty() || !request.document.empty()))
        throw_usage(fmt::format("--group-by {} draws the whole graph: leave out --focus, --source and --document",
                                o.group_by));
    request.depth = o.depth;
    request.min_confidence = o.min_confidence;
    request.disputed_only = o.disputed_only;
    request.group_copies = !o.no_group;
    request.grouping = o.group_by == "none"       ? app::Grouping::none
                       : o.group_by == "outlet"   ? app::Grouping::outlet
                       : o.group_by == "document" ? app::Grouping::document
                                                  : app::Grouping::automatic;
    request.max_nodes = o.max_nodes;
    if (o.max_nodes_given) request.overview_nodes = o.max_nodes;
    const app::Diagram d = app::diagram(*db, request);
    if (!d.note.empty()) io.err << "claimgraph: note: " << d.note << "\n";
    ro.title = o.title.empty() ? "claimgraph: " + d.title : o.title;
    const GraphData& g = d.graph;
    write_output(io, o.output, render::render(g, ro), o.db);
}

}  // namespace

void setup_render(CLI::App& sub, Io& io) {
    auto o = std::make_shared<RenderCmdOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"dot", "svg", "png", "pdf"});
    add_output_option(sub, o->output, "output file ('-' or none: standard output)");
    sub.add_option("--focus", o->focus, "draw only the neighbourhood of this id (or prefix)");
    sub.add_option("--depth", o->depth, "steps around --focus (default 2)")->check(CLI::Range(0, 50));
    sub.add_option("--source", o->source, "draw one source's claims, who carries them and whom it speaks for");
    sub.add_option("--document", o->document, "draw one article: its claims, their speakers and relays");
    sub.add_option("--title", o->title, "the diagram's title (default: what it shows)");
    sub.add_option("--group-by", o->group_by,
                   "the whole graph with claims folded into their sources, and documents into outlets (outlet) or "
                   "kept (document); none: every claim; auto (default): none when it fits in --max-nodes, else outlet")
        ->check(CLI::IsMember({"auto", "none", "outlet", "document"}));
    sub.add_flag("--disputed-only", o->disputed_only, "only the claims in a dispute, their sources and documents");
    sub.add_option("--min-confidence", o->min_confidence,
                   "leave out the claims the extractor gave less confidence than this in every document (0 to 1)")
        ->check(CLI::Range(0.0, 1.0));
    sub.add_flag("--no-group", o->no_group, "draw each copy of a wire story, not one node per story");
    sub.add_option("--theme", o->theme, "light (default) or dark")->check(CLI::IsMember({"light", "dark"}));
    sub.add_option_function<std::size_t>(
        "--max-nodes",
        [o](std::size_t n) {
            o->max_nodes = n;
            o->max_nodes_given = true;
        },
        fmt::format("most nodes drawn (default {}): past it a whole graph is grouped (--group-by auto) and an "
                    "ungrouped one refused; also the most a grouped view draws (default {})",
                    render::kMaxReadableNodes, app::DiagramRequest{}.overview_nodes));
    sub.add_flag("--no-legend", o->no_legend, "leave the legend out");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_render(io, *o); }; });
}

}  // namespace claimgraph::cli
