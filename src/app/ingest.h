// `ingest` as the library runs it: read and extract on one thread, link and store on the
// other, whole documents per transaction, and the truth about what was stored. The command
// line (cli/cmd_ingest.cpp) parses options and prints what this reports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "load/loader.h"
#include "model/records.h"
#include "store/store.h"

namespace claimgraph::app {

/// How one document's batch meets the corpus: resolve::link, or a stand-in in tests.
using LinkStep = std::function<void(DocumentDelta&, const store::Store&)>;

struct IngestOptions {
    load::LoadOptions meta;
    /// Documents per transaction: a commit costs a lock and a WAL write whatever its size,
    /// and writes every page the transaction changed, so pages that many documents change
    /// (the indexes' upper levels, the latest rows) are written once per commit. 10,000
    /// generated articles --fast: 54.9 s at 200, 48.9 at 500, 46.2 at 1,000, 48.7 at 2,000.
    std::size_t transaction_documents = 1000;
    /// Documents extracted ahead of the writer: bounds the memory whatever the corpus size.
    std::size_t queue_documents = 64;
    LinkStep link;  ///< empty: resolve::link
    extract::Options extraction;
};

/// What ingest tells its caller, in input order. `committed` is called only once the
/// document's transaction has committed, so nothing is reported stored that is not.
struct IngestEvents {
    /// A document is in the database: `added` (new) or already there by its content.
    std::function<void(const std::string& document_id, const std::string& path, std::size_t statements, bool added)>
        committed;
    /// A warning, the text after "claimgraph: warning: " (a skipped part ends "; skipped").
    std::function<void(const std::string& message)> warning;
    /// Documents handled and bytes read so far, after each document.
    std::function<void(std::size_t documents, std::uintmax_t bytes)> progress;
};

struct IngestSummary {
    std::size_t added = 0, unchanged = 0, skipped = 0, statements = 0;
};

/// Reads `files` (load::discover's list) into `db`. A part that cannot be read, extracted
/// or stored is a warning and a skip (counted in `skipped`; a document that fails to store
/// is rolled back to its savepoint and costs only itself). With one file, a file that
/// cannot be read is an Error. A failure of the database itself (store::DatabaseFailure:
/// full disk, I/O error, lock, corruption) stops the run with an Error that says how many
/// documents were committed and kept.
IngestSummary ingest(store::Store& db, const std::vector<std::string>& files, const IngestOptions& options,
                     const IngestEvents& events);

}  // namespace claimgraph::app
