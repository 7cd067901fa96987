// An edge of the provenance graph and what it records (DESIGN.md §2), typed: the
// semantic-DOT attribute names live here and nowhere else.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/attribution.h"

namespace claimgraph {

enum class Relation { reports, attributes, disputes };

const char* to_string(Relation relation);
std::optional<Relation> relation_from_string(const std::string& s);

/// An edge, pointing toward the origin: document —reports→ statement,
/// statement —attributes→ source, statement —disputes→ statement, and the rest of §2.
struct Edge {
    Edge() = default;
    Edge(std::string from_id, std::string to_id, Relation r)
        : from(std::move(from_id)), to(std::move(to_id)), relation(r) {}
    /// An edge with its attributes as graph files write them (set_edge_attribute, in order).
    Edge(std::string from_id, std::string to_id, Relation r, const std::map<std::string, std::string>& attributes);

    std::string from;
    std::string to;
    Relation relation = Relation::reports;

    // where it was read: every extracted edge points at the exact words
    std::string document;  ///< id of the document it was read in ("" for a curated link)
    std::optional<std::size_t> start, end;  ///< byte span of `text` in that document
    std::string text;  ///< the words it points at
    std::vector<Span> spans;  ///< reports: a content in several pieces (a split quote), else empty

    std::string cue;  ///< attributes: the cue's words ("said")
    std::optional<std::size_t> cue_start, cue_end;  ///< attributes: the cue's byte span

    std::string kind;  ///< reports: how a document relays ("cites", "inputs", "dateline"…)
    /// reports: how a mention joined a stored claim (exact, near, figure); attributes from a
    /// statement: how the mention was identified with its source, each step "basis: evidence"
    /// joined by "; " (resolve/identity.h)
    std::string match;
    std::optional<double> confidence;  ///< reports: the extractor's, two decimals

    std::string basis;  ///< disputes: figure, denial, contradiction or curated
    std::string measure;  ///< disputes on a figure: what it counts ("killed")
    bool confirmed = false;  ///< a person confirmed it

    /// Any other attribute, as written: a graph file's own, or a view's ("diff").
    std::map<std::string, std::string> other;
};

/// The edge's attributes by semantic-DOT name as graph files write them: offsets in
/// decimal, spans as JSON ([[start,end],…]), confidence with two decimals, confirmed "1";
/// absent fields are left out. The relation is not among them.
std::map<std::string, std::string> edge_attributes(const Edge& e);

/// Sets one attribute by its semantic-DOT name. A known name whose value is in the form
/// edge_attributes writes sets its field; anything else is kept in `other` as written,
/// so that reading a file and writing it again changes nothing.
void set_edge_attribute(Edge& e, const std::string& key, std::string value);

/// A confidence as the graph keeps it: rounded to the two decimals graph files show.
double two_decimals(double v);

/// `spans` as graph files write them: [[start,end],…].
std::string spans_json(const std::vector<Span>& spans);

}  // namespace claimgraph
