// `claimgraph watch DIR...`: ingests the articles, then again each new or edited one as it
// settles, and redraws a diagram and rewrites a report after each change, until Ctrl-C.
#include <chrono>
#include <csignal>
#include <ctime>
#include <ostream>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/ingest.h"
#include "app/report_builder.h"
#include "app/views.h"
#include "app/watch.h"
#include "cli/common.h"
#include "extract/extractor_model.h"
#include "render/renderer.h"
#include "report/report.h"
#include "store/store.h"
#include "util/error.h"
#include "util/output.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop(int) { g_stop = 1; }

struct WatchOptions {
    std::vector<std::string> paths;
    std::string db;
    std::string render;  ///< a diagram file redrawn after each change (.svg, .png, .pdf, .dot)
    std::string report;  ///< a report folder rewritten after each change
    double interval = 2.0;
    bool follow_symlinks = false;
    ExtractionChoice extraction;
};

std::string clock_now() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    ::localtime_r(&t, &tm);
    return fmt::format("{:02}:{:02}:{:02}", tm.tm_hour, tm.tm_min, tm.tm_sec);
}

// Waits `seconds`, a tenth of a second at a time, unless asked to stop.
void pause(double seconds) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (!g_stop && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

render::Format format_of(const std::string& path) {
    for (const char* ext : {"dot", "svg", "png", "pdf"})
        if (path.ends_with(std::string(".") + ext)) return render::format_from_string(ext);
    throw_usage(fmt::format("--render '{}': give a file ending .svg, .png, .pdf or .dot", path));
}

// The diagram and the report, as they are now; a failure is a warning, and the next change
// tries again.
void write_outputs(Io& io, const store::Store& db, const WatchOptions& o) {
    try {
        if (!o.render.empty()) {
            app::DiagramRequest request;
            request.max_nodes = render::kMaxReadableNodes;
            const app::Diagram d = app::diagram(db, request);
            render::RenderOptions ro;
            ro.format = format_of(o.render);
            ro.title = "claimgraph: " + d.title;
            write_output_file(o.render, render::render(d.graph, ro), false, o.db);
            out_line(io, fmt::format("{} drew {}", clock_now(), o.render));
        }
        if (!o.report.empty()) {
            const report::ReportData data = app::build_report(db, {});
            write_output_folder(o.report, report::report_files(data), false, o.db, report::is_report_page);
            out_line(io, fmt::format("{} wrote {}/index.html", clock_now(), o.report));
        }
    } catch (const Error& e) {
        warn(io, e.what());
    }
    io.out << std::flush;
}

void run_watch(Io& io, const WatchOptions& o) {
    if (!o.render.empty()) format_of(o.render);  // a bad name is an error before anything is done
    store::Store db(o.db, store::OpenMode::read_write);
    app::IngestOptions options;
    std::unique_ptr<extract::ExtractorModel> model;
    options.extraction = extraction_options(o.extraction, model);
    app::IngestEvents events;
    events.warning = [&](const std::string& message) { warn(io, message); };
    g_stop = 0;
    auto old_int = std::signal(SIGINT, on_stop);
    auto old_term = std::signal(SIGTERM, on_stop);
    out_line(io, fmt::format("watching {} every {} s (Ctrl-C to stop)", text::join(o.paths, ", "), o.interval));
    io.out << std::flush;
    std::map<std::string, app::FileState> seen;
    bool first = true;
    while (!g_stop) {
        const auto now = app::look(o.paths, o.follow_symlinks);
        pause(std::min(0.5, o.interval / 2));  // a file still being written changes meanwhile
        const auto again = app::look(o.paths, o.follow_symlinks);
        const std::vector<std::string> changed = app::settled_changes(seen, now, again);
        for (const std::string& f : changed) seen[f] = now.at(f);
        std::erase_if(seen, [&](const auto& entry) { return !now.count(entry.first); });
        if (!changed.empty() && !g_stop) {
            const app::IngestSummary s = app::ingest(db, changed, options, events);
            out_line(io, fmt::format("{} {}: {} added, {} unchanged, {} skipped; {} added", clock_now(),
                                     text::counted(changed.size(), "file"), text::counted(s.added, "document"),
                                     s.unchanged, s.skipped, text::counted(s.statements, "statement")));
            if (s.added > 0 || first) write_outputs(io, db, o);
            first = false;
        } else if (first) {
            write_outputs(io, db, o);
            first = false;
        }
        io.out << std::flush;
        pause(o.interval);
    }
    std::signal(SIGINT, old_int);
    std::signal(SIGTERM, old_term);
    out_line(io, "stopped; everything listed above is stored");
}

}  // namespace

void setup_watch(CLI::App& sub, Io& io) {
    auto o = std::make_shared<WatchOptions>();
    sub.add_option("paths", o->paths, "folders (or files) of articles to watch")->required();
    add_db_option(sub, o->db);
    sub.add_option("--render", o->render, "a diagram to redraw after each change (FILE.svg, .png, .pdf or .dot)");
    sub.add_option("--report", o->report, "a report folder to rewrite after each change");
    sub.add_option("--interval", o->interval, "seconds between looks (default 2)")->check(CLI::Range(0.1, 3600.0));
    sub.add_flag("--follow-symlinks", o->follow_symlinks, "read links in directories that lead outside them");
    add_extraction_options(sub, o->extraction);
    sub.final_callback([&io, o] { io.action = [&io, o] { run_watch(io, *o); }; });
}

}  // namespace claimgraph::cli
