// `claimgraph report -o DIR`: index.html (self-contained) and report.md, written whole or
// not at all.
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/report_builder.h"
#include "cli/common.h"
#include "report/report.h"
#include "store/store.h"
#include "util/output.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct ReportOptions {
    std::string db;
    OutputTarget output;
    std::string title = "claimgraph report";
    std::size_t diagrams = app::ReportRequest{}.diagrams;
    double min_confidence = 0;  ///< leave out claims the extractor was less sure of
};

void run_report(Io& io, const ReportOptions& o) {
    if (o.output.path.empty() || o.output.path == "-") throw_usage("report: give the output folder with -o DIR");
    const auto db = open_existing(o.db);
    app::ReportRequest request;
    request.title = o.title;
    request.diagrams = o.diagrams;
    request.min_confidence = o.min_confidence;
    const report::ReportData data = app::build_report(*db, request);
    const std::map<std::string, std::string> files = report::report_files(data);
    const std::size_t pages = files.size() - 2;  // beside index.html and report.md
    // an earlier report's pages this one has fewer of are replaced or removed
    write_output_folder(o.output.path, files, o.output.force, o.db, report::is_report_page);
    io.out << fmt::format("report written to {}/index.html{} and {}/report.md\n", o.output.path,
                          pages ? fmt::format(" (and {} beside it)", text::counted(pages, "page")) : "", o.output.path);
}

}  // namespace

void setup_report(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ReportOptions>();
    add_db_option(sub, o->db);
    add_output_option(sub, o->output, "the report folder (written into: our two files, each whole; never emptied)")
        ->required();
    sub.add_option("--title", o->title, "the report's title");
    sub.add_option("--diagrams", o->diagrams, "provenance diagrams for at most this many claims, the first of those index.html shows (default 30)");
    sub.add_option("--min-confidence", o->min_confidence,
                   "leave out the claims the extractor gave less confidence than this in every document, and their "
                   "disputes (0 to 1; figure timelines keep every figure)")
        ->check(CLI::Range(0.0, 1.0));
    sub.final_callback([&io, o] { io.action = [&io, o] { run_report(io, *o); }; });
}

}  // namespace claimgraph::cli
