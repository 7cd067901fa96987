// A reader for the DOT language (https://graphviz.org/doc/info/lang.html) that keeps where
// each node, edge and attribute stands, for graph files (DESIGN.md §6) that `check` lints
// like a compiler. Graphviz's own parser (cgraph's agread) reads DOT but forgets positions
// and stops at the first syntax error; this one reports every error with its line and
// column and carries on after it. Graph files are untrusted: the reader is linear in its
// input and never recurses deeper than kMaxNesting.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::load {

/// 1-based line and column (columns count code points).
struct Position {
    std::size_t line = 0, col = 0;
};

struct Diagnostic {
    Position at;
    bool error = true;  ///< false: a warning
    std::string message;
};

/// One attribute as written: its value (unquoted, DOT's \" unescaped) and where its name stands.
struct DotAttr {
    std::string value;
    Position at;
};

/// One node statement (`"a" [kind=source, name="X"]`). A node named in several statements
/// appears once per statement, so that duplicates can be told.
struct DotNode {
    std::string id;
    Position at;
    std::map<std::string, DotAttr> attrs;
};

/// One edge (an `a -> b -> c` chain gives two).
struct DotEdge {
    std::string from, to;
    Position at;  ///< where the edge operator stands
    Position from_at, to_at;
    std::map<std::string, DotAttr> attrs;
};

struct DotGraph {
    bool directed = true;
    std::vector<DotNode> nodes;  ///< in the order written
    std::vector<DotEdge> edges;  ///< in the order written
};

/// Subgraphs nested deeper than this are refused (an error), so that hostile input cannot
/// exhaust the stack.
constexpr std::size_t kMaxNesting = 64;

/// Parses `text`; syntax problems go to `diagnostics` and parsing resumes at the next
/// statement.
DotGraph parse_dot(std::string_view text, std::vector<Diagnostic>& diagnostics);

}  // namespace claimgraph::load
