// The grouped whole-graph view (graph/overview.h) on a small graph built here: two
// outlets and a document with none, a speaker with two claims, a spokesman for a union
// relayed by an agency, a claim with no source, and a dispute.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "graph/overview.h"

namespace claimgraph {

namespace {

GraphData harbour() {
    GraphData g;
    const auto doc = [&](const std::string& id, const std::string& outlet, const std::string& date) {
        Node n{id, NodeKind::document, "", {{"date", date}}};
        if (!outlet.empty()) n.attrs["outlet"] = outlet;
        n.label = node_label(NodeKind::document, n.attrs);
        g.nodes.push_back(n);
    };
    doc("d1", "Harbour Gazette", "2026-03-01");
    doc("d2", "Harbour Gazette", "2026-03-02");
    doc("d3", "Coast Daily", "2026-03-02");
    doc("d4", "", "2026-03-03");
    const auto source = [&](const std::string& id, const std::string& type) {
        g.nodes.push_back({id, NodeKind::source, id, {{"name", id}, {"type", type}}});
    };
    source("jane", "person");
    source("tom", "person");
    source("union", "organization");
    source("agency", "agency");
    source("gazette", "outlet");
    for (const char* s : {"s1", "s2", "s3", "s4"}) g.nodes.push_back({s, NodeKind::statement, s, {{"form", "indirect"}}});
    const auto edge = [&](const char* from, const char* to, Relation r) { g.edges.push_back({from, to, r}); };
    edge("d1", "s1", Relation::reports);
    edge("d2", "s1", Relation::reports);
    edge("d2", "s2", Relation::reports);
    edge("d3", "s3", Relation::reports);
    edge("d4", "s4", Relation::reports);
    edge("s1", "jane", Relation::attributes);
    edge("s2", "jane", Relation::attributes);
    edge("s3", "tom", Relation::attributes);
    edge("tom", "union", Relation::attributes);  // he speaks for the union
    edge("d3", "agency", Relation::reports);     // the article cites the agency
    edge("agency", "s3", Relation::reports);     // which relayed his words
    edge("s1", "s3", Relation::disputes);
    edge("d1", "gazette", Relation::attributes);  // the document's outlet
    g.normalize();
    return g;
}

// "from → to relation: summary" for every edge, and "id: label | summary" for every node.
std::map<std::string, std::string> edges_of(const GraphData& g) {
    std::map<std::string, std::string> out;
    for (const Edge& e : g.edges)
        out[e.from + " -> " + e.to + " " + to_string(e.relation)] = attr_value(e.other, "summary");
    return out;
}

std::map<std::string, std::string> nodes_of(const GraphData& g) {
    std::map<std::string, std::string> out;
    for (const Node& n : g.nodes) out[n.label] = attr_value(n.attrs, "summary");
    return out;
}

std::string id_of(const GraphData& g, const std::string& label) {
    for (const Node& n : g.nodes)
        if (n.label == label) return n.id;
    return "(no node " + label + ")";
}

}  // namespace

TEST(Overview, ByOutletFoldsClaimsIntoSpeakersAndDocumentsIntoOutletsWithCounts) {
    const GraphData o = graph::overview(harbour(), graph::CarriersBy::outlet, 60);
    EXPECT_EQ(nodes_of(o), (std::map<std::string, std::string>{
                               {"Harbour Gazette", "2 documents"},
                               {"Coast Daily", "1 document"},
                               {"no outlet given", "1 document"},
                               {"jane", "2 claims"},
                               {"tom", "1 claim"},
                               {"union", ""},
                               {"agency", ""},
                               {"no source named", "1 claim"},
                           }));  // the outlet as a source is drawn as its carrier
    const std::string gazette = id_of(o, "Harbour Gazette"), coast = id_of(o, "Coast Daily"),
                      none = id_of(o, "no outlet given");
    EXPECT_EQ(edges_of(o), (std::map<std::string, std::string>{
                               {gazette + " -> jane reports", "2 claims"},
                               {coast + " -> tom reports", "1 claim"},
                               {coast + " -> agency reports", "cites"},
                               {none + " -> no-source reports", "1 claim"},
                               {"agency -> tom reports", "relays 1 claim"},
                               {"tom -> union attributes", ""},
                               {"jane -> tom disputes", "1 dispute"},
                           }));
}

TEST(Overview, ByDocumentKeepsEachDocumentAndCountsItsClaims) {
    const GraphData o = graph::overview(harbour(), graph::CarriersBy::document, 60);
    const auto edges = edges_of(o);
    EXPECT_EQ(edges.at("d1 -> jane reports"), "1 claim");
    EXPECT_EQ(edges.at("d2 -> jane reports"), "2 claims");
    EXPECT_EQ(nodes_of(o).at(o.find("d2")->label), "2 claims");
    EXPECT_EQ(o.nodes.size(), 9u);  // four documents, five sources
}

TEST(Overview, PastItsSizeTheSmallestFoldIntoOthersWhoseEdgesSumTheirs) {
    const GraphData o = graph::overview(harbour(), graph::CarriersBy::outlet, 6);
    EXPECT_LE(o.nodes.size(), 6u);
    const auto nodes = nodes_of(o);
    EXPECT_EQ(nodes.at("Harbour Gazette"), "2 documents");  // the most documents
    EXPECT_EQ(nodes.at("2 other outlets"), "2 documents");
    EXPECT_EQ(nodes.at("jane"), "2 claims");  // the most claims, then by id
    EXPECT_EQ(nodes.at("2 other sources"), "");  // the agency and the union: no claims
    const auto edges = edges_of(o);
    EXPECT_EQ(edges.at("other-carriers -> tom reports"), "1 claim");
    EXPECT_EQ(edges.at("other-carriers -> no-source reports"), "1 claim");
    EXPECT_EQ(edges.at("other-carriers -> other-sources reports"), "cites");
    EXPECT_EQ(edges.at("other-sources -> tom reports"), "relays 1 claim");
    EXPECT_FALSE(edges.count("tom -> other-sources attributes"));  // no frame around a fold
}

TEST(Overview, SizeSaysEachKindWithItsPlural) {
    EXPECT_EQ(graph::graph_size(harbour()), "4 documents, 4 claims, 5 sources");
    GraphData one;
    one.nodes = {{"d", NodeKind::document, "d", {}}, {"s", NodeKind::statement, "s", {}}};
    EXPECT_EQ(graph::graph_size(one), "1 document, 1 claim, 0 sources");
}

}  // namespace claimgraph
