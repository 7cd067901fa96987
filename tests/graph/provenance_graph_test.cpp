#include <gtest/gtest.h>

#include "graph/provenance_graph.h"

namespace claimgraph {

namespace {

GraphData chain() {
    GraphData g;
    g.nodes = {{"doc1", NodeKind::document, "Wire", {{"date", "2024-03-02"}}},
               {"doc2", NodeKind::document, "Paper", {{"date", "2024-03-01"}}},
               {"stm", NodeKind::statement, "talks are over", {}},
               {"zak", NodeKind::source, "Maria Zakharova", {{"type", "person"}}},
               {"mfa", NodeKind::source, "Foreign Ministry", {{"type", "organization"}}},
               {"tass", NodeKind::source, "TASS", {{"type", "agency"}}}};
    g.edges = {{"doc1", "stm", Relation::reports, {}}, {"doc2", "stm", Relation::reports, {}},
               {"stm", "zak", Relation::attributes, {}}, {"zak", "mfa", Relation::attributes, {}},
               {"tass", "stm", Relation::reports, {}}};
    g.normalize();
    return g;
}

}  // namespace

TEST(Trace, WalksUpstreamToTheInstitutionAndDownstreamToCarriers) {
    const auto t = graph::trace(chain(), "stm");
    EXPECT_EQ(t.upstream, (std::vector<std::string>{"zak", "mfa"}));
    EXPECT_EQ(t.origins, std::vector<std::string>{"mfa"});
    EXPECT_EQ(t.independent_origins, 1u);
    EXPECT_EQ(t.downstream.size(), 3u);
    ASSERT_TRUE(t.first_appearance.has_value());
    EXPECT_EQ(t.first_appearance->document, "doc2");  // the earlier date
    EXPECT_TRUE(t.cycles.empty());
}

TEST(Trace, FindsCircularReporting) {
    GraphData g;
    g.nodes = {{"a", NodeKind::document, "A", {}}, {"b", NodeKind::document, "B", {}}, {"c", NodeKind::document, "C", {}}};
    g.edges = {{"a", "b", Relation::reports, {}}, {"b", "a", Relation::reports, {}}, {"b", "c", Relation::reports, {}}};
    g.normalize();
    EXPECT_EQ(graph::reporting_cycles(g), (std::vector<std::vector<std::string>>{{"a", "b"}}));
}

TEST(Trace, AnUnknownRootIsAnError) { EXPECT_THROW(graph::trace(chain(), "nope"), std::runtime_error); }

}  // namespace claimgraph
