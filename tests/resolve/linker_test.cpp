// Source identity inside one document and across ingests, on short articles written here:
// names, surnames, titles, acronyms and outlets (linker_roles_test.cpp: roles, headlines,
// pronouns, bodies and disputes).
#include <gtest/gtest.h>

#include "resolve/matching.h"
#include "resolve/names.h"
#include "resolve/surnames.h"
#include "resolve/linker_support.h"
#include "util/text.h"

namespace claimgraph {

using testing::run_cli;
using testing::sources_after;

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

}  // namespace claimgraph
