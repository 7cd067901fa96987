// The graph in the ecosystem's formats (issue 6): W3C PROV (PROV-JSON, PROV-N), GraphML,
// schema.org ClaimReview (JSON-LD), and claimgraph's own JSON dump — and back, where a
// format can say what the graph holds. All output is deterministic (sorted, stable ids).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/graph.h"
#include "util/error.h"

namespace claimgraph::interchange {

/// The namespace of claimgraph's own PROV types and attributes (prefix `cg`).
inline constexpr const char* kNamespace = "https://claimgraph.org/ns#";

/// PROV mapping: documents and statements are entities (prov:type cg:Document /
/// cg:Statement; a statement's text is its prov:value), sources are agents (prov:Person,
/// prov:Organization for bodies, agencies and outlets, prov:Agent otherwise; cg:type keeps
/// ours); statement —attributes→ source is wasAttributedTo, spokesperson —attributes→
/// body is actedOnBehalfOf, document —attributes→ outlet is wasAttributedTo;
/// document —reports→ statement is wasDerivedFrom (prov:type prov:Quotation for a direct
/// quote); every other `reports` and every `disputes` is wasInfluencedBy with prov:type
/// cg:reports / cg:disputes (PROV has no relation for either). Evidence (document, span,
/// words, cue), basis and measure become cg: attributes.
std::string prov_json(const GraphData& g);
std::string prov_n(const GraphData& g);

/// GraphML with typed keys (start/end as int, everything else string), one <data> per
/// attribute, readable by networkx, Gephi and yEd.
std::string graphml(const GraphData& g);

/// schema.org JSON-LD: one ClaimReview per statement, its itemReviewed a Claim with author
/// (the source), appearance (every document carrying it) and firstAppearance (the earliest
/// dated one); a claim without a verdict has no reviewRating.
///
/// A claim with a verdict (statement attributes `verdict`, `verdict_date`, `verdict_by`,
/// `verdict_url`, `verdict_note`, as the store gives them) gets what Google's fact-check
/// markup asks of a published review: `reviewRating` (a Rating on claimgraph's scale:
/// alternateName and name, ratingValue with bestRating and worstRating when the rating is
/// on the scale), `url`, `author` (the reviewer, an Organization), `datePublished` and
/// `reviewBody` (the note). `reviewed_only`: only the claims with a verdict.
std::string claimreview(const GraphData& g, bool reviewed_only = false);

/// claimgraph's complete, versioned JSON dump ({"format": "claimgraph", "version": 1, …}).
std::string graph_json(const GraphData& g);

/// What reading a file in one of these formats gave: the graph, and a warning per thing
/// that did not fit (skipped).
struct Imported {
    GraphData graph;
    std::vector<std::string> warnings;
};

/// A file that is not JSON: the message, and where the parser stopped (0-based byte).
class JsonSyntaxError : public Error {
public:
    JsonSyntaxError(const std::string& message, std::size_t byte) : Error(message), m_byte(byte) {}
    std::size_t byte() const noexcept { return m_byte; }

private:
    std::size_t m_byte;
};

/// Reads a JSON file `import` was given, parsed once: claimgraph's dump (an object with
/// "format": "claimgraph"; Error for another version) or PROV-JSON, ours or another tool's.
/// PROV entities typed cg:Document / cg:Statement map back (else: with a prov:value,
/// statements; without, documents), agents become sources, the relations above become
/// edges; activities and other relations are warnings. Error when it is neither;
/// JsonSyntaxError when it is not JSON.
Imported read_json(std::string_view text);

}  // namespace claimgraph::interchange
