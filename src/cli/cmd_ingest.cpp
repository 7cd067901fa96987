// `claimgraph ingest FILE|DIR...`: load, extract, resolve, store. Idempotent.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <ostream>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/ingest.h"
#include "cli/common.h"
#include "cli/ids.h"
#include "extract/extractor_model.h"
#include "load/discover.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct IngestOptions {
    std::vector<std::string> paths;
    std::string db;
    load::LoadOptions meta;
    bool quiet = false;
    bool verbose = false;  ///< a line per document even under the progress display
    bool follow_symlinks = false;
    std::size_t memory_mb = 512;
    std::size_t commit_every = app::IngestOptions{}.transaction_documents;
    ExtractionChoice extraction;
};

// Shows documents, MB, MB/s and the time left on a terminal, at most twice a second.
class Progress {
public:
    Progress(std::ostream& err, bool show, std::uintmax_t total) : m_err(err), m_show(show), m_total(total) {}
    bool shown() const { return m_show; }
    /// Clears the line, for another line to be written to the terminal; the next update
    /// draws it again.
    void clear() {
        if (!m_show) return;
        m_err << "\r\x1b[K" << std::flush;
        m_shown = {};
    }
    void update(std::size_t docs, std::uintmax_t bytes, bool last = false) {
        if (!m_show) return;
        const auto now = std::chrono::steady_clock::now();
        if (!last && now - m_shown < std::chrono::milliseconds(500)) return;
        m_shown = now;
        const double secs = std::chrono::duration<double>(now - m_start).count();
        const double rate = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
        std::string line =
            fmt::format("\r{}, {:.1f} MB, {:.2f} MB/s", text::counted(docs, "document"), static_cast<double>(bytes) / 1e6, rate);
        if (!last && rate > 0 && m_total > bytes)
            line += fmt::format(", about {:.0f} s left", static_cast<double>(m_total - bytes) / 1e6 / rate);
        m_err << line << "\x1b[K" << (last ? "\n" : "") << std::flush;
    }

private:
    std::ostream& m_err;
    bool m_show;
    std::uintmax_t m_total;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now(), m_shown{};
};

void run_ingest(Io& io, const IngestOptions& o) {
    const load::Discovered found = load::discover(o.paths, o.follow_symlinks);
    for (const std::string& w : found.warnings) warn(io, w);
    const auto& files = found.files;
    store::Store db(o.db, store::OpenMode::read_write);
    // --memory-mb is the process's: the program, the thread extracting and the articles of a
    // transaction in flight take about 64 MB besides the database's share (58 MB at the peak
    // of 1,000 generated articles with --fast); the extractor's models come on top
    constexpr std::size_t kProcessMb = 64;
    db.set_memory_budget((o.memory_mb > kProcessMb ? o.memory_mb - kProcessMb : 0) << 20);
    std::uintmax_t total = 0;
    for (const std::string& path : files) {
        std::error_code ec;
        if (path != "-") total += std::filesystem::file_size(path, ec);
    }
    Progress progress(io.err, !o.quiet && ::isatty(STDERR_FILENO) && &io.err == &std::cerr, total);
    std::uintmax_t read = 0;
    app::IngestOptions options;
    options.meta = o.meta;
    options.transaction_documents = o.commit_every;
    std::unique_ptr<extract::ExtractorModel> model;
    options.extraction = extraction_options(o.extraction, model);
    app::IngestEvents events;
    // "added" only once the document's transaction has committed
    // under the progress display a line per document would scroll through it: only asked for
    const bool lines = !o.quiet && (!progress.shown() || o.verbose);
    events.committed = [&](const std::string& id, const std::string& path, std::size_t statements, bool added) {
        if (!lines) return;
        progress.clear();
        if (added)
            out_line(io, fmt::format("added {} {} ({})", short_id(id), path, text::counted(statements, "statement")));
        else
            out_line(io, fmt::format("unchanged {} {}", short_id(id), path));
        if (progress.shown()) io.out << std::flush;
    };
    events.warning = [&](const std::string& message) { warn(io, message); };
    events.progress = [&](std::size_t documents, std::uintmax_t bytes) {
        read = bytes;
        progress.update(documents, bytes);
    };
    const app::IngestSummary s = app::ingest(db, files, options, events);
    progress.update(s.added + s.unchanged, read, true);
    io.out << fmt::format("{} added, {} unchanged, {} skipped; {} added to '{}'\n", text::counted(s.added, "document"),
                          s.unchanged, s.skipped + found.warnings.size(), text::counted(s.statements, "statement"), o.db);
    // one bad part in a batch is a warning and a skip; the run still fails (exit 1) so
    // that scripts notice, but every good document is stored
    if (s.skipped || !found.warnings.empty()) io.exit_code = 1;
}

}  // namespace

void setup_ingest(CLI::App& sub, Io& io) {
    auto o = std::make_shared<IngestOptions>();
    sub.add_option("paths", o->paths, "article files (text, HTML, JSON Lines) or directories of them ('-' for stdin)")
        ->required();
    add_db_option(sub, o->db);
    sub.add_option("--outlet", o->meta.outlet, "outlet of the articles (overrides their header)");
    sub.add_option("--date", o->meta.date, "publication date, YYYY-MM-DD (overrides their header)");
    sub.add_option("--url", o->meta.url, "URL of the article");
    sub.add_option("--title", o->meta.title, "title of the article");
    add_max_article_option(sub, o->meta.max_article_bytes);
    sub.add_flag("--follow-symlinks", o->follow_symlinks, "read links in directories that lead outside them");
    add_extraction_options(sub, o->extraction);
    sub.add_option(
           "--memory-mb", o->memory_mb,
           "memory the ingest may take, in MB (default 512; the extractor's models besides): 64 MB for the "
           "program and the articles in flight; of the rest, half copy detection's index of the stored documents, a "
           "sixteenth the speakers' stored mentions, the rest SQLite's page cache (64 MB at least); past it, or "
           "with 64 or less, the database is asked: slower, the same results")
        ->check(CLI::Range(std::size_t{0}, std::size_t{1} << 20));
    sub.add_option("--commit-every", o->commit_every,
                   "articles per transaction (default 1000): what is stored, listed as added and visible to "
                   "readers at each commit; what an interrupted run leaves to its rerun")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));
    sub.add_flag("-q,--quiet", o->quiet, "print only the summary");
    sub.add_flag("-v,--verbose", o->verbose,
                 "a line per document (added, unchanged) even when progress is shown on a terminal, where by "
                 "default only the summary follows it");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_ingest(io, *o); }; });
}

}  // namespace claimgraph::cli
