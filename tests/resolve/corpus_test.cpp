// The cross-document resolver on the Sosnovka market case (graphs/sosnovka-market): eleven
// articles by nine outlets and two agencies, written by us.
#include <algorithm>
#include <filesystem>
#include <map>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "json_lines.h"
#include "test_support.h"

namespace claimgraph {

using testing::json_lines;
using testing::run_cli;

namespace {

std::string corpus() { return std::string(CLAIMGRAPH_SOURCE_DIR) + "/graphs/sosnovka-market/articles"; }

std::string ingested() {
    const std::string db = testing::temp_dir() + "/sosnovka.db";
    std::filesystem::remove(db);
    const auto r = run_cli({"ingest", "-q", "--db", db, corpus()});
    EXPECT_EQ(r.code, 0) << r.err;
    return db;
}

nlohmann::json source_named(const std::vector<nlohmann::json>& sources, const std::string& name) {
    for (const auto& s : sources)
        if (s["name"] == name) return s;
    return nullptr;
}

}  // namespace

TEST(Corpus, SpellingsOfOneSpeakerAreOneSource) {
    const std::string db = ingested();
    const auto sources = json_lines(run_cli({"sources", "--db", db, "--format", "json"}).out);
    const auto mod = source_named(sources, "Russian Ministry of Defense");
    ASSERT_FALSE(mod.is_null());
    const auto aliases = mod["aliases"].get<std::vector<std::string>>();
    for (const char* a : {"Russia's Defence Ministry", "Russian Defence Ministry"})
        EXPECT_NE(std::find(aliases.begin(), aliases.end(), a), aliases.end()) << a;
    const auto gladkov = source_named(sources, "Vyacheslav Gladkov");
    ASSERT_FALSE(gladkov.is_null());
    EXPECT_EQ(gladkov["documents"], 6);
    EXPECT_TRUE(source_named(sources, "Gladkov").is_null());
    // an unqualified body in a document that names the country's one is that one
    EXPECT_TRUE(source_named(sources, "Health Ministry").is_null());
    const auto volkova = source_named(sources, "Irina Volkova");
    ASSERT_FALSE(volkova.is_null());
    EXPECT_EQ(volkova["speaks_for"], source_named(sources, "Russia's Health Ministry")["id"]);
    // publications cited in copy are outlets, one source with the publisher of the article
    EXPECT_EQ(source_named(sources, "Baltic Record")["type"], "outlet");
    EXPECT_EQ(source_named(sources, "Reuters")["type"], "agency");
}

TEST(Corpus, OneNodePerClaimWithHowItMatchedAndIndependentOrigins) {
    const std::string db = ingested();
    const auto claims = json_lines(run_cli({"claims", "--db", db, "--format", "json", "--search", "least 14"}).out);
    ASSERT_EQ(claims.size(), 1u);
    const auto& c = claims[0];
    ASSERT_EQ(c["documents"].size(), 5u);
    std::map<std::string, int> how;
    for (const auto& d : c["documents"]) how[d["match"].is_null() ? "first" : d["match"].get<std::string>()]++;
    EXPECT_EQ(how["first"], 1);
    EXPECT_EQ(how["exact"], 3);  // the Reuters copy, the agency-inputs copy, the digest's lift
    EXPECT_EQ(how["figure"], 1);  // AP: "had earlier put the toll at 14"
    // Reuters, its copy in the Daily Courier, the National Daily's rewrite and the digest
    // that lifts its sentence: one origin; AP another
    EXPECT_EQ(c["independent_origins"], 2);
    // Reuters at 09:10 is the first dated; the undated digest may have been earlier
    EXPECT_EQ(c["first_appearance"]["date"], "2026-03-14T09:10");
    ASSERT_EQ(c["first_appearance"]["candidates"].size(), 2u);
    EXPECT_EQ(c["first_appearance"]["candidates"][0]["document"], c["first_appearance"]["document"]);
    EXPECT_TRUE(c["first_appearance"]["candidates"][1]["date"].is_null());
    // the General Staff's denial: a paper dated only by its day ties with the 15:20 article
    const auto denial =
        json_lines(run_cli({"claims", "--db", db, "--format", "json", "--search", "Ukrainian forces had struck"}).out);
    ASSERT_EQ(denial.size(), 1u);
    EXPECT_EQ(denial[0]["first_appearance"]["date"], "2026-03-14");
    ASSERT_EQ(denial[0]["first_appearance"]["candidates"].size(), 2u);
    EXPECT_EQ(denial[0]["first_appearance"]["candidates"][1]["date"], "2026-03-14T15:20");
    // trace counts the same way as claims
    const auto t = nlohmann::json::parse(run_cli({"trace", "--db", db, "--format", "json", c["id"]}).out);
    EXPECT_EQ(t["documents"].size(), 5u);
    EXPECT_EQ(t["independent_origins"], 2);
    EXPECT_EQ(t["first_appearance"]["candidates"].size(), 2u);
    // 20 killed (health ministry) is its own claim: figures decide
    const auto twenty = json_lines(run_cli({"claims", "--db", db, "--format", "json", "--search", "least 20"}).out);
    ASSERT_EQ(twenty.size(), 1u);
    EXPECT_EQ(twenty[0]["documents"].size(), 3u);
    EXPECT_EQ(twenty[0]["independent_origins"], 2);  // AP and its Evening Post copy; the Metro Ledger
}

TEST(Corpus, DisputesByFigureDenialAndCounterAccusation) {
    const std::string db = ingested();
    const auto r = run_cli({"disputes", "--db", db, "--format", "json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto disputes = json_lines(r.out);
    std::map<std::string, int> basis;
    for (const auto& d : disputes) basis[d["basis"].get<std::string>()]++;
    EXPECT_EQ(basis["denial"], 2);
    EXPECT_EQ(basis["contradiction"], 1);
    EXPECT_EQ(basis["figure"], 8);
    // the governor's 14 and 24 are a revision, not a dispute
    for (const auto& d : disputes) {
        if (d["basis"] != "figure") continue;
        EXPECT_NE(d["from"]["source"], d["to"]["source"]) << d.dump();
        EXPECT_NE(d["from"]["value"], d["to"]["value"]) << d.dump();
    }
}

TEST(Corpus, TheGovernorsRisingTollIsARevisionOnTheTimeline) {
    const std::string db = ingested();
    const auto r = run_cli({"timeline", "--db", db, "--format", "json", "--measure", "killed"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto timelines = json_lines(r.out);
    ASSERT_EQ(timelines.size(), 1u);  // one event: the market in Sosnovka
    const auto& t = timelines[0];
    EXPECT_EQ(t["revisions"], 1);
    EXPECT_EQ(t["sources"], 4);  // the governor, the health ministry, two papers
    std::vector<long long> values;
    for (const auto& p : t["points"]) values.push_back(p["value"]);
    EXPECT_EQ(values, (std::vector<long long>{14, 20, 24, 31, 31}));
    EXPECT_EQ(t["points"][2]["source"]["name"], "Vyacheslav Gladkov");
    EXPECT_EQ(t["points"][2]["revised_from"], 14);
    // the text view says so too
    const auto text = run_cli({"timeline", "--db", db}).out;
    EXPECT_NE(text.find("revised from 14"), std::string::npos) << text;
}

TEST(Corpus, APersonConfirmsOrRejectsAMatch) {
    const std::string db = ingested();
    auto twenty = json_lines(run_cli({"claims", "--db", db, "--format", "json", "--search", "least 20"}).out);
    ASSERT_EQ(twenty.size(), 1u);
    const std::string claim = twenty[0]["id"];
    std::string exact, near;
    for (const auto& d : twenty[0]["documents"]) {
        if (d["match"] == "exact") exact = d["id"];
        if (d["match"] == "near") near = d["id"];
        EXPECT_FALSE(d["confirmed"].get<bool>());
        EXPECT_FALSE(d["text"].get<std::string>().empty());  // each mention keeps its own words
    }
    ASSERT_FALSE(exact.empty());
    ASSERT_FALSE(near.empty());
    const auto c = run_cli({"claims", "confirm", "--db", db, claim, exact});
    ASSERT_EQ(c.code, 0) << c.err;
    const auto r = run_cli({"claims", "reject", "--db", db, claim, near});
    ASSERT_EQ(r.code, 0) << r.err;
    twenty = json_lines(run_cli({"claims", "--db", db, "--format", "json", "--search", "least 20"}).out);
    ASSERT_EQ(twenty.size(), 2u);  // the Metro Ledger's wording is now a claim of its own
    for (const auto& cl : twenty) {
        if (cl["id"] == claim) {
            ASSERT_EQ(cl["documents"].size(), 2u);
            for (const auto& d : cl["documents"])
                if (d["id"] == exact) {
                    EXPECT_TRUE(d["confirmed"].get<bool>());
                }
        } else {
            ASSERT_EQ(cl["documents"].size(), 1u);
            EXPECT_EQ(cl["documents"][0]["id"], near);
            EXPECT_EQ(cl["source"]["name"], "Russia's Health Ministry");  // the same speaker
            EXPECT_EQ(cl["figures"][0]["value"], 20);
        }
    }
    // a document that does not carry the claim: a clear error, nothing changed
    const auto bad = run_cli({"claims", "confirm", "--db", db, claim, near});
    EXPECT_EQ(bad.code, 1);
    EXPECT_NE(bad.err.find("does not carry statement"), std::string::npos) << bad.err;
}

TEST(Corpus, TheDesksCuratedFileAddsATvClaimAndConfirmsADispute) {
    const std::string db = ingested();
    const std::string curated = std::string(CLAIMGRAPH_SOURCE_DIR) + "/graphs/sosnovka-market/curated.dot";
    const auto check = run_cli({"check", "--warnings-as-errors", curated});
    EXPECT_EQ(check.code, 0) << check.out;
    const auto imp = run_cli({"import", "--db", db, curated});
    ASSERT_EQ(imp.code, 0) << imp.err;
    // the governor's figure on television continues his timeline
    const auto t = json_lines(run_cli({"timeline", "--db", db, "--format", "json", "--measure", "killed"}).out);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0]["revisions"], 2);
    EXPECT_EQ(t[0]["points"].back()["value"], 26);
    EXPECT_EQ(t[0]["points"].back()["revised_from"], 24);
    // the transcript's claim points at no words of an article: no position is printed
    const auto listing = run_cli({"claims", "--db", db, "--search", "intensive care"});
    EXPECT_NE(listing.out.find("in tv_intervi (2026-03-15T19:00)\n"), std::string::npos) << listing.out;
    EXPECT_EQ(listing.out.find("18446744073709551615"), std::string::npos) << listing.out;
    const auto tv = json_lines(run_cli({"claims", "--db", db, "--format", "json", "--search", "intensive care"}).out);
    ASSERT_EQ(tv.size(), 1u);
    EXPECT_TRUE(tv[0]["documents"][0]["start"].is_null());
    EXPECT_TRUE(tv[0]["documents"][0]["end"].is_null());
    // the hospital count against the ministry: a found dispute, now confirmed by a person
    int confirmed = 0;
    for (const auto& d : json_lines(run_cli({"disputes", "--db", db, "--format", "json"}).out))
        if (d["confirmed"].get<bool>()) {
            ++confirmed;
            EXPECT_EQ(d["from"]["value"], 31);
            EXPECT_EQ(d["to"]["value"], 20);
        }
    EXPECT_EQ(confirmed, 1);
    // importing it again changes nothing
    const auto again = run_cli({"import", "--db", db, curated});
    EXPECT_NE(again.out.find("imported 0 nodes and 0 edges"), std::string::npos) << again.out;
}

TEST(Corpus, RenderViewsAreDeterministicAndRefuseHairballs) {
    const std::string db = ingested();
    const auto svg = run_cli({"render", "--db", db, "--format", "svg"});
    ASSERT_EQ(svg.code, 0) << svg.err;
    const auto again = run_cli({"render", "--db", db, "--format", "svg"}).out;
    EXPECT_EQ(again, svg.out);  // byte-identical
    EXPECT_NE(svg.out.find("Reuters"), std::string::npos);
    EXPECT_NE(svg.out.find("+3 copies"), std::string::npos);  // the Reuters story and its three copies
    EXPECT_EQ(run_cli({"render", "--db", db, "--format", "svg", "--no-group"}).out.find("+3 copies"),
              std::string::npos);
    // the spokeswoman in one frame with her ministry
    const auto dot = run_cli({"render", "--db", db, "--format", "dot"}).out;
    EXPECT_NE(dot.find("cluster_7d9a1b710fc027f2"), std::string::npos);
    // a dark theme
    EXPECT_NE(run_cli({"render", "--db", db, "--format", "dot", "--theme", "dark"}).out.find("bgcolor=\"#1E1E1E\""),
              std::string::npos);
    // views: one source, the disputes only
    const auto gladkov = run_cli({"render", "--db", db, "--format", "dot", "--source", "Gladkov"});
    ASSERT_EQ(gladkov.code, 0) << gladkov.err;
    EXPECT_EQ(gladkov.out.find("Local residents"), std::string::npos);
    const auto disputed = run_cli({"render", "--db", db, "--format", "dot", "--disputed-only"});
    EXPECT_EQ(disputed.out.find("rescuers were still searching"), std::string::npos);
    EXPECT_NE(disputed.out.find("counted 31 dead"), std::string::npos);
    // past the limit, ungrouped: a message that names the ways out, and no output
    const auto big = run_cli({"render", "--db", db, "--max-nodes", "10", "--group-by", "none"});
    EXPECT_EQ(big.code, 1);
    EXPECT_TRUE(big.out.empty());
    EXPECT_NE(big.err.find("--focus ID --depth N, --source NAME, --document ID or --disputed-only, group it with "
                           "--group-by outlet"),
              std::string::npos)
        << big.err;
    // past it by default: the graph grouped by outlet, at most that many nodes, and a note
    const auto grouped = run_cli({"render", "--db", db, "--max-nodes", "10", "--format", "dot"});
    EXPECT_EQ(grouped.code, 0) << grouped.err;
    EXPECT_NE(grouped.err.find("claimgraph: note: the graph has"), std::string::npos) << grouped.err;
    EXPECT_NE(grouped.out.find(", by outlet\""), std::string::npos);
    std::size_t nodes = 0;
    for (const char* kind : {"class=document", "class=source", "class=statement"})
        for (std::size_t at = grouped.out.find(kind); at != std::string::npos; at = grouped.out.find(kind, at + 1))
            ++nodes;
    EXPECT_GE(nodes, 6u);
    EXPECT_LE(nodes, 10u);
    EXPECT_EQ(grouped.out.find("class=statement"), std::string::npos);
    // a grouped view needs the whole graph
    const auto focused = run_cli({"render", "--db", db, "--source", "Gladkov", "--group-by", "outlet"});
    EXPECT_EQ(focused.code, 2);
    EXPECT_NE(focused.err.find("--group-by outlet draws the whole graph"), std::string::npos) << focused.err;
}

TEST(Corpus, RenderTitlesSayWhatIsDrawnUnlessGivenAndOneDocumentIsOneArticle) {
    const std::string db = ingested();
    const auto whole = run_cli({"render", "--db", db, "--format", "dot", "--max-nodes", "1000"}).out;
    EXPECT_NE(whole.find("label=\"claimgraph: 11 documents, "), std::string::npos) << whole.substr(0, 400);
    const auto titled = run_cli({"render", "--db", db, "--format", "dot", "--title", "Belgorod, 30 December"}).out;
    EXPECT_NE(titled.find("label=\"Belgorod, 30 December\""), std::string::npos) << titled.substr(0, 400);
    const auto gladkov = run_cli({"render", "--db", db, "--format", "dot", "--source", "Gladkov"}).out;
    EXPECT_NE(gladkov.find("label=\"claimgraph: Vyacheslav Gladkov and what lies within 2 steps\""), std::string::npos)
        << gladkov.substr(0, 400);
    // one article: only the document drawn, and only mentions read in it
    const auto documents = json_lines(run_cli({"documents", "--db", db, "--format", "json"}).out);
    ASSERT_FALSE(documents.empty());
    const std::string id = documents.front()["id"];
    const auto one = run_cli({"render", "--db", db, "--format", "dot", "--document", id.substr(0, 8)});
    ASSERT_EQ(one.code, 0) << one.err;
    std::size_t drawn = 0;
    for (std::size_t at = one.out.find("class=document"); at != std::string::npos;
         at = one.out.find("class=document", at + 1))
        ++drawn;
    EXPECT_EQ(drawn, 1u);
    EXPECT_NE(one.out.find("class=statement"), std::string::npos);
    const auto both = run_cli({"render", "--db", db, "--document", id, "--source", "Gladkov"});
    EXPECT_EQ(both.code, 2);
}

// DESIGN.md §4: the fields scripts and CI depend on, in every listing's JSON.
TEST(Corpus, JsonFieldsAreThoseOfTheDesign) {
    const std::string db = ingested();
    const auto has = [](const nlohmann::json& j, std::initializer_list<const char*> keys) {
        for (const char* k : keys) EXPECT_TRUE(j.contains(k)) << k << " missing in " << j.dump();
    };
    for (const auto& s : json_lines(run_cli({"sources", "--db", db, "--format", "json"}).out))
        has(s, {"id", "name", "type", "role", "aliases", "speaks_for", "documents", "statements"});
    const auto claims = json_lines(run_cli({"claims", "--db", db, "--format", "json"}).out);
    ASSERT_FALSE(claims.empty());
    for (const auto& c : claims) {
        has(c, {"id", "text", "kind", "source", "figures", "documents", "first_appearance"});
        if (!c["source"].is_null()) has(c["source"], {"id", "name"});
        for (const auto& d : c["documents"]) has(d, {"id", "outlet", "date"});
        if (!c["first_appearance"].is_null()) has(c["first_appearance"], {"document", "date"});
    }
    const auto disputes = json_lines(run_cli({"disputes", "--db", db, "--format", "json"}).out);
    ASSERT_FALSE(disputes.empty());
    for (const auto& d : disputes) {
        has(d, {"basis", "measure", "from", "to"});
        for (const char* side : {"from", "to"}) has(d[side], {"id", "text", "source", "date", "value"});
    }
    const auto t = nlohmann::json::parse(run_cli({"trace", "--db", db, "--format", "json", claims[0]["id"]}).out);
    has(t, {"root", "nodes", "edges", "origins", "independent_origins", "first_appearance", "cycles"});
    for (const auto& n : t["nodes"]) has(n, {"id", "kind", "label"});
    for (const auto& e : t["edges"]) has(e, {"from", "to", "relation"});
}

TEST(Corpus, OutletsCitingEachOtherAreACycle) {
    const std::string db = ingested();
    const auto sources = json_lines(run_cli({"sources", "--db", db, "--format", "json"}).out);
    const std::string ledger = source_named(sources, "Metro Ledger")["id"];
    const auto r = run_cli({"trace", "--db", db, "--format", "json", ledger});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto t = nlohmann::json::parse(r.out);
    ASSERT_EQ(t["cycles"].size(), 1u) << r.out;
    EXPECT_EQ(t["cycles"][0].size(), 2u);
}

TEST(Corpus, MergeAndSplitAreKeptForLaterIngests) {
    const std::string db = ingested();
    auto sources = json_lines(run_cli({"sources", "--db", db, "--format", "json"}).out);
    const std::string gladkov = source_named(sources, "Vyacheslav Gladkov")["id"];
    const auto split = run_cli({"sources", "split", "--db", db, gladkov, "Governor Gladkov"});
    ASSERT_EQ(split.code, 0) << split.err;
    sources = json_lines(run_cli({"sources", "--db", db, "--format", "json"}).out);
    ASSERT_FALSE(source_named(sources, "Governor Gladkov").is_null());
    const std::string fore = source_named(sources, "Foreign Ministry")["id"];
    const std::string russian_mod = source_named(sources, "Russian Ministry of Defense")["id"];
    const auto merge = run_cli({"sources", "merge", "--db", db, russian_mod, fore});
    ASSERT_EQ(merge.code, 0) << merge.err;
    // a later article naming the merged-away body lands on the kept one
    const std::string more = testing::temp_dir() + "/later.txt";
    testing::write_file(more, "date: 2026-03-16\n\nThe Foreign Ministry said on Monday that talks were off.\n");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, more}).code, 0);
    sources = json_lines(run_cli({"sources", "--db", db, "--format", "json"}).out);
    EXPECT_TRUE(source_named(sources, "Foreign Ministry").is_null());
    const auto kept = json_lines(run_cli({"claims", "--db", db, "--format", "json", "--search", "talks were off"}).out);
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept[0]["source"]["id"], russian_mod);
    const auto bad = run_cli({"sources", "merge", "--db", db, russian_mod, russian_mod});
    EXPECT_EQ(bad.code, 2);
}

}  // namespace claimgraph
