// `claimgraph extract FILE...`: extraction only, no database.
#include <optional>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/common.h"
#include "interchange/extraction_json.h"
#include "extract/extractor.h"
#include "extract/extractor_model.h"
#include "load/discover.h"
#include "load/loader.h"
#include "util/error.h"

namespace claimgraph::cli {

namespace {

struct ExtractOptions {
    std::vector<std::string> files;
    std::string format = "text";
    load::LoadOptions load;
    bool follow_symlinks = false;
    ExtractionChoice extraction;
};

void run_extract(Io& io, const ExtractOptions& given) {
    const ExtractOptions& o = given;
    std::unique_ptr<extract::ExtractorModel> model;
    const extract::Options extraction = extraction_options(o.extraction, model);
    const load::Discovered found = load::discover(o.files, o.follow_symlinks);
    for (const std::string& w : found.warnings) warn(io, w);
    if (!found.warnings.empty()) io.exit_code = 1;
    const auto& files = found.files;
    std::string line;
    // one bad file among several is a warning and a skip, as in ingest; the run fails
    for (const std::string& path : files) {
        try {
            load::stream_documents(
                path, o.load,
                [&](Document&& doc) {
                    const Extraction ex = extract::extract(doc, extraction);
                    if (o.format == "json") {
                        line.clear();
                        interchange::append_extraction_json(line, ex);
                        line += '\n';
                        io.out << line;
                    } else {
                        io.out << interchange::extraction_to_text(ex);
                    }
                },
                [&](std::string w) {
                    warn(io, w + "; skipped");
                    io.exit_code = 1;
                },
                [&](std::string n) { warn(io, n); });
        } catch (const Error& e) {
            if (files.size() == 1) throw;
            warn(io, std::string(e.what()) + "; skipped");
            io.exit_code = 1;
        }
    }
    io.out.flush();
}

}  // namespace

void setup_extract(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ExtractOptions>();
    sub.add_option("files", o->files, "article files (text, HTML, JSON Lines) or directories ('-' for stdin)")
        ->required();
    add_format_option(sub, o->format, {"text", "json"});
    add_max_article_option(sub, o->load.max_article_bytes);
    sub.add_flag("--follow-symlinks", o->follow_symlinks, "read links in directories that lead outside them");
    add_extraction_options(sub, o->extraction);
    sub.final_callback([&io, o] { io.action = [&io, o] { run_extract(io, *o); }; });
}

}  // namespace claimgraph::cli
