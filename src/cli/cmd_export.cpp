// `claimgraph export`: the graph as semantic DOT (graph files), claimgraph JSON, W3C PROV
// (PROV-JSON, PROV-N), GraphML or schema.org ClaimReview.
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/common.h"
#include "interchange/formats.h"
#include "render/renderer.h"
#include "store/store.h"

namespace claimgraph::cli {

namespace {

struct ExportOptions {
    std::string db;
    std::string format = "dot";
    OutputTarget output;
};

void run_export(Io& io, const ExportOptions& o) {
    const auto db = open_existing(o.db);
    GraphData g = db->graph();
    db->add_source_keys(g);  // what import needs to give later ingests the same sources
    std::string data;
    if (o.format == "dot")
        data = render::semantic_dot(g);
    else if (o.format == "json")
        data = interchange::graph_json(g);
    else if (o.format == "prov-json")
        data = interchange::prov_json(g);
    else if (o.format == "prov-n")
        data = interchange::prov_n(g);
    else if (o.format == "graphml")
        data = interchange::graphml(g);
    else
        data = interchange::claimreview(g);
    write_output(io, o.output, data, o.db);
}

}  // namespace

void setup_export(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ExportOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"dot", "json", "prov-json", "prov-n", "graphml", "claimreview"});
    add_output_option(sub, o->output, "output file ('-' or none: standard output)");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_export(io, *o); }; });
}

}  // namespace claimgraph::cli
