// Typed edges: the fields behind the semantic-DOT attribute names, and files read and
// written again unchanged.
#include "model/edge.h"

#include <gtest/gtest.h>

#include "model/graph.h"

namespace claimgraph {
namespace {

TEST(Edge, AttributesAreWrittenUnderTheirGraphFileNames) {
    Edge e{"d", "s", Relation::reports};
    e.document = "d";
    e.start = 15;
    e.end = 38;
    e.text = "that the bridge was hit";
    e.spans = {{15, 20}, {30, 38}};
    e.confidence = two_decimals(0.876);
    e.match = "near";
    e.confirmed = true;
    const std::map<std::string, std::string> want{{"confidence", "0.88"}, {"confirmed", "1"},
                                                  {"document", "d"},      {"end", "38"},
                                                  {"match", "near"},      {"spans", "[[15,20],[30,38]]"},
                                                  {"start", "15"},        {"text", "that the bridge was hit"}};
    EXPECT_EQ(edge_attributes(e), want);
    EXPECT_EQ(edge_attributes(e).at("spans"), "[[15,20],[30,38]]");
    EXPECT_EQ(edge_attributes(e).count("cue"), 0u);
}

TEST(Edge, ReadingTheWrittenAttributesGivesTheSameEdge) {
    Edge e{"s", "p", Relation::attributes};
    e.document = "d";
    e.start = 0;
    e.end = 4;
    e.cue = "said";
    e.cue_start = 5;
    e.cue_end = 9;
    const Edge back{"s", "p", Relation::attributes, edge_attributes(e)};
    EXPECT_EQ(back.start, 0u);
    EXPECT_EQ(back.cue_end, 9u);
    EXPECT_EQ(back.cue, "said");
    EXPECT_TRUE(back.other.empty());
    EXPECT_EQ(edge_attributes(back), edge_attributes(e));
}

TEST(Edge, ValuesNotInTheWrittenFormStayAsWritten) {
    Edge e{"a", "b", Relation::reports};
    set_edge_attribute(e, "start", "12abc");
    set_edge_attribute(e, "end", "-3");
    set_edge_attribute(e, "cue_start", "007");
    set_edge_attribute(e, "spans", "[[1, 2]]");
    set_edge_attribute(e, "confidence", "0.875");
    set_edge_attribute(e, "confirmed", "yes");
    set_edge_attribute(e, "text", "");
    set_edge_attribute(e, "colour", "red");
    EXPECT_FALSE(e.start);
    EXPECT_FALSE(e.end);
    EXPECT_FALSE(e.cue_start);
    EXPECT_TRUE(e.spans.empty());
    EXPECT_FALSE(e.confidence);
    EXPECT_FALSE(e.confirmed);
    const std::map<std::string, std::string> want{
        {"colour", "red"}, {"confidence", "0.875"}, {"confirmed", "yes"}, {"cue_start", "007"},
        {"end", "-3"},     {"spans", "[[1, 2]]"},   {"start", "12abc"},   {"text", ""}};
    EXPECT_EQ(edge_attributes(e), want);
    // a later value in the written form takes the field, and the raw one goes
    set_edge_attribute(e, "start", "12");
    EXPECT_EQ(e.start, 12u);
    EXPECT_FALSE(e.other.count("start"));
}

TEST(Edge, GraphsOrderEdgesByTheirAttributesAsWritten) {
    GraphData g;
    // as text "100" sorts before "99": the order of graph files since the first version
    g.edges = {{"d", "s", Relation::reports, {{"start", "99"}}},
               {"d", "s", Relation::reports, {{"start", "100"}}},
               {"d", "s", Relation::reports, {{"start", "99"}}}};
    g.normalize();
    ASSERT_EQ(g.edges.size(), 2u);
    EXPECT_EQ(g.edges[0].start, 100u);
    EXPECT_EQ(g.edges[1].start, 99u);
}

TEST(Edge, ConfidenceIsKeptToTheTwoDecimalsFilesShow) {
    EXPECT_DOUBLE_EQ(two_decimals(0.876), 0.88);
    EXPECT_DOUBLE_EQ(two_decimals(0.5), 0.5);
    Edge e;
    e.confidence = 0.5;
    EXPECT_EQ(edge_attributes(e).at("confidence"), "0.50");
}

}  // namespace
}  // namespace claimgraph
