// `claimgraph render`: the whole graph or a focus view as DOT, SVG, PNG or PDF.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "cli/ids.h"
#include "render/renderer.h"
#include "store/store.h"
#include "util/error.h"

namespace claimgraph::cli {

namespace {

struct RenderCmdOptions {
    std::string db;
    std::string format = "svg";
    std::string output;
    std::string focus;
    int depth = 2;
    bool no_legend = false;
};

void run_render(Io& io, const RenderCmdOptions& o) {
    const auto db = open_existing(o.db);
    render::RenderOptions ro;
    ro.format = render::format_from_string(o.format);
    ro.legend = !o.no_legend;
    GraphData g;
    if (o.focus.empty()) {
        g = db->graph();
    } else {
        const std::string id = resolve_id(*db, o.focus);
        g = db->neighbourhood(id, o.depth);
        ro.title = fmt::format("claimgraph: {} within {} steps", short_id(id), o.depth);
    }
    if ((ro.format == render::Format::png || ro.format == render::Format::pdf) && (o.output.empty() || o.output == "-"))
        throw_usage(fmt::format("--format {} writes binary data: give -o FILE", o.format));
    write_output(io, o.output, render::render(g, ro));
}

}  // namespace

void setup_render(CLI::App& sub, Io& io) {
    auto o = std::make_shared<RenderCmdOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"dot", "svg", "png", "pdf"});
    sub.add_option("-o,--output", o->output, "output file ('-' or none: standard output)");
    sub.add_option("--focus", o->focus, "draw only the neighbourhood of this id (or prefix)");
    sub.add_option("--depth", o->depth, "steps around --focus (default 2)")->check(CLI::Range(0, 50));
    sub.add_flag("--no-legend", o->no_legend, "leave the legend out");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_render(io, *o); }; });
}

}  // namespace claimgraph::cli
