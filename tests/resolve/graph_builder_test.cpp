#include <algorithm>
#include <map>
#include <vector>

#include <gtest/gtest.h>

#include "resolve/graph_builder.h"
#include "test_support.h"

namespace claimgraph {

namespace {

bool has_edge(const DocumentDelta& b, const std::string& from, const std::string& to, Relation r) {
    return std::any_of(b.edges.begin(), b.edges.end(),
                       [&](const Edge& e) { return e.from == from && e.to == to && e.relation == r; });
}

}  // namespace

TEST(GraphBuilder, LinksDocumentStatementSpeakerAndBody) {
    const auto ex = testing::extract_text(
        "outlet: Example Wire\n\nSpeaking to the state news agency TASS, Foreign Ministry spokeswoman Maria Zakharova "
        "said that the talks were over.\n\n(With inputs from agency)\n");
    const DocumentDelta b = resolve::build_delta(ex);
    ASSERT_EQ(b.statements.size(), 1u);
    const std::string doc = ex.document.id();
    const std::string stm = b.statements[0].id;
    EXPECT_TRUE(has_edge(b, doc, stm, Relation::reports));
    EXPECT_TRUE(has_edge(b, stm, source_id("Maria Zakharova"), Relation::attributes));
    EXPECT_TRUE(has_edge(b, source_id("Maria Zakharova"), source_id("Foreign Ministry"), Relation::attributes));
    EXPECT_TRUE(has_edge(b, source_id("TASS"), stm, Relation::reports));
    EXPECT_TRUE(has_edge(b, doc, source_id("Example Wire"), Relation::attributes));
    // the unnamed agency is one per document
    const auto unnamed = std::find_if(b.sources.begin(), b.sources.end(),
                                      [](const SourceRecord& s) { return s.name == "unnamed agency"; });
    ASSERT_NE(unnamed, b.sources.end());
    EXPECT_TRUE(has_edge(b, doc, unnamed->id, Relation::reports));
    EXPECT_NE(unnamed->id, source_id("unnamed agency"));
}

TEST(GraphBuilder, ANameAWomanAndAManAreMentionedByIsTwoSpeakers) {
    // "Ms. Lind" and "Mr. Lind" in one article: two people, each with her or his mentions
    const auto ex = testing::extract_text(
        "date: 2026-03-01\n\nMs. Lind said the harbour would reopen.\n\nMr. Lind said the ferries were late.\n\n"
        "Ms. Lind said the fares would fall.\n");
    const DocumentDelta b = resolve::build_delta(ex);
    std::vector<const SourceRecord*> linds;
    for (const SourceRecord& s : b.sources)
        if (s.name == "Lind") linds.push_back(&s);
    ASSERT_EQ(linds.size(), 2u);
    EXPECT_NE(linds[0]->role, linds[1]->role);
    std::map<std::string, int> mentions;
    for (const Edge& e : b.edges)
        if (e.relation == Relation::attributes && (e.to == linds[0]->id || e.to == linds[1]->id)) ++mentions[e.to];
    const auto& women = linds[0]->role == "Ms." ? linds[0] : linds[1];
    EXPECT_EQ(mentions[women->id], 2);
    // one sex alone (or none) is one speaker, as before
    const auto one = resolve::build_delta(testing::extract_text(
        "date: 2026-03-01\n\nMs. Lind said the harbour would reopen.\n\nLind said the ferries were late.\n"));
    EXPECT_EQ(
        std::count_if(one.sources.begin(), one.sources.end(), [](const SourceRecord& s) { return s.name == "Lind"; }),
        1);
}

TEST(GraphBuilder, EdgesCarryTheEvidenceSpanAndText) {
    const auto ex = testing::extract_text("Officials said that the bridge was hit.");
    const DocumentDelta b = resolve::build_delta(ex);
    const auto e =
        std::find_if(b.edges.begin(), b.edges.end(), [](const Edge& x) { return x.relation == Relation::reports; });
    ASSERT_NE(e, b.edges.end());
    EXPECT_EQ(e->text, "that the bridge was hit");
    EXPECT_EQ(e->start, 15u);
    EXPECT_EQ(e->end, 38u);
}

TEST(GraphBuilder, AliasesKeepTheMentionsAsWritten) {
    const auto ex = testing::extract_text(
        "Russia's Defense Ministry said it had hit a depot.\n\n"
        "\xE2\x80\x9CThe strike was precise,\xE2\x80\x9D the ministry said.");
    const DocumentDelta b = resolve::build_delta(ex);
    const auto m = std::find_if(b.sources.begin(), b.sources.end(),
                                [](const SourceRecord& s) { return s.name == "Russia's Defense Ministry"; });
    ASSERT_NE(m, b.sources.end());
    EXPECT_EQ(m->aliases, std::vector<std::string>{"the ministry"});
}

TEST(GraphBuilder, PlacesAreTheNamesTheTextGivesAsPlaces) {
    using V = std::vector<std::string>;
    EXPECT_EQ(resolve::place_names("A drone hit a market in the border town of Sosnovka on Saturday."), V{"sosnovka"});
    EXPECT_EQ(resolve::place_names("In Kryvyi Rih, rescuers searched the rubble."), (V{"kryvyi", "rih"}));
    EXPECT_EQ(resolve::place_names("drones over the Belgorod region"), V{"belgorod"});
    EXPECT_EQ(resolve::place_names("the strike on Odesa killed 16"), V{"odesa"});
    EXPECT_EQ(resolve::place_names("31 dead after the strike on the Sosnovka market"), V{"sosnovka"});
    // speakers, outlets, days and countries are no places
    EXPECT_EQ(resolve::place_names("Governor Lena Fisk told Example Wire on Sunday that Kyiv was to blame"), V{});
    EXPECT_EQ(resolve::place_names("fighting in Ukraine"), V{});
    // a name ends at punctuation: the next sentence's first word is no place
    EXPECT_EQ(resolve::place_names("critical condition in Marwald.\n\nAbout 17000 people"), V{"marwald"});
    // a name's generic words say no place on their own ("new" of New York had made New York
    // and New Jersey one event), nor does a continent
    EXPECT_EQ(resolve::place_names("a shooting in New York"), V{"york"});
    EXPECT_EQ(resolve::place_names("a shooting in New Jersey"), V{"jersey"});
    EXPECT_EQ(resolve::place_names("the blast in Lower Manhattan"), V{"manhattan"});
    EXPECT_EQ(resolve::place_names("attacks in Europe"), V{});
}

TEST(GraphBuilder, AStatementIsAboutThePlacesItNamesElseTheDocuments) {
    const auto ex = testing::extract_text(
        "ODESA, Ukraine (Example Wire) — A missile strike on the port district of Odesa killed 14 people, officials "
        "said.\n\nThe air force said that two more people had been injured in Mykolaiv.\n");
    const DocumentDelta b = resolve::build_delta(ex);
    ASSERT_EQ(b.statements.size(), 2u);
    std::vector<std::string> places;
    for (const StatementRecord& s : b.statements) places.push_back(s.places);
    std::sort(places.begin(), places.end());
    EXPECT_EQ(places, (std::vector<std::string>{"mykolaiv", "odesa"}));
}

}  // namespace claimgraph
