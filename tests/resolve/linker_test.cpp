// Source identity inside one document and across ingests, on short articles written here.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "resolve/matching.h"
#include "resolve/names.h"
#include "resolve/surnames.h"
#include "test_support.h"
#include "util/text.h"

namespace claimgraph {

using testing::run_cli;

namespace {

// Ingests the articles (name → text) into a fresh database; returns the `sources --format
// json` objects by name.
std::map<std::string, nlohmann::json> sources_after(const std::map<std::string, std::string>& articles) {
    const std::string dir = testing::temp_dir() + "/linker";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    for (const auto& [name, text] : articles) testing::write_file(dir + "/" + name, text);
    const std::string db = dir + "/g.db";
    const auto r = run_cli({"ingest", "-q", "--db", db, dir});
    EXPECT_EQ(r.code, 0) << r.err;
    std::map<std::string, nlohmann::json> by_name;
    const std::string out = run_cli({"sources", "--db", db, "--format", "json"}).out;
    std::size_t i = 0;
    while (i < out.size()) {
        const std::size_t e = out.find('\n', i);
        auto j = nlohmann::json::parse(out.substr(i, e - i));
        by_name[j["name"].get<std::string>()] = j;
        i = e + 1;
    }
    return by_name;
}

}  // namespace

TEST(Linker, ASurnameIsThePersonEvenWhenItSpellsAPlace) {
    const auto s = sources_after({{"a.txt",
                                   "Valeska Paris said she had been held on the ship for years.\n\n"
                                   "Paris claims that her passport was taken from her.\n"}});
    ASSERT_TRUE(s.count("Valeska Paris"));
    EXPECT_EQ(s.at("Valeska Paris")["type"], "person");
    EXPECT_EQ(s.at("Valeska Paris")["statements"], 2);
    EXPECT_FALSE(s.count("Paris"));
}

TEST(Linker, AMisspeltSurnameIsThePersonItMisspells) {
    const auto s = sources_after({{"a.txt",
                                   "Kathryn Waters, director of the gallery, said the prints would stay.\n\n"
                                   "\"Everybody knows his name,\" Water said.\n"}});
    ASSERT_TRUE(s.count("Kathryn Waters"));
    EXPECT_EQ(s.at("Kathryn Waters")["statements"], 2);
    EXPECT_FALSE(s.count("Water"));
}

TEST(Linker, ADescriptionIsThePersonWhoseRoleItOpens) {
    const auto s = sources_after({{"a.txt",
                                   "Australian woman claims she was held on a ship\n\n"
                                   "Valeska Paris, an Australian woman and former crew member, said she was kept "
                                   "on board for twelve years.\n"}});
    ASSERT_TRUE(s.count("Valeska Paris")) << "the proper name is shown, not the description";
    EXPECT_EQ(s.at("Valeska Paris")["statements"], 2);
    EXPECT_FALSE(s.count("Australian woman"));
}

TEST(Linker, TheOutletInTheTextIsTheOutletOfTheMetadata) {
    const auto s = sources_after(
        {{"a.txt",
          "title: Lake protest grows\noutlet: Lakeside Wire (English), via an archive\ndate: 2026-03-01\n\n"
          "Lake protest grows\n\nThe march drew thousands, Lakeside Wire observed on Sunday.\n"}});
    ASSERT_TRUE(s.count("Lakeside Wire"));
    EXPECT_EQ(s.at("Lakeside Wire")["type"], "outlet");
    EXPECT_EQ(s.at("Lakeside Wire")["statements"], 1);
}

TEST(Names, OutletNamesLoseWhatArchivesAppend) {
    EXPECT_EQ(resolve::outlet_name("Wikinews (English), via the GUM corpus"), "Wikinews");
    EXPECT_EQ(resolve::outlet_name("Metro Ledger | World"), "Metro Ledger");
    EXPECT_EQ(resolve::outlet_name("The Baltic Record"), "The Baltic Record");
    EXPECT_EQ(resolve::outlet_name("(untitled)"), "(untitled)");
}

TEST(Names, AProperNameIsShownBeforeADescription) {
    EXPECT_TRUE(text::better_name("Valeska Paris", "Australian woman"));
    EXPECT_FALSE(text::better_name("Australian woman", "Valeska Paris"));
    EXPECT_TRUE(text::better_name("Russian Ministry of Defense", "Russian Defence Ministry"));  // longer
    EXPECT_TRUE(text::better_name("Abc", "Abd"));  // byte order
    EXPECT_FALSE(text::better_name("Abc", "Abc"));
}

TEST(Names, TheNounBeforeABodysHeadHasOneNumber) {
    EXPECT_EQ(resolve::source_key("Central Elections Commission of Varnia"),
              resolve::source_key("the Central Election Commission of Varnia"));
    EXPECT_EQ(resolve::source_key("Emergencies Ministry"), resolve::source_key("Emergency Ministry"));
    EXPECT_EQ(resolve::source_key("Sports Ministry"), "sport ministry");
    // words that only look plural, and a plural that is not before a body's head, stay
    EXPECT_EQ(resolve::source_key("Census Bureau"), "census bureau");
    EXPECT_EQ(resolve::source_key("Press Office"), "press office");
    EXPECT_EQ(resolve::source_key("Harbour Lines"), "harbour lines");
}

TEST(Names, AcronymsAreTheInitialsOfABodysCapitalisedWords) {
    EXPECT_EQ(resolve::acronyms_of("Hewlett-Packard"), (std::vector<std::string>{"hp"}));
    EXPECT_EQ(resolve::acronyms_of("United Nations"), (std::vector<std::string>{"un"}));
    EXPECT_EQ(resolve::acronyms_of("The Harbour Review"), (std::vector<std::string>{"hr", "thr"}));
    EXPECT_EQ(resolve::acronyms_of("Central Elections Commission of Turkmenistan"),
              (std::vector<std::string>{"cect", "cec"}));
    EXPECT_TRUE(resolve::acronyms_of("Veltrix").empty());
    EXPECT_EQ(resolve::as_acronym("HP"), "hp");
    EXPECT_FALSE(resolve::as_acronym("Hp"));
    EXPECT_FALSE(resolve::as_acronym("H"));
}

TEST(Linker, AnAcronymIsTheBodyWhoseInitialsItIs) {
    // in one article, and across articles in either order
    const auto one = sources_after({{"a.txt",
                                     "Dunmore-Kessler said the merger would close in May.\n\n"
                                     "DK said no jobs would be lost.\n"}});
    ASSERT_TRUE(one.count("Dunmore-Kessler"));
    EXPECT_EQ(one.at("Dunmore-Kessler")["statements"], 2);
    EXPECT_FALSE(one.count("DK"));
    // across articles, once one article shows the acronym to be the body: in any order
    const std::map<std::string, std::string> articles{
        {"a.txt", "date: 2026-03-01\n\nThe Harbour Review said the port would reopen.\n"},
        {"b.txt", "date: 2026-03-02\n\nTHR said the port had reopened on Tuesday.\n"},
        {"c.txt",
         "date: 2026-03-03\n\nThe Harbour Review said the ferries were back.\n\nTHR said the docks were busy.\n"}};
    std::map<std::string, std::string> reversed;
    for (const auto& [name, text] : articles)
        reversed[std::string(1, static_cast<char>('a' + 'c' - name[0])) + ".txt"] = text;
    for (const auto& set : {articles, reversed}) {
        const auto s = sources_after(set);
        ASSERT_TRUE(s.count("Harbour Review"));
        EXPECT_EQ(s.at("Harbour Review")["statements"], 4);
        EXPECT_FALSE(s.count("THR"));
    }
    // without such an article, THR is THR
    const auto apart = sources_after({{"a.txt", articles.at("a.txt")}, {"b.txt", articles.at("b.txt")}});
    EXPECT_TRUE(apart.count("THR"));
}

TEST(Linker, AnUntitledSurnameAcrossArticlesStaysApart) {
    // across articles a lone surname is anyone's: Lena Marsh is not the "Marsh" of another
    const auto s =
        sources_after({{"a.txt", "date: 2026-03-01\n\nLena Marsh said the harbour would reopen on Friday.\n"},
                       {"b.txt", "date: 2026-03-02\n\nMarsh said the harbour had reopened.\n"}});
    ASSERT_TRUE(s.count("Lena Marsh"));
    EXPECT_EQ(s.at("Lena Marsh")["statements"], 1);
    EXPECT_TRUE(s.count("Marsh"));
}

TEST(Linker, ASurnameTheTextTitlesIsThatTitlesHolderInItsOwnArticle) {
    // two Marshes named in full: "Marsh said" where the only title the text writes before
    // the surname alone is "President" is the president. In another article that names no
    // Marsh in full, the same words stay a source of their own: across articles whoever
    // was titled so first would win, so the text's title is read only where it was written
    const auto s = sources_after(
        {{"a.txt",
          "date: 2026-03-01\n\nPresident Lena Marsh said the harbour would reopen.\n\nHer brother, Senator Ivo "
          "Marsh, said the port was safe.\n\nPresident Marsh's plan was praised.\n\nMarsh said the ferries "
          "would run on Friday.\n"},
         {"b.txt", "date: 2026-03-02\n\nPresident Marsh's plan was praised.\n\nMarsh said the fares would fall.\n"}});
    ASSERT_TRUE(s.count("Lena Marsh"));
    EXPECT_EQ(s.at("Lena Marsh")["statements"], 2);
    ASSERT_TRUE(s.count("Ivo Marsh"));
    EXPECT_EQ(s.at("Ivo Marsh")["statements"], 1);
    ASSERT_TRUE(s.count("Marsh"));
    EXPECT_EQ(s.at("Marsh")["documents"], 1);
}

TEST(Linker, ATitledSurnameTwoPeopleShareIsTheOneWithThatTitleHere) {
    // a text names Lena and Tomas Vale in full: "Secretary Vale" is the secretary
    const auto s = sources_after(
        {{"a.txt",
          "date: 2026-03-01\n\nSecretary of State Lena Vale said the treaty was ready.\n\nFormer President Tomas "
          "Vale said the treaty was weak.\n\nSecretary Vale said the vote would be close.\n"}});
    ASSERT_TRUE(s.count("Lena Vale"));
    EXPECT_EQ(s.at("Lena Vale")["statements"], 2);
    ASSERT_TRUE(s.count("Tomas Vale"));
    EXPECT_EQ(s.at("Tomas Vale")["statements"], 1);
    EXPECT_FALSE(s.count("Vale"));
}

TEST(Linker, MrsAndMrOfOneSurnameAreTwoPeopleNotTheOneNamedInFull) {
    // the article names Tomas Lind in full and writes "Mrs. Lind" and "Mr. Lind": she is not
    // he, and which Lind "Mr. Lind" is the text does not say; each stays this article's own,
    // and "Mrs. Lind" of another article joins neither
    const std::string dir = testing::temp_dir();
    testing::write_file(dir + "/a.txt",
                        "date: 2026-03-01\n\nFormer Mayor Tomas Lind told reporters the harbour would reopen.\n\n"
                        "Mrs. Lind said the charity had refused foreign money.\n\nMr. Lind said the charity was "
                        "audited.\n\nMrs. Lind said the audit was public.\n");
    testing::write_file(dir + "/b.txt", "date: 2026-03-02\n\nMrs. Lind said the campaign had raised more money.\n");
    const std::string db = dir + "/g.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir + "/a.txt", dir + "/b.txt"}).code, 0);
    const std::string all = run_cli({"sources", "--db", db}).out;
    EXPECT_NE(all.find("Tomas Lind (person, Mayor)  [1 document, 1 statement]"), std::string::npos) << all;
    EXPECT_NE(all.find("Lind (person, Mrs.)  [1 document, 2 statements]"), std::string::npos) << all;
    EXPECT_NE(all.find("Lind (person, Mr.)  [1 document, 1 statement]"), std::string::npos) << all;
    EXPECT_NE(all.find("Lind (person, Mrs.)  [1 document, 1 statement]"), std::string::npos) << all;
    EXPECT_NE(all.find("4 sources"), std::string::npos) << all;
    // where the one named in full is known to be a man (a spokesman), "Mr. Lind" is he
    testing::write_file(dir + "/c.txt",
                        "date: 2026-03-01\n\nCity spokesman Tomas Lind told reporters the harbour would reopen.\n\n"
                        "Mrs. Lind said the charity had refused foreign money.\n\nMr. Lind said the charity was "
                        "audited.\n");
    const std::string db2 = dir + "/c.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db2, dir + "/c.txt"}).code, 0);
    const std::string two = run_cli({"sources", "--db", db2}).out;
    EXPECT_NE(two.find("Tomas Lind (person, City spokesman)  [1 document, 2 statements]"), std::string::npos) << two;
    EXPECT_NE(two.find("Lind (person, Mrs.)  [1 document, 1 statement]"), std::string::npos) << two;
}

TEST(Linker, ASentencesFirstWordIsNoFirstName) {
    // "All Nordlink traffic" names no person "All Nordlink": the lone "Nordlink" stays the
    // name another outlet writes in capitals
    const auto s = sources_after(
        {{"a.txt", "Nordlink said the cable had been repaired.\n\nAll Nordlink traffic to Europe was restored.\n"},
         {"b.txt", "NORDLINK said on Monday that the repair had been completed.\n"}});
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s.begin()->second["statements"], 2);
}

