// `claimgraph export`: the graph as semantic DOT (graph files) or JSON.
#include <ostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "render/renderer.h"
#include "store/store.h"

namespace claimgraph::cli {

namespace {

struct ExportOptions {
    std::string db;
    std::string format = "dot";
    std::string output;
};

std::string graph_json(const GraphData& g) {
    nlohmann::ordered_json j;
    j["format"] = "claimgraph";
    j["version"] = 1;
    auto nodes = nlohmann::ordered_json::array();
    for (const Node& n : g.nodes) {
        nlohmann::ordered_json nj{{"id", n.id}, {"kind", to_string(n.kind)}, {"label", n.label}};
        nj["attrs"] = n.attrs;
        nodes.push_back(nj);
    }
    auto edges = nlohmann::ordered_json::array();
    for (const Edge& e : g.edges) {
        nlohmann::ordered_json ej{{"from", e.from}, {"to", e.to}, {"relation", to_string(e.relation)}};
        ej["attrs"] = e.attrs;
        edges.push_back(ej);
    }
    j["nodes"] = nodes;
    j["edges"] = edges;
    return j.dump(1) + "\n";
}

void run_export(Io& io, const ExportOptions& o) {
    const auto db = open_existing(o.db);
    const GraphData g = db->graph();
    write_output(io, o.output, o.format == "json" ? graph_json(g) : render::semantic_dot(g));
}

}  // namespace

void setup_export(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ExportOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"dot", "json"});
    sub.add_option("-o,--output", o->output, "output file ('-' or none: standard output)");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_export(io, *o); }; });
}

}  // namespace claimgraph::cli
