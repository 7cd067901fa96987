// Graph files (curated, or exported by claimgraph or another tool) read into the store.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "model/graph.h"
#include "store/store.h"

namespace claimgraph::app {

/// Imports the graphs, each statement given the match key of its words (so that later
/// ingests match it as they match extracted ones); returns the nodes and edges written.
/// Every graph is checked against the database and the others before any is written: an
/// id whose kind would change is an Error and nothing is imported.
std::pair<std::size_t, std::size_t> import_graphs(store::Store& db, std::vector<GraphData> graphs);

}  // namespace claimgraph::app
