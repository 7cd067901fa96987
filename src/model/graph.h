// The provenance graph in domain terms (DESIGN.md §2). Edges point toward the origin.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/edge.h"

namespace claimgraph {

enum class NodeKind { document, statement, source };

const char* to_string(NodeKind kind);
std::optional<NodeKind> node_kind_from_string(const std::string& s);

/// A node with its attributes (the semantic-DOT attributes: text, type, role, date…).
struct Node {
    std::string id;
    NodeKind kind = NodeKind::statement;
    std::string label;  ///< short human label: outlet+date, statement text, source name
    std::map<std::string, std::string> attrs;
};

/// An attribute's value, "" when the attributes lack it.
std::string attr_value(const std::map<std::string, std::string>& attrs, const std::string& key);

/// The short label a node shows, from its attributes: a document's outlet (else title,
/// else file name) and date, a statement's text, a source's name.
std::string node_label(NodeKind kind, const std::map<std::string, std::string>& attrs);

/// A graph or a piece of one, nodes sorted by id and edges by (from, to, relation, then
/// their attributes as written).
struct GraphData {
    std::vector<Node> nodes;
    std::vector<Edge> edges;

    const Node* find(const std::string& id) const;
    /// Sorts nodes and edges and drops exact duplicates, for deterministic output.
    void normalize();
};

}  // namespace claimgraph
