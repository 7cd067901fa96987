// Graph files (curated, or exported by claimgraph or another tool) read into the store.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/graph.h"
#include "store/store.h"

namespace claimgraph::app {

struct ImportResult {
    std::size_t nodes = 0, edges = 0;  ///< written (what was stored already is not counted)
    /// sources of the files found stored under another id: "source 'gladkov' (Gladkov) is the
    /// stored source 0fd6753076 (graph file: governor gladkov)"
    std::vector<std::string> joined;
    /// sources left apart that may be stored ones (a surname alone, a shared name)
    std::vector<std::string> warnings;
};

/// Imports the graphs, each statement given the match key of its words (so that later
/// ingests match it as they match extracted ones), and each source that is not stored
/// under its own id joined to the stored source ingest's identity rules find for it
/// (resolve/stored_identity.h): its edges then point there, and its name becomes an alias.
/// Every graph is checked against the database and the others before any is written: an
/// id whose kind would change is an Error and nothing is imported.
ImportResult import_graphs(store::Store& db, std::vector<GraphData> graphs);

}  // namespace claimgraph::app
