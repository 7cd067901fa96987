// The whole graph at any size, grouped: who is quoted, by which outlets or documents,
// and who disputes whom, with counts, instead of one node per claim.
#pragma once

#include <cstddef>
#include <string>

#include "model/graph.h"

namespace claimgraph::graph {

/// What the carriers of an overview are: the outlets (documents of one outlet are one
/// node; documents without one are one node too) or the documents one by one.
enum class CarriersBy { outlet, document };

/// The graph with its statements folded into the sources they are attributed to:
///
/// - a source node per speaker, labelled with how many claims it has (`summary`; none for
///   a source that only relays or is cited);
///   statements with no source at all become one node, "no source named";
/// - a carrier node per outlet (or document), with how many documents it stands for;
/// - carrier → source `reports` edges, "N claims" (`count`, `summary`): how many of that
///   source's claims the carrier's documents carry; a document citing an agency
///   becomes carrier → agency ("cites");
/// - source → source: `attributes` (speaks for) as they are; a relaying source reporting a
///   claim becomes relay → speaker `reports` ("relays N");
/// - source → source `disputes`, "N disputes": between the speakers of disputing claims;
/// - carrier → carrier `reports` where a document relays another outlet's.
///
/// At most `max_nodes` nodes (at least 6): the sources with the most claims and the
/// carriers with the most documents stay, the rest fold into "N other sources" and "N
/// other outlets" nodes whose edges sum theirs. Deterministic.
GraphData overview(const GraphData& g, CarriersBy by, std::size_t max_nodes);

/// How many nodes of each kind a graph has, as a title says it: "19 documents, 250
/// claims, 160 sources".
std::string graph_size(const GraphData& g);

}  // namespace claimgraph::graph
