// Source identity across ingests, on short articles written here: roles and who holds them,
// what headlines name, pronouns, bodies, witnesses, and which totals dispute
// (linker_test.cpp: names, surnames, titles, acronyms and outlets).
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "resolve/linker_support.h"
#include "resolve/surnames.h"

namespace claimgraph {

using testing::run_cli;
using testing::sources_after;

TEST(Linker, HerPublicistIsThePublicistOfWhomTheHeadlineNames) {
    // "her publicist" in an article about Esther Vale is Vale's publicist, whom another
    // article names, in either order of ingest
    const std::map<std::string, std::string> articles{
        {"a.txt",
         "title: Esther Vale, Swimming Champion, Dies\n\nEsther Vale, swimming champion, has died.\n\n"
         "Vale, 91, passed away in her sleep on Thursday, her publicist said.\n"},
        {"b.txt", "title: Swimmer Esther Vale dies at 91\n\nVale's publicist, Dan Orel, said she died on Thursday.\n"}};
    std::map<std::string, std::string> reversed{{"a.txt", articles.at("b.txt")}, {"b.txt", articles.at("a.txt")}};
    for (const auto& set : {articles, reversed}) {
        const auto s = sources_after(set);
        ASSERT_TRUE(s.count("Dan Orel"));
        EXPECT_EQ(s.at("Dan Orel")["statements"], 2);
        EXPECT_FALSE(s.count("publicist"));
    }
    // a headline's "Lawyer:" where the headline names Ada Vale: Vale's lawyer
    const auto lawyer =
        sources_after({{"a.txt",
                        "title: Lawyer: Ada Vale checks into clinic\n\nLawyer: Ada Vale checks into clinic\n\n"
                        "Ada Vale has checked into a clinic, the court heard.\n"},
                       {"b.txt", "Vale's lawyer, Tom Brel, said the clinic was licensed.\n"}});
    ASSERT_TRUE(lawyer.count("Tom Brel"));
    EXPECT_EQ(lawyer.at("Tom Brel")["statements"], 2);
    // without a headline that names someone, her publicist stays the article's own
    const auto alone =
        sources_after({{"a.txt", "Vale, 91, passed away in her sleep on Thursday, her publicist said.\n"},
                       {"b.txt", articles.at("b.txt")}});
    EXPECT_TRUE(alone.count("publicist"));
}

// "Filmmaker says …" under a headline that names Ivo Brel, who is given no such title in the
// text: Brel, shown by his name; the same bare title in the text's body stays apart
TEST(Linker, AHeadlinesBareTitleIsThePersonTheHeadlineNames) {
    const std::string head =
        "title: Ivo Brel Will Not Direct the Harbour Film\n\nIvo Brel Will Not Direct the Harbour Film\n\n";
    const auto s =
        sources_after({{"a.txt", head + "Filmmaker says he cannot commit to the schedule\n\n"
                                        "Harbour Film director Ivo Brel said on Monday that he will not return.\n"}});
    ASSERT_TRUE(s.count("Ivo Brel"));
    EXPECT_EQ(s.at("Ivo Brel")["statements"], 2);
    EXPECT_FALSE(s.count("Filmmaker"));
    const auto body = sources_after(
        {{"a.txt", head + "The studio said it had no comment.\n\nThe schedule changed twice in June, and the "
                          "budget was cut in July, the studio said.\n\nIn a statement on Monday, Filmmaker said "
                          "he cannot commit to the schedule.\n\nBrel said the schedule had changed.\n"}});
    EXPECT_TRUE(body.count("Filmmaker"));
}

// "A spokeswoman for Varnex" speaks for the company and is not the company: two
// sources, the one speaking for the other
TEST(Linker, ASpokeswomanForABodyIsNotTheBody) {
    const auto s = sources_after({{"a.txt",
                                   "A spokeswoman for Varnex said the ferry was late.\n\n"
                                   "Varnex said on Tuesday that the ferry would run again.\n"}});
    ASSERT_TRUE(s.count("spokeswoman for Varnex"));
    ASSERT_TRUE(s.count("Varnex"));
    EXPECT_EQ(s.at("spokeswoman for Varnex")["type"], "person");
    EXPECT_EQ(s.at("spokeswoman for Varnex")["statements"], 1);
    EXPECT_EQ(s.at("spokeswoman for Varnex")["speaks_for"], s.at("Varnex")["id"]);
    EXPECT_EQ(s.at("Varnex")["type"], "organization");
}

TEST(Linker, TwoPeopleWhoSpeakTogetherAreKnownByTheirSurnames) {
    const auto s = sources_after(
        {{"a.txt", "Producers Ivo Brel and Ana Tull said the show would be short.\n"},
         {"b.txt",
          "\"We are thrilled,\" producers Ivo Brel and Ana Tull said.\n\nBrel and Tull said it would be live.\n"}});
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s.begin()->second["statements"], 3);
    // one surname alone is not the pair
    EXPECT_FALSE(resolve::pair_surnames(SourceRecord{"x", "Ivo Brel", SourceType::person, "", {}}));
    EXPECT_FALSE(resolve::pair_surnames(SourceRecord{"x", "police and firefighters", SourceType::collective, "", {}}));
}

