// `claimgraph extract FILE...`: extraction only, no database.
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/common.h"
#include "cli/extraction_json.h"
#include "extract/extractor.h"
#include "load/discover.h"
#include "load/loader.h"

namespace claimgraph::cli {

namespace {

struct ExtractOptions {
    std::vector<std::string> files;
    std::string format = "text";
};

void run_extract(Io& io, const ExtractOptions& o) {
    for (const std::string& path : load::discover(o.files)) {
        load::Loaded loaded = load::load_documents(path);
        for (const std::string& w : loaded.warnings) {
            io.err << "claimgraph: warning: " << w << "; skipped\n";
            io.exit_code = 1;
        }
        std::string line;
        for (const Document& doc : loaded.documents) {
            const Extraction ex = extract::extract(doc);
            if (o.format == "json") {
                line.clear();
                append_extraction_json(line, ex);
                line += '\n';
                io.out << line;
            } else {
                io.out << extraction_to_text(ex);
            }
        }
    }
    io.out.flush();
}

}  // namespace

void setup_extract(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ExtractOptions>();
    sub.add_option("files", o->files, "article files (text, HTML, JSON Lines) or directories ('-' for stdin)")->required();
    add_format_option(sub, o->format, {"text", "json"});
    sub.final_callback([&io, o] { io.action = [&io, o] { run_extract(io, *o); }; });
}

}  // namespace claimgraph::cli
