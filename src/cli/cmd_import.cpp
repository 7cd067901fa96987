// `claimgraph import FILE...`: reads graph files (or JSON exports) into a database when
// none of them has errors.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/import.h"
#include "cli/common.h"
#include "interchange/formats.h"
#include "load/graph_file.h"
#include "load/loader.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"
#include "util/utf8.h"

namespace claimgraph::cli {

namespace {

struct ImportOptions {
    std::string db;
    std::vector<std::string> files;
};

// A file to import: a graph file (semantic DOT), claimgraph's JSON dump, or PROV-JSON.
bool is_json(const std::string& path, const std::string& bytes) {
    if (path.ends_with(".json") || path.ends_with(".jsonld")) return true;
    const std::size_t first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string::npos && bytes[first] == '{';
}

// An XML file (export's GraphML, an HTML page): no format import reads.
bool is_xml(const std::string& bytes) {
    std::size_t first = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // (after a byte-order mark)
    first = bytes.find_first_not_of(" \t\r\n", first);
    return first != std::string::npos && bytes[first] == '<';
}

void run_import(Io& io, const ImportOptions& o) {
    std::vector<GraphData> graphs;  // one per file
    bool errors = false;
    for (const std::string& f : o.files) {
        const std::string bytes = load::read_input(f);
        if (is_xml(bytes)) {
            io.err << "claimgraph: error: "
                   << text::printable(fmt::format("'{}': an XML file (GraphML or HTML?); import reads semantic DOT, "
                                                  "claimgraph JSON or PROV-JSON (export --format dot|json|prov-json)",
                                                  f))
                   << "\n";
            errors = true;
            continue;
        }
        if (!is_json(f, bytes)) {
            load::GraphFile file = load::read_graph_file(bytes);
            io.err << load::format_diagnostics(f, file.diagnostics);
            errors = errors || file.has_errors();
            graphs.push_back(std::move(file.graph));
            continue;
        }
        try {
            interchange::Imported in = interchange::read_json(bytes);
            for (const std::string& w : in.warnings) warn(io, fmt::format("'{}': {}", f, w));
            graphs.push_back(std::move(in.graph));
        } catch (const interchange::JsonSyntaxError& e) {
            const utf8::LineCol at = utf8::line_col(bytes, e.byte());
            io.err << "claimgraph: error: "
                   << text::printable(fmt::format("{}:{}:{}: {}", f, at.line, at.column, e.what())) << "\n";
            errors = true;
        } catch (const Error& e) {
            io.err << "claimgraph: error: " << text::printable(fmt::format("'{}': {}", f, e.what())) << "\n";
            errors = true;
        }
    }
    if (errors) throw Error("import: the files have errors (listed above); nothing was imported");
    store::Store db(o.db, store::OpenMode::read_write);
    const std::size_t files = graphs.size();
    const app::ImportResult r = app::import_graphs(db, std::move(graphs));
    const std::size_t nodes = r.nodes, edges = r.edges;
    for (const std::string& w : r.warnings) warn(io, w);
    for (const std::string& j : r.joined) io.out << j << "\n";
    io.out << fmt::format("imported {} node{} and {} edge{} from {} file{} into '{}'\n", nodes, nodes == 1 ? "" : "s",
                          edges, edges == 1 ? "" : "s", files, files == 1 ? "" : "s", o.db);
}

}  // namespace

void setup_import(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ImportOptions>();
    add_db_option(sub, o->db);
    sub.add_option(
           "files", o->files,
           "graph files (semantic DOT), claimgraph JSON dumps or PROV-JSON (export --format dot|json|prov-json)")
        ->required();
    sub.final_callback([&io, o] { io.action = [&io, o] { run_import(io, *o); }; });
}

}  // namespace claimgraph::cli