TEST(Linker, APronounNoOneResolvedIsEachArticlesOwn) {
    // an article that opens with "He said" (a page cut from a longer story): whoever he
    // is, not the "He" of another article
    const std::string dir = testing::temp_dir() + "/pronouns";
    std::filesystem::create_directories(dir);
    testing::write_file(dir + "/a.txt", "He said the harbour would reopen on Friday.\n");
    testing::write_file(dir + "/b.txt", "He said the ferries had stopped running.\n");
    const std::string db = dir + "/g.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir}).code, 0);
    const std::string out = run_cli({"sources", "--db", db, "--format", "json"}).out;
    std::size_t he = 0;
    for (const auto& j : testing::json_lines(out))
        if (j["name"] == "He") {
            ++he;
            EXPECT_EQ(j["documents"], 1);
        }
    EXPECT_EQ(he, 2u) << out;
}

TEST(Linker, ThePartysCandidateIsTheArticlesCandidate) {
    // "the Republican candidate" is the article's one candidate, never one across articles
    const auto party = sources_after(
        {{"a.txt",
          "Republican candidate Ivo Brel said taxes would fall.\n\nThe Republican candidate said the port would "
          "grow.\n"},
         {"b.txt", "The Republican candidate said the bridge would be rebuilt.\n"},
         {"c.txt", "The Republican candidate said the ferries would be free.\n"}});
    ASSERT_TRUE(party.count("Ivo Brel"));
    EXPECT_EQ(party.at("Ivo Brel")["statements"], 2);
    for (const auto& [name, j] : party) EXPECT_EQ(j["documents"], 1) << name;
}

// "the resolution of the Central Election Commission of Varnia" is the commission's, the
// body other articles write as "the Central Elections Commission of Varnia"
TEST(Linker, ABodysDecisionIsTheBodysUnderEitherNumber) {
    const auto s = sources_after(
        {{"a.txt",
          "Polling stations will open at 7 a.m., the resolution of the Central Election Commission of "
          "Varnia released on Friday said.\n"},
         {"b.txt", "The Central Elections Commission of Varnia said that 41 districts had been drawn.\n"}});
    ASSERT_EQ(s.size(), 1u) << s.begin()->first;
    EXPECT_EQ(s.begin()->second["statements"], 2);
    EXPECT_EQ(s.begin()->second["type"], "organization");
}

TEST(Linker, CopsAreThePolice) {
    const auto s = sources_after({{"a.txt", "Cops said the driver had fled the scene.\n"},
                                  {"b.txt", "Police said the driver was found on Tuesday.\n"}});
    ASSERT_TRUE(s.count("Police"));
    EXPECT_EQ(s.at("Police")["statements"], 2);
    EXPECT_EQ(s.at("Police")["type"], "collective");
}

