// Curated graph files joined to what ingest stored (app/import.h): a source named in a
// file is the stored one when ingest's identity rules say so, and stays apart, with a
// warning, when they cannot.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/import.h"
#include "load/graph_file.h"
#include "store/store.h"
#include "test_support.h"

namespace claimgraph {

namespace {

std::string harbour_db() {
    return testing::ingest_articles(
        {{"a.txt",
          "outlet: Harbour Gazette\ndate: 2026-03-12\n\n"
          "A further 14 people were killed in the storm in Port Alden, said regional governor Jane Doe.\n"},
         {"b.txt",
          "outlet: Coast Daily\ndate: 2026-03-12\n\n"
          "Officials said that the harbour would reopen on Monday.\n"}});
}

// A curated file: an interview transcript whose claim is attributed to `source` (its id
// `who`, or as given).
GraphData interview(const std::string& source, const std::string& who = "who") {
    const load::GraphFile f = load::read_graph_file(
        "digraph c {\n"
        "  tv [kind=document, outlet=\"Port Radio\", date=\"2026-03-13\", path=\"curated: transcript\"];\n"
        "  toll [kind=statement, form=direct, text=\"We have found two more people.\"];\n" +
        source +
        "\n"
        "  tv -> toll [relation=reports, text=\"We have found two more people.\"];\n"
        "  toll -> " + who + " [relation=attributes, document=tv, cue=said];\n"
        "}\n");
    EXPECT_FALSE(f.has_errors());
    return f.graph;
}

std::vector<SourceRow> named(const store::Store& db, const std::string& part) {
    std::vector<SourceRow> out;
    for (const SourceRow& s : db.sources())
        if (s.name.find(part) != std::string::npos) out.push_back(s);
    return out;
}

}  // namespace

TEST(Import, ASurnameWithATitleIsTheStoredPersonAndHerNameBecomesAnAlias) {
    store::Store db(harbour_db(), store::OpenMode::read_write);
    const auto before = db.sources().size();
    const app::ImportResult r =
        app::import_graphs(db, {interview("who [kind=source, name=\"Doe\", type=person, role=governor];")});
    ASSERT_EQ(r.joined.size(), 1u);
    EXPECT_NE(r.joined.front().find("source 'who' (Doe) is the stored source"), std::string::npos) << r.joined.front();
    EXPECT_NE(r.joined.front().find("graph file: governor doe"), std::string::npos) << r.joined.front();
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_EQ(db.sources().size(), before);
    const auto doe = named(db, "Jane Doe");
    ASSERT_EQ(doe.size(), 1u);
    EXPECT_EQ(doe.front().statements, 2u);  // the storm's toll and the interview's
    EXPECT_NE(std::find(doe.front().aliases.begin(), doe.front().aliases.end(), "Doe"), doe.front().aliases.end());
    const auto mentions = db.source_mentions(doe.front().id);
    EXPECT_TRUE(std::any_of(mentions.begin(), mentions.end(), [](const SourceMentionRow& m) {
        return m.document == "tv" && m.identity == "graph file: governor doe" && !m.start && !m.end;
    }));
}

TEST(Import, AFullNameUnderAnotherIdIsTheStoredPerson) {
    store::Store db(harbour_db(), store::OpenMode::read_write);
    const app::ImportResult r = app::import_graphs(db, {interview("who [kind=source, name=\"Jane Doe\", type=person];")});
    ASSERT_EQ(r.joined.size(), 1u);
    EXPECT_EQ(named(db, "Doe").size(), 1u);
}

TEST(Import, ASurnameAloneAndAnonymousOfficialsStayApartTheSurnameWithAWarning) {
    store::Store db(harbour_db(), store::OpenMode::read_write);
    const app::ImportResult alone = app::import_graphs(db, {interview("who [kind=source, name=\"Doe\", type=person];")});
    EXPECT_TRUE(alone.joined.empty());
    ASSERT_EQ(alone.warnings.size(), 1u);
    EXPECT_NE(alone.warnings.front().find("kept apart from Jane Doe ("), std::string::npos) << alone.warnings.front();
    EXPECT_EQ(named(db, "Doe").size(), 2u);

    const auto officials_before = named(db, "fficials").size();
    const app::ImportResult anonymous =
        app::import_graphs(db, {interview("them [kind=source, name=\"Officials\", type=anonymous];", "them")});
    EXPECT_TRUE(anonymous.joined.empty());
    EXPECT_TRUE(anonymous.warnings.empty());
    EXPECT_EQ(named(db, "fficials").size(), officials_before + 1);  // the file's officials are not the article's
}

TEST(Import, ASourceStoredUnderItsOwnIdIsNotLookedUp) {
    store::Store db(harbour_db(), store::OpenMode::read_write);
    const std::string id = named(db, "Jane Doe").front().id;
    GraphData g = interview("who [kind=source, name=\"Jane Doe\", type=person];");
    for (Node& n : g.nodes)
        if (n.id == "who") n.id = id;
    for (Edge& e : g.edges)
        if (e.to == "who") e.to = id;
    const app::ImportResult r = app::import_graphs(db, {g});
    EXPECT_TRUE(r.joined.empty());
    EXPECT_EQ(named(db, "Doe").size(), 1u);
}

}  // namespace claimgraph
