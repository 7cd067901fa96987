// `claimgraph ingest FILE|DIR...`: load, extract, resolve, store. Idempotent.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "cli/common.h"
#include "cli/ids.h"
#include "extract/extractor.h"
#include "load/discover.h"
#include "load/loader.h"
#include "resolve/graph_builder.h"
#include "resolve/linker.h"
#include "store/store.h"
#include "util/error.h"

namespace claimgraph::cli {

namespace {

struct IngestOptions {
    std::vector<std::string> paths;
    std::string db;
    load::LoadOptions meta;
    bool quiet = false;
};

// One bad file in a batch is a warning and a skip; the run still fails (exit 1) so
// that scripts notice, but every good file is stored.
// Shows documents, MB, MB/s and the time left on a terminal, at most twice a second.
class Progress {
public:
    Progress(std::ostream& err, bool show, std::uintmax_t total) : m_err(err), m_show(show), m_total(total) {}
    void update(std::size_t docs, std::uintmax_t bytes, bool last = false) {
        if (!m_show) return;
        const auto now = std::chrono::steady_clock::now();
        if (!last && now - m_shown < std::chrono::milliseconds(500)) return;
        m_shown = now;
        const double secs = std::chrono::duration<double>(now - m_start).count();
        const double rate = secs > 0 ? static_cast<double>(bytes) / 1e6 / secs : 0;
        std::string line = fmt::format("\r{} documents, {:.1f} MB, {:.2f} MB/s", docs, static_cast<double>(bytes) / 1e6, rate);
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

// Documents per transaction: a commit costs a lock and a WAL write whatever its size.
constexpr std::size_t kBatchDocuments = 200;
// Documents extracted ahead of the writer: bounds the memory whatever the corpus size.
constexpr std::size_t kQueueDocuments = 64;

// What the reading thread hands the writer, in input order: a document extracted and
// built into its batch, a warning, or the error that made a file unreadable.
struct Item {
    enum class Kind { document, warning, notice, error } kind = Kind::document;  // warning: skipped; notice: kept
    Batch batch;
    std::size_t statements = 0, bytes = 0;
    std::string message;
};

// A bounded queue between one reading thread (load, extract, build: work on one document
// alone) and the writer (link and store, which need what earlier documents stored).
class Pipeline {
public:
    void push(Item item) {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_items.size() < kQueueDocuments || m_stopped; });
        if (m_stopped) throw Stopped{};
        m_items.push_back(std::move(item));
        m_ready.notify_one();
    }
    /// The next item; nullopt when the reader is done and everything was taken.
    std::optional<Item> pop() {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_items.empty() || m_done; });
        if (m_items.empty()) return std::nullopt;
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_space.notify_one();
        return item;
    }
    void done() {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_ready.notify_one();
    }
    /// The writer gives up: the reader stops at its next push.
    void stop() {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_one();
    }
    struct Stopped {};

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<Item> m_items;
    bool m_done = false, m_stopped = false;
};

void read_all(Pipeline& pipe, const std::vector<std::string>& files, const load::LoadOptions& meta) {
    try {
        for (const std::string& path : files) {
            try {
                load::stream_documents(
                    path, meta,
                    [&](Document&& doc) {
                        Item item;
                        const Extraction ex = extract::extract(doc);
                        item.batch = resolve::build_batch(ex);
                        item.statements = ex.statements.size();
                        item.bytes = doc.text.size();
                        pipe.push(std::move(item));
                    },
                    [&](std::string warning) {
                        pipe.push({Item::Kind::warning, {}, 0, 0, std::move(warning)});
                    },
                    [&](std::string notice) {
                        pipe.push({Item::Kind::notice, {}, 0, 0, std::move(notice)});
                    });
            } catch (const Error& e) {
                pipe.push({Item::Kind::error, {}, 0, 0, e.what()});
            }
        }
    } catch (const Pipeline::Stopped&) {
    } catch (const std::exception& e) {
        try {
            pipe.push({Item::Kind::error, {}, 0, 0, e.what()});
        } catch (const Pipeline::Stopped&) {
        }
    }
    pipe.done();
}