TEST(Linker, ARoleIsThePersonOfTheArticleWhoHoldsIt) {
    // named after the role, with the title's other word ("publicist" is a spokesman)
    const auto s = sources_after({{"a.txt",
                                   "The singer died at home on Thursday, her publicist said.\n\n"
                                   "She had been ill for months, spokesman Dan Orel said.\n"}});
    ASSERT_TRUE(s.count("Dan Orel"));
    EXPECT_EQ(s.at("Dan Orel")["statements"], 2);
    EXPECT_EQ(s.size(), 1u);
    // named after a title in words that are no statement of his
    const auto quoted = sources_after(
        {{"a.txt",
          "The actress entered a clinic, lawyer says.\n\nThe agency reported it, quoting her lawyer Dan Orel.\n"},
         {"b.txt", "Dan Orel said the clinic was licensed.\n"}});
    ASSERT_TRUE(quoted.count("Dan Orel"));
    EXPECT_EQ(quoted.at("Dan Orel")["statements"], 2);
}

TEST(Linker, ARoleOfSomeoneNamedIsItsHolderAcrossArticlesInEitherOrder) {
    const std::map<std::string, std::string> articles{
        {"a.txt", "date: 2026-03-01\n\nVera Lind's attorney said the actress had entered a clinic.\n"},
        {"b.txt", "date: 2026-03-02\n\nLind lawyer Tomas Jan Brel said the clinic was licensed.\n"},
        {"c.txt", "date: 2026-03-02\n\nTomas Brel said the judge had agreed.\n"}};
    std::map<std::string, std::string> reversed;
    for (const auto& [name, text] : articles)
        reversed[std::string(1, static_cast<char>('a' + 'c' - name[0])) + ".txt"] = text;
    for (const auto& set : {articles, reversed}) {
        const auto s = sources_after(set);
        ASSERT_EQ(s.size(), 1u) << s.begin()->first;
        EXPECT_EQ(s.begin()->second["statements"], 3);
    }
}

TEST(Linker, UnnamedRolesAreEachArticlesOwn) {
    // "her lawyer" or "a spokesman" in two articles: two people, unless a text names them
    const auto s = sources_after({{"a.txt",
                                   "Her lawyer said the actress had entered a clinic.\n\n"
                                   "A spokesman said the port was closed.\n"},
                                  {"b.txt",
                                   "Her lawyer said the clinic was licensed.\n\n"
                                   "A spokesman said the port had reopened.\n"}});
    for (const auto& [name, j] : s) EXPECT_EQ(j["statements"], 1) << name;
    EXPECT_EQ(s.size(), 2u);  // by name: each name is two sources of one statement each
}

TEST(Linker, ACopyOfAnArticleHasItsUnnamedSources) {
    // the same text published by two outlets: one "her lawyer", one "officials"
    const std::string text = "Her lawyer said the actress had entered a clinic.\n\nOfficials said it was licensed.\n";
    const auto s = sources_after({{"a.txt", "outlet: Daily A\n\n" + text}, {"b.txt", "outlet: Daily B\n\n" + text}});
    ASSERT_TRUE(s.count("lawyer")) << s.begin()->first;
    EXPECT_EQ(s.at("lawyer")["documents"], 2);
    ASSERT_TRUE(s.count("Officials"));
    EXPECT_EQ(s.at("Officials")["documents"], 2);
}

TEST(Linker, TheCompanyIsTheBodyTheArticleIsAbout) {
    const auto s = sources_after(
        {{"a.txt",
          "title: Veltrix rushes out a browser patch\n\nVeltrix rushes out a patch.\n\nNormally, Veltrix ships "
          "fixes monthly. Today the company said attacks were rising, and Veltrix urged users to update.\n"},
         {"b.txt", "title: Patch day\n\nVeltrix said the patch was ready.\n"},
         {"c.txt", "title: Markets\n\nThe company said its shares had fallen.\n"}});
    ASSERT_TRUE(s.count("Veltrix"));
    EXPECT_EQ(s.at("Veltrix")["statements"], 3);  // said, urged; said
    EXPECT_EQ(s.at("Veltrix")["documents"], 2);
    ASSERT_TRUE(s.count("company"));  // an article about no body stands alone
    EXPECT_EQ(s.at("company")["documents"], 1);
}

