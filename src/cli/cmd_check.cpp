// `claimgraph check FILE...`: lints graph files like a compiler.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "load/graph_file.h"
#include "load/loader.h"
#include "util/error.h"

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

}  // namespace

void setup_check(CLI::App& sub, Io& io) {
    auto o = std::make_shared<CheckOptions>();
    sub.add_option("files", o->files, "graph files (semantic DOT)")->required();
    add_format_option(sub, o->format, {"text", "json"});
    sub.add_flag("--warnings-as-errors", o->warnings_as_errors, "exit 1 on warnings too");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_check(io, *o); }; });
}

}  // namespace claimgraph::cli