TEST(Linker, ATitleInsideARunOfCapitalsStartsTheName) {
    // "Maybe President Ivo Vance": the full name "Vance said" means is Ivo Vance
    const auto s = sources_after(
        {{"a.txt", "\"Maybe President Ivo Vance will sign it,\" the paper wrote.\n\nVance said the bill was ready.\n"},
         {"b.txt", "Ivo Vance said the bill would pass.\n"}});
    ASSERT_TRUE(s.count("Ivo Vance"));
    EXPECT_EQ(s.at("Ivo Vance")["statements"], 2);
}

TEST(Linker, AWordOpeningASentenceIsNoFirstName) {
    // "Once Veltrix ships a fix" names no person "Once Veltrix"
    const auto s =
        sources_after({{"a.txt",
                        "Ivo Brel said the fix was late.\n\nOnce Veltrix ships a fix, users must update it.\n\n"
                        "Veltrix said the fix would ship on Friday.\n"},
                       {"b.txt", "Veltrix said the fix had shipped.\n"}});
    ASSERT_TRUE(s.count("Veltrix"));
    EXPECT_EQ(s.at("Veltrix")["statements"], 2);
}

TEST(Linker, ASurnameThatIsATitleIsThePersonNamed) {
    // "King said" after "Billy King": the surname, not a king; nor the man who attended
    // "King's news conference"
    const auto s = sources_after({{"a.txt",
                                   "Billy King fired the coach on Monday.\n\nKing said the team needed a change.\n\n"
                                   "Ed Snider, who attended King's news conference, said he backed the move.\n\n"
                                   "\"We want to win now,\" King said.\n"},
                                  {"b.txt", "Billy King said the new coach would start on Friday.\n"}});
    ASSERT_TRUE(s.count("Billy King"));
    EXPECT_EQ(s.at("Billy King")["statements"], 3);
    ASSERT_TRUE(s.count("Ed Snider"));
    EXPECT_EQ(s.at("Ed Snider")["statements"], 1);
    EXPECT_FALSE(s.count("King"));
}

