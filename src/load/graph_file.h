// Graph files (DESIGN.md §6, semantic DOT): read into graph data with every problem a
// reviewer should see, as `check` prints them and `import` refuses them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/dot_reader.h"
#include "model/graph.h"

namespace claimgraph::load {

struct GraphFile {
    GraphData graph;  ///< the nodes and edges that passed, normalised
    std::vector<Diagnostic> diagnostics;  ///< sorted by position
    bool has_errors() const;
};

/// Reads a graph file. Errors: syntax; a node without `kind` or with an unknown one;
/// an unknown `relation`, `type`, `form` or dispute `basis`; an edge to a node that does
/// not exist or between kinds the relation does not join; a statement without `text`, a
/// source without `name`; an id defined twice. Warnings: a statement without a source; a
/// dispute between the same claims twice; a document dated after a document that cites
/// it; a date that is not ISO 8601; attributes that would make a renderer read files or
/// follow links (`image`, `shapefile`, `fontpath`, `imagepath`, `stylesheet`, a `URL` or
/// `href` other than http(s)), which are dropped.
GraphFile read_graph_file(std::string_view text);

/// "path:line:col: error: message", one per line, as compilers print them.
std::string format_diagnostics(const std::string& path, const std::vector<Diagnostic>& diagnostics);

}  // namespace claimgraph::load
