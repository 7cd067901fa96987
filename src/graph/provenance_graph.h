// Provenance analyses over a (piece of the) graph. Boost.Graph lives in the .cpp only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/graph.h"

namespace claimgraph::graph {

struct FirstAppearance {
    std::string document;
    std::string date;
};

struct TraceResult {
    std::string root;
    GraphData graph;                      ///< the root, everything upstream and downstream
    std::vector<std::string> upstream;    ///< toward the origin, breadth-first, root excluded
    std::vector<std::string> downstream;  ///< who carries or relays it, breadth-first
    std::vector<std::string> origins;     ///< sources at the end of the upstream chains, sorted
    std::size_t independent_origins = 0;
    std::optional<FirstAppearance> first_appearance;
    std::vector<std::vector<std::string>> cycles;  ///< circular reporting among `reports` edges
};

/// Traces `root` in `g` (which must contain it): upstream along edges (they point toward
/// the origin) to the sources that stand at the end — the speaker, or the institution a
/// spokesperson speaks for, or the agency a document credits — and downstream to the
/// documents and relays that carry it. Throws Error when root is not in g.
TraceResult trace(const GraphData& g, const std::string& root);

/// How many independent origins stand behind a claim carried by `documents`: documents
/// joined by `links` (pairs of ids: two documents sharing copy, or a document and the
/// agency it credits) are one origin. Counted with Boost's connected components.
std::size_t independent_origins(const std::vector<std::string>& documents,
                                const std::vector<std::pair<std::string, std::string>>& links);

/// Every cycle among `reports` edges (A reports B reports A), each as node ids starting at
/// its smallest id, sorted.
std::vector<std::vector<std::string>> reporting_cycles(const GraphData& g);

}  // namespace claimgraph::graph
