// `claimgraph check FILE...`: lints graph files like a compiler, and `claimgraph import
// FILE...`: reads them (or JSON exports) into a database when they have no errors.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "interchange/formats.h"
#include "load/graph_file.h"
#include "load/loader.h"
#include "resolve/graph_builder.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"
#include "util/utf8.h"

namespace claimgraph::cli {

namespace {

struct CheckOptions {
    std::vector<std::string> files;
    std::string format = "text";
    bool warnings_as_errors = false;
};

struct Checked {
    std::string path;
    load::GraphFile file;
};

// Reads and checks each file; a file that cannot be read is an Error, as for every input.
std::vector<Checked> check_files(const std::vector<std::string>& files) {
    std::vector<Checked> out;
    for (const std::string& f : files) out.push_back({f, load::read_graph_file(load::read_input(f))});
    return out;
}

void run_check(Io& io, const CheckOptions& o) {
    const auto checked = check_files(o.files);
    std::size_t errors = 0, warnings = 0;
    for (const Checked& c : checked) {
        for (const load::Diagnostic& d : c.file.diagnostics) {
            (d.error ? errors : warnings)++;
            if (o.format == "json")
                io.out << nlohmann::ordered_json{{"path", c.path},
                                                 {"line", d.at.line},
                                                 {"col", d.at.col},
                                                 {"severity", d.error ? "error" : "warning"},
                                                 {"message", d.message}}
                              .dump()
                       << '\n';
        }
        if (o.format == "text") io.out << load::format_diagnostics(c.path, c.file.diagnostics);
    }
    if (o.format == "text")
        io.out << fmt::format("{} file{} checked: {} error{}, {} warning{}\n", checked.size(),
                              checked.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                              warnings == 1 ? "" : "s");
    if (errors > 0 || (o.warnings_as_errors && warnings > 0)) io.exit_code = 1;
}

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

void run_import(Io& io, const ImportOptions& o) {
    std::vector<Checked> checked;
    bool errors = false;
    for (const std::string& f : o.files) {
        const std::string bytes = load::read_input(f);
        if (!is_json(f, bytes)) {
            checked.push_back({f, load::read_graph_file(bytes)});
            io.err << load::format_diagnostics(f, checked.back().file.diagnostics);
            errors = errors || checked.back().file.has_errors();
            continue;
        }
        try {
            interchange::Imported in = interchange::read_json(bytes);
            for (const std::string& w : in.warnings) warn(io, fmt::format("'{}': {}", f, w));
            checked.push_back({f, load::GraphFile{std::move(in.graph), {}}});
        } catch (const interchange::JsonSyntaxError& e) {
            const utf8::LineCol at = utf8::line_col(bytes, e.byte());
            io.err << "claimgraph: error: " << text::printable(fmt::format("{}:{}:{}: {}", f, at.line, at.column, e.what()))
                   << "\n";
            errors = true;
        } catch (const Error& e) {
            io.err << "claimgraph: error: " << text::printable(fmt::format("'{}': {}", f, e.what())) << "\n";
            errors = true;
        }
    }
    if (errors) throw Error("import: the files have errors (listed above); nothing was imported");
    store::Store db(o.db, store::OpenMode::read_write);
    // every file against the database and the others before any is imported
    GraphData all;
    for (const Checked& c : checked)
        for (const Node& n : c.file.graph.nodes) all.nodes.push_back(n);
    if (const std::string conflict = db.kind_conflict(all); !conflict.empty()) throw Error("import: " + conflict);
    std::size_t nodes = 0, edges = 0;
    for (const Checked& c : checked) {
        GraphData g = c.file.graph;
        for (Node& n : g.nodes)
            if (n.kind == NodeKind::statement) n.attrs["match_key"] = resolve::match_key(n.attrs["text"]);
        const auto [n, e] = db.import_graph(g);
        nodes += n;
        edges += e;
    }
    io.out << fmt::format("imported {} node{} and {} edge{} from {} file{} into '{}'\n", nodes, nodes == 1 ? "" : "s",
                          edges, edges == 1 ? "" : "s", checked.size(), checked.size() == 1 ? "" : "s", o.db);
}

}  // namespace

void setup_check(CLI::App& sub, Io& io) {
    auto o = std::make_shared<CheckOptions>();
    sub.add_option("files", o->files, "graph files (semantic DOT)")->required();
    add_format_option(sub, o->format, {"text", "json"});
    sub.add_flag("--warnings-as-errors", o->warnings_as_errors, "exit 1 on warnings too");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_check(io, *o); }; });
}

void setup_import(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ImportOptions>();
    add_db_option(sub, o->db);
    sub.add_option("files", o->files,
                   "graph files (semantic DOT), claimgraph JSON dumps or PROV-JSON (export --format dot|json|prov-json)")
        ->required();
    sub.final_callback([&io, o] { io.action = [&io, o] { run_import(io, *o); }; });
}

}  // namespace claimgraph::cli
