#include <algorithm>

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
    g.edges = {{"doc1", "stm", Relation::reports, {}},
               {"doc2", "stm", Relation::reports, {}},
               {"stm", "zak", Relation::attributes, {}},
               {"zak", "mfa", Relation::attributes, {}},
               {"tass", "stm", Relation::reports, {}}};
    g.normalize();
    return g;
}

}  // namespace

TEST(Trace, WalksUpstreamToTheInstitutionAndDownstreamToCarriers) {
    const auto t = graph::trace(chain(), "stm");
    EXPECT_EQ(t.upstream, (std::vector<std::string>{"zak", "mfa"}));
    EXPECT_EQ(t.origins, std::vector<std::string>{"mfa"});
    EXPECT_EQ(t.documents, (std::vector<std::string>{"doc1", "doc2"}));
    EXPECT_EQ(t.independent_origins, 2u);  // two documents, nothing ties them
    EXPECT_EQ(t.downstream.size(), 3u);
    ASSERT_TRUE(t.first_appearance.has_value());
    EXPECT_EQ(t.first_appearance->document, "doc2");  // the earlier date
    EXPECT_EQ(t.first_appearance->candidates.size(), 1u);
    EXPECT_TRUE(t.cycles.empty());
    // the two documents share copy: one origin
    EXPECT_EQ(graph::trace(chain(), "stm", {{"doc1", "doc2"}}).independent_origins, 1u);
}

TEST(FirstAppearance, TiedAndUndatedDocumentsAreCandidates) {
    const auto fa = graph::first_appearance({{"d3", "2026-03-14T09:10"},
                                             {"d1", "2026-03-14"},
                                             {"d2", "2026-03-14T11:00"},
                                             {"d4", "2026-03-15"},
                                             {"d5", std::nullopt}});
    ASSERT_TRUE(fa.has_value());
    EXPECT_EQ(fa->document, "d1");  // the day sorts before times on that day
    std::vector<std::string> ids;
    for (const auto& c : fa->candidates) ids.push_back(c.id);
    // a day ties with every time on that day; the next day does not; the undated may be first
    EXPECT_EQ(ids, (std::vector<std::string>{"d1", "d3", "d2", "d5"}));
    // equal dates: the smaller id is shown, the other is a candidate
    const auto eq = graph::first_appearance({{"b", "2026-01-02"}, {"a", "2026-01-02"}});
    ASSERT_TRUE(eq.has_value());
    EXPECT_EQ(eq->document, "a");
    EXPECT_EQ(eq->candidates.size(), 2u);
    // nothing dated: no first appearance
    EXPECT_FALSE(graph::first_appearance({{"a", std::nullopt}}).has_value());
    // distinct times on one day do not tie
    const auto times = graph::first_appearance({{"a", "2026-01-02T09:00"}, {"b", "2026-01-02T10:00"}});
    EXPECT_EQ(times->candidates.size(), 1u);
}

TEST(Trace, FindsCircularReporting) {
    GraphData g;
    g.nodes = {
        {"a", NodeKind::document, "A", {}}, {"b", NodeKind::document, "B", {}}, {"c", NodeKind::document, "C", {}}};
    g.edges = {{"a", "b", Relation::reports, {}}, {"b", "a", Relation::reports, {}}, {"b", "c", Relation::reports, {}}};
    g.normalize();
    EXPECT_EQ(graph::reporting_cycles(g), (std::vector<std::vector<std::string>>{{"a", "b"}}));
}

TEST(Trace, WhatAnAgencyRelaysIsNotUpstreamOfWhatItSays) {
    // TASS says one thing (stm2 → tass) and relays Zakharova's claim (tass → stm): the
    // relayed claim is not where TASS's own claim comes from
    GraphData g = chain();
    g.nodes.push_back({"stm2", NodeKind::statement, "the convoy left", {}});
    g.edges.push_back({"stm2", "tass", Relation::attributes, {}});
    g.normalize();
    const auto t = graph::trace(g, "stm2");
    EXPECT_EQ(t.upstream, std::vector<std::string>{"tass"});
    EXPECT_EQ(t.origins, std::vector<std::string>{"tass"});
    // an outlet citing another outlet is provenance, and stays upstream
    g.nodes.push_back({"post", NodeKind::source, "The Post", {{"type", "outlet"}}});
    g.edges.push_back({"tass", "post", Relation::reports, {{"kind", "cites"}}});
    g.normalize();
    EXPECT_EQ(graph::trace(g, "stm2").upstream, (std::vector<std::string>{"tass", "post"}));
    // a trace of the agency itself shows what it relayed
    const auto agency = graph::trace(g, "tass");
    EXPECT_NE(std::find(agency.upstream.begin(), agency.upstream.end(), "stm"), agency.upstream.end());
}

TEST(Trace, AnUnknownRootIsAnError) { EXPECT_THROW(graph::trace(chain(), "nope"), std::runtime_error); }

}  // namespace claimgraph