TEST(Linker, WhereTheTitleIsADateTheTextsFirstLineIsTheHeadline) {
    const auto s = sources_after(
        {{"a.txt",
          "title: 18 September 2026 Last updated at 13:59 GMT\n\n18 September 2026 Last updated at 13:59 GMT\n\n"
          "Veltrix releases fix for HB browser bug\n\nVeltrix has released a patch for HB. Users of HB, Veltrix "
          "warned, should update, and Veltrix and HB teams agreed.\n\nThe software giant said the bug could "
          "affect all versions of HB.\n"}});
    ASSERT_TRUE(s.count("Veltrix"));
    EXPECT_EQ(s.at("Veltrix")["statements"], 2);  // warned; said
    EXPECT_FALSE(s.count("software giant"));
}

TEST(Linker, TheComedianIsThePersonTheTextTitlesSo) {
    const auto s =
        sources_after({{"a.txt",
                        "title: Comedian Ada Lune picked to host awards\n\nComedian Ada Lune will host the awards "
                        "next year, organizers said on Friday.\n\n\"I would like to thank the Academy,\" the comedian "
                        "added on Twitter.\n"}});
    ASSERT_TRUE(s.count("Ada Lune"));
    EXPECT_EQ(s.at("Ada Lune")["statements"], 1);
    EXPECT_FALSE(s.count("comedian"));
}

TEST(Linker, WitnessesAreNoOneAcrossArticles) {
    const std::string dir = testing::temp_dir() + "/witnesses";
    std::filesystem::create_directories(dir);
    testing::write_file(dir + "/a.txt",
                        "date: 2026-03-01\n\nWitnesses said the blast shook the harbour.\n\nWitnesses said it was "
                        "loud.\n\nPolice said the harbour was closed.\n\nHis aides said the mayor was safe.\n\n"
                        "Authorities said the port would stay shut.\n");
    testing::write_file(dir + "/b.txt",
                        "date: 2026-03-01\n\nWitnesses said the blast came at noon.\n\nPolice said the harbour "
                        "would reopen.\n\nAides said the mayor would speak.\n\nAuthorities said the port was "
                        "open.\n");
    const std::string db = dir + "/g.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir}).code, 0);
    const std::string out = run_cli({"sources", "--db", db, "--format", "json"}).out;
    std::map<std::string, std::vector<int>> statements;  // name → statements of each source of that name
    for (const auto& j : testing::json_lines(out))
        statements[j["name"].get<std::string>()].push_back(j["statements"].get<int>());
    // one source of witnesses per article; the police of one harbour may be one
    ASSERT_EQ(statements["Witnesses"].size(), 2u);
    EXPECT_EQ(statements["Witnesses"][0] + statements["Witnesses"][1], 3);
    EXPECT_EQ(statements["Police"], std::vector<int>{2});
    // nor are "aides" or "authorities" alone anyone across articles
    EXPECT_EQ(statements["Aides"].size(), 2u);
    EXPECT_EQ(statements["Authorities"].size(), 2u);
}

TEST(Linker, OnlyTotalsOfOneMeasureDispute) {
    const std::string dir = testing::temp_dir() + "/totals";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    testing::write_file(dir + "/a.txt",
                        "date: 2026-03-01\n\nIn Dunmore, local officials said 21 people were killed in the strike.\n\n"
                        "Regional officials said shelling had killed two other people in Dunmore.\n\n"
                        "The governor said three children were killed in Dunmore.\n");
    const std::string db = dir + "/g.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir}).code, 0);
    EXPECT_EQ(run_cli({"disputes", "--db", db, "--format", "json"}).out, "");
    // another total of the same measure, from another source, disputes
    testing::write_file(dir + "/b.txt",
                        "date: 2026-03-01\n\nIn Dunmore, the ministry said 19 people were killed in the strike.\n");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir}).code, 0);
    const std::string out = run_cli({"disputes", "--db", db, "--format", "json"}).out;
    EXPECT_NE(out.find("\"killed\""), std::string::npos) << out;
    EXPECT_EQ(out.find("killed_"), std::string::npos) << out;
}

}  // namespace claimgraph
