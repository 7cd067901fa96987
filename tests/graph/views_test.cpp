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
    g.edges = {{"w1", "a", Relation::reports, {{"start", "1"}}},
               {"w2", "a", Relation::reports, {{"start", "5"}}},
               {"p", "b", Relation::reports, {}},
               {"p", "c", Relation::reports, {}},
               {"a", "gov", Relation::attributes, {}},
               {"b", "aide", Relation::attributes, {}},
               {"aide", "min", Relation::attributes, {}},
               {"c", "gov", Relation::attributes, {}},
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

TEST(Views, WithoutClaimsDropsThemAndWhatOnlyTheyHeld) {
    GraphData g = wire();
    g.nodes.push_back({"lone", NodeKind::source, "Lone", {}});  // had no edge before: stays
    const GraphData v = graph::without_claims(g, {"b", "c"});
    std::vector<std::string> ids;
    for (const Node& n : v.nodes) ids.push_back(n.id);
    // b and c go; the aide, her ministry and the paper carried nothing else; the governor
    // still speaks a
    EXPECT_EQ(ids, (std::vector<std::string>{"a", "gov", "lone", "w1", "w2"}));
    for (const Edge& e : v.edges) EXPECT_NE(e.relation, Relation::disputes);
    EXPECT_EQ(graph::without_claims(g, {}).nodes.size(), g.nodes.size());
}

}  // namespace claimgraph

namespace claimgraph {

TEST(Views, WithinKeepsTheMostCarriedStatementsAndCountsTheRest) {
    GraphData g;
    g.nodes.push_back({"src", NodeKind::source, "Lena Fisk", {{"type", "person"}}});
    for (int i = 0; i < 100; ++i) {
        const std::string s = "s" + std::to_string(100 + i);
        g.nodes.push_back({s, NodeKind::statement, "claim " + std::to_string(i), {}});
        g.edges.push_back({s, "src", Relation::attributes, {}});
        // statement i is carried by i % 4 + 1 documents
        for (int d = 0; d <= i % 4; ++d) {
            const std::string doc = "d" + std::to_string(i) + "-" + std::to_string(d);
            g.nodes.push_back({doc, NodeKind::document, "Daily", {}});
            g.edges.push_back({doc, s, Relation::reports, {}});
        }
    }
    g.normalize();
    EXPECT_EQ(graph::within(g, "src", 10'000).nodes.size(), g.nodes.size());  // fits: as it is
    const GraphData v = graph::within(g, "src", 40);
    EXPECT_LE(v.nodes.size(), 40u);
    ASSERT_NE(v.find("src"), nullptr);
    const Node* rest = v.find("more-src");
    ASSERT_NE(rest, nullptr);
    std::size_t kept = 0, widest = 0;
    for (const Node& n : v.nodes)
        if (n.kind == NodeKind::statement && n.id != "more-src") {
            ++kept;
            widest += (std::stoi(n.id.substr(1)) - 100) % 4 == 3 ? 1 : 0;
        }
    // the most carried first: seven of four documents each fill 35 of the 39 places (the
    // root and the count take the rest), then what still fits
    EXPECT_EQ(widest, 7u);
    EXPECT_EQ(attr_value(rest->attrs, "hidden"), std::to_string(100 - kept));
    EXPECT_EQ(rest->label, "… and " + std::to_string(100 - kept) + " more statements");
}

}  // namespace claimgraph