TEST(Linker, AWordThatOpensASentenceBeforeANameIsNoFirstName) {
    // "Choosing Orel" and the headline's "Comedian Ada Orel" (the text says "the comedian")
    // name no other Orel than Ada Orel
    const auto s = sources_after(
        {{"a.txt",
          "title: Comedian Ada Orel to host the awards\n\nComedian Ada Orel to host the awards\n\n"
          "The comedian will host the show in March.\n\n\"Choosing Orel, known for her gentle humor, signals a "
          "change,\" a trade paper wrote.\n\nOrel said she was thrilled.\n"},
         {"b.txt", "Ada Orel said the show would be short.\n"}});
    ASSERT_TRUE(s.count("Ada Orel"));
    EXPECT_EQ(s.at("Ada Orel")["statements"], 2);
    EXPECT_FALSE(s.count("Orel"));
}

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
    const std::string head = "title: Ivo Brel Will Not Direct the Harbour Film\n\nIvo Brel Will Not Direct the Harbour Film\n\n";
    const auto s = sources_after(
        {{"a.txt", head + "Filmmaker says he cannot commit to the schedule\n\n"
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
    for (std::size_t i = 0; i < out.size();) {
        const std::size_t e = out.find('\n', i);
        const auto j = nlohmann::json::parse(out.substr(i, e - i));
        if (j["name"] == "He") {
            ++he;
            EXPECT_EQ(j["documents"], 1);
        }
        i = e + 1;
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
        {{"a.txt", "Polling stations will open at 7 a.m., the resolution of the Central Election Commission of "
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
    for (std::size_t i = 0; i < out.size();) {
        const std::size_t e = out.find('\n', i);
        const auto j = nlohmann::json::parse(out.substr(i, e - i));
        statements[j["name"].get<std::string>()].push_back(j["statements"].get<int>());
        i = e + 1;
    }
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
