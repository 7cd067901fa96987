#include "app/ingest.h"

#include <fmt/format.h>

#include "extract/extractor.h"
#include "resolve/graph_builder.h"
#include "resolve/linker.h"
#include "util/bounded_queue.h"
#include "util/error.h"

namespace claimgraph::app {

namespace {

// What the reading thread hands the writer, in input order: a document extracted and
// built into its batch, a part skipped, a notice about a part kept, or the error that
// made a whole file unreadable.
struct Item {
    enum class Kind { document, skipped, notice, unreadable } kind = Kind::document;
    DocumentDelta batch;
    std::size_t statements = 0, bytes = 0;
    std::string message;
};

Item message(Item::Kind kind, std::string text) {
    Item item;
    item.kind = kind;
    item.message = std::move(text);
    return item;
}

// The reading thread: every file in order; a document whose extraction fails is skipped
// alone (the rest of its batch file is still read). `push` throws once the writer gave up.
template <class Push>
void read_all(const Push& push, const std::vector<std::string>& files, const load::LoadOptions& meta,
              const extract::Options& extraction) {
    try {
        for (const std::string& path : files) {
            try {
                load::stream_documents(
                    path, meta,
                    [&](Document&& doc) {
                        Item item;
                        try {
                            const Extraction ex = extract::extract(doc, extraction);
                            item.batch = resolve::build_delta(ex);
                            item.statements = ex.statements.size();
                            item.bytes = doc.text.size();
                        } catch (const std::exception& e) {
                            item = message(Item::Kind::skipped,
                                           fmt::format("'{}': cannot extract: {}", doc.path, e.what()));
                        }
                        push(std::move(item));
                    },
                    [&](std::string warning) { push(message(Item::Kind::skipped, std::move(warning))); },
                    [&](std::string notice) { push(message(Item::Kind::notice, std::move(notice))); });
            } catch (const Error& e) {
                push(message(Item::Kind::unreadable, e.what()));
            }
        }
    } catch (const std::exception& e) {
        push(message(Item::Kind::unreadable, e.what()));
    }
}

// The documents of the open transaction, reported once it commits.
struct Pending {
    std::string id, path;
    std::size_t statements = 0;
    bool added = false;
};

}  // namespace

IngestSummary ingest(store::Store& db, const std::vector<std::string>& files, const IngestOptions& options,
                     const IngestEvents& events) {
    const LinkStep link = options.link ? options.link : LinkStep(resolve::link);
    const auto warn = [&](const std::string& m) {
        if (events.warning) events.warning(m);
    };
    IngestSummary summary;
    std::vector<Pending> pending;
    std::size_t committed = 0, handled = 0;
    std::uintmax_t bytes = 0;
    const auto commit = [&] {
        db.commit_batch();
        committed += pending.size();
        for (const Pending& p : pending) {
            if (p.added) {
                ++summary.added;
                summary.statements += p.statements;
            } else {
                ++summary.unchanged;
            }
            if (events.committed) events.committed(p.id, p.path, p.statements, p.added);
        }
        pending.clear();
    };

    // two threads, as a machine has two cores: one reads and extracts, this one writes
    const auto write = [&](Item&& item) {
        switch (item.kind) {
        case Item::Kind::notice: warn(item.message); return;
        case Item::Kind::skipped:
            ++summary.skipped;
            warn(item.message + "; skipped");
            return;
        case Item::Kind::unreadable:
            if (files.size() == 1) throw Error(item.message);
            ++summary.skipped;
            warn(item.message + "; skipped");
            return;
        case Item::Kind::document: break;
        }
        DocumentDelta& batch = item.batch;
        const std::string path = batch.document.path;
        try {
            link(batch, db);
            const store::AddResult result = db.add(batch);
            pending.push_back({result.document_id, path, item.statements, result.added});
        } catch (const std::exception& e) {
            // a failure of this document (store::add rolled it back to its savepoint),
            // unless the database itself failed
            if (store::is_database_failure(e)) throw;
            ++summary.skipped;
            warn(fmt::format("'{}': cannot store: {}; skipped", path, e.what()));
        }
        bytes += item.bytes;
        if (events.progress) events.progress(++handled, bytes);
        if (pending.size() >= options.transaction_documents) {
            commit();
            db.begin_batch();
        }
    };
    try {
        db.begin_batch();
        util::run_pipelined<Item>(
            options.queue_documents,
            [&](const auto& push) { read_all(push, files, options.meta, options.extraction); }, write);
        commit();
    } catch (const std::exception& e) {
        if (!store::is_database_failure(e)) throw;
        // a full disk, a file size limit, a failing device: the open transaction is rolled
        // back (by the Store), every one committed before stays whole
        throw Error(
            fmt::format("'{}': cannot write the database: {}; the {} document{} committed before are kept and "
                        "the {} of the transaction that failed are not: run the same ingest again to finish",
                        db.path(), e.what(), committed, committed == 1 ? "" : "s", pending.size()));
    }
    return summary;
}

}  // namespace claimgraph::app