// What an SQLite failure while writing means to the user.
std::string storage_failure(const SQLite::Exception& e) {
    switch (e.getErrorCode()) {
    case SQLITE_FULL: return "the disk is full";
    case SQLITE_IOERR: return fmt::format("{} (a full disk or a file size limit)", e.what());
    default: return e.what();
    }
}

void run_ingest(Io& io, const IngestOptions& o) {
    const auto files = load::discover(o.paths);
    store::Store db(o.db, store::OpenMode::read_write);
    std::size_t added = 0, unchanged = 0, skipped = 0, statements = 0;
    std::uintmax_t total = 0, done = 0;
    for (const std::string& path : files) {
        std::error_code ec;
        if (path != "-") total += std::filesystem::file_size(path, ec);
    }
    Progress progress(io.err, !o.quiet && ::isatty(STDERR_FILENO) && &io.err == &std::cerr, total);
    // two threads, as a machine has two cores: one reads and extracts, this one writes
    Pipeline pipe;
    std::thread reader(read_all, std::ref(pipe), std::cref(files), std::cref(o.meta));
    struct Join {
        Pipeline& pipe;
        std::thread& reader;
        ~Join() {
            pipe.stop();
            reader.join();
        }
    } join{pipe, reader};
    std::size_t in_batch = 0, committed = 0;
    try {
        db.begin_batch();
        while (std::optional<Item> item = pipe.pop()) {
            if (item->kind == Item::Kind::notice) {
                io.err << "claimgraph: warning: " << item->message << "\n";
                continue;
            }
            if (item->kind == Item::Kind::warning) {
                ++skipped;
                io.err << "claimgraph: warning: " << item->message << "; skipped\n";
                continue;
            }
            if (item->kind == Item::Kind::error) {
                if (files.size() == 1) throw Error(item->message);
                ++skipped;
                io.err << "claimgraph: warning: " << item->message << "; skipped\n";
                continue;
            }
            Batch& batch = item->batch;
            const std::string path = batch.document.path;
            resolve::link(batch, db);
            const auto result = db.add(batch);
            done += item->bytes;
            if (++in_batch == kBatchDocuments) {
                db.commit_batch();
                committed += in_batch;
                db.begin_batch();
                in_batch = 0;
            }
            progress.update(added + unchanged + 1, done);
            if (result.added) {
                ++added;
                statements += item->statements;
                if (!o.quiet)
                    io.out << fmt::format("added {} {} ({} statements)\n", short_id(result.document_id), path,
                                          item->statements);
            } else {
                ++unchanged;
                if (!o.quiet) io.out << fmt::format("unchanged {} {}\n", short_id(result.document_id), path);
            }
        }
        db.commit_batch();
    } catch (const SQLite::Exception& e) {
        // a full disk, a file size limit, a failing device: the open transaction is rolled
        // back (by the Store), every one committed before stays whole
        throw Error(fmt::format("'{}': cannot write the database: {}; the {} document{} committed before are kept and "
                                "the {} of the transaction that failed are not: run the same ingest again to finish",
                                o.db, storage_failure(e), committed, committed == 1 ? "" : "s", in_batch));
    }
    progress.update(added + unchanged, done, true);
    io.out << fmt::format("{} document{} added, {} unchanged, {} skipped; {} statements added to '{}'\n", added,
                          added == 1 ? "" : "s", unchanged, skipped, statements, o.db);
    if (skipped) io.exit_code = 1;
}

}  // namespace

void setup_ingest(CLI::App& sub, Io& io) {
    auto o = std::make_shared<IngestOptions>();
    sub.add_option("paths", o->paths, "article files (text, HTML, JSON Lines) or directories of them ('-' for stdin)")->required();
    add_db_option(sub, o->db);
    sub.add_option("--outlet", o->meta.outlet, "outlet of the articles (overrides their header)");
    sub.add_option("--date", o->meta.date, "publication date, YYYY-MM-DD (overrides their header)");
    sub.add_option("--url", o->meta.url, "URL of the article");
    sub.add_option("--title", o->meta.title, "title of the article");
    add_max_article_option(sub, o->meta.max_article_bytes);
    sub.add_flag("-q,--quiet", o->quiet, "print only the summary");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_ingest(io, *o); }; });
}

}  // namespace claimgraph::cli
