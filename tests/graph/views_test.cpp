#include <gtest/gtest.h>

#include "graph/views.h"

namespace claimgraph {

namespace {

// Two wire copies (w1, w2) and a paper of its own (p), three claims, one dispute.
GraphData wire() {
    GraphData g;
    g.nodes = {{"w1", NodeKind::document, "Wire", {{"outlet", "Wire"}, {"date", "2026-01-02T09:00"}}},
               {"w2", NodeKind::document, "Copy", {{"outlet", "Copy"}, {"date", "2026-01-02T10:00"}}},
               {"p", NodeKind::document, "Paper", {{"outlet", "Paper"}, {"date", "2026-01-02T11:00"}}},
               {"a", NodeKind::statement, "14 killed", {}},
               {"b", NodeKind::statement, "20 killed", {}},
               {"c", NodeKind::statement, "the weather", {}},
               {"gov", NodeKind::source, "Governor", {{"type", "person"}}},
               {"min", NodeKind::source, "Ministry", {{"type", "organization"}}},
               {"aide", NodeKind::source, "Aide", {{"type", "person"}}}};
    g.edges = {{"w1", "a", Relation::reports, {{"start", "1"}}}, {"w2", "a", Relation::reports, {{"start", "5"}}},
               {"p", "b", Relation::reports, {}},              {"p", "c", Relation::reports, {}},
               {"a", "gov", Relation::attributes, {}},         {"b", "aide", Relation::attributes, {}},
               {"aide", "min", Relation::attributes, {}},      {"c", "gov", Relation::attributes, {}},
               {"b", "a", Relation::disputes, {{"basis", "figure"}}}};
    g.normalize();
    return g;
}

}  // namespace

TEST(Views, CopiesOfOneStoryAreOneNode) {
    const GraphData g = graph::group_copies(wire(), {{"w1", "w2"}});
    ASSERT_EQ(g.nodes.size(), 8u);  // w2 folded into w1
    const Node* group = g.find("w1");
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->attrs.at("copies"), "2");
    EXPECT_EQ(group->attrs.at("members"), "w1 w2");
    EXPECT_EQ(group->label, "Wire\n+1 copy");
    EXPECT_EQ(g.find("w2"), nullptr);
    int to_a = 0;
    for (const Edge& e : g.edges) to_a += e.to == "a" && e.relation == Relation::reports;
    EXPECT_EQ(to_a, 1);  // one arrow for the story, not one per copy
    // no copies: nothing changes
    EXPECT_EQ(graph::group_copies(wire(), {}).nodes.size(), 9u);
}

TEST(Views, DisputedOnlyKeepsTheClaimsTheirSpeakersBodiesAndCarriers) {
    const GraphData g = graph::disputed_only(wire());
    std::vector<std::string> ids;
    for (const Node& n : g.nodes) ids.push_back(n.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"a", "aide", "b", "gov", "min", "p", "w1", "w2"}));
    EXPECT_EQ(g.find("c"), nullptr);  // the weather is in no dispute
}

}  // namespace claimgraph
