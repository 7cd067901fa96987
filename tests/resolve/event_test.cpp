// Event and dispute rules (resolve/matching.h, resolve/link_disputes.cpp) on statements and
// short articles written here.
#include <optional>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "resolve/matching.h"
#include "test_support.h"

namespace claimgraph {

using testing::run_cli;

// Two statements are of one event when their days are at most two apart (or either is
// undated) and they name a place in common, or either names none and both are dated; of one
// document, naming no place is no bar, dated or not.
TEST(Matching, SameEventIsAPlaceInCommonOrNoneWithinTwoDays) {
    const auto at = [](std::string places, std::optional<std::string> date) {
        KnownStatement k;
        k.places = std::move(places);
        k.date = std::move(date);
        return k;
    };
    const std::string day = "2026-03-12";
    EXPECT_TRUE(resolve::same_event(at("ashby kyiv", day), at("kyiv", day)));
    EXPECT_TRUE(resolve::same_event(at("kyiv", day), at("lviv  kyiv ", day)));  // spaces around
    EXPECT_FALSE(resolve::same_event(at("ashby", day), at("kyiv lviv", day)));
    EXPECT_FALSE(resolve::same_event(at("kyi", day), at("kyiv", day)));  // whole names only
    EXPECT_TRUE(resolve::same_event(at("", day), at("kyiv", day)));
    EXPECT_TRUE(resolve::same_event(at("kyiv", day), at("   ", day)));  // spaces name no place
    EXPECT_TRUE(resolve::same_event(at("kyiv", "2026-03-14"), at("kyiv", day)));
    EXPECT_FALSE(resolve::same_event(at("kyiv", "2026-03-15"), at("kyiv", day)));
    EXPECT_FALSE(resolve::same_event(at("", "2026-03-09"), at("", day)));
    EXPECT_TRUE(resolve::same_event(at("kyiv", std::nullopt), at("kyiv", day)));
    // undated and naming no place: nothing says which event it is of (it had been of every one)
    EXPECT_FALSE(resolve::same_event(at("", std::nullopt), at("kyiv", day)));
    EXPECT_FALSE(resolve::same_event(at("", std::nullopt), at("", std::nullopt)));
    EXPECT_FALSE(resolve::same_event(at("kyiv", std::nullopt), at("", day)));
    EXPECT_TRUE(resolve::same_event(at("", "2026-03-11"), at("kyiv", day)));
    // in one document it is of the document's event
    EXPECT_TRUE(resolve::same_event_in_document(at("", std::nullopt), at("", std::nullopt)));
    EXPECT_TRUE(resolve::same_event_in_document(at("", std::nullopt), at("kyiv", day)));
    EXPECT_FALSE(resolve::same_event_in_document(at("ashby", day), at("kyiv", day)));
    EXPECT_FALSE(resolve::same_event_in_document(at("", "2026-03-09"), at("", day)));
}

// Two undated articles that name no place are not of one event: their tolls do not dispute
// (an undated article's "4 people died" had disputed every toll of an archive, whatever its
// story); in one article, two sources' tolls still do.
TEST(Disputes, UndatedArticlesThatNameNoPlaceDisputeOnlyWithin) {
    const std::string apart = testing::ingest_articles(
        {{"a.txt", "The minister said the death toll was 4.\n"}, {"b.txt", "Police said 5 people were killed.\n"}});
    const auto a = run_cli({"disputes", "--db", apart, "--format", "json"});
    ASSERT_EQ(a.code, 0) << a.err;
    EXPECT_EQ(a.out, "");
    const std::string together = testing::ingest_articles(
        {{"a.txt", "The minister said the death toll was 4.\n\nPolice said 5 people were killed.\n"}});
    const auto t = run_cli({"disputes", "--db", together, "--format", "json"});
    ASSERT_EQ(t.code, 0) << t.err;
    EXPECT_NE(t.out.find("\"basis\":\"figure\""), std::string::npos) << t.out;
    // dated within two days, they do
    const std::string dated =
        testing::ingest_articles({{"a.txt", "date: 2026-03-01\n\nThe minister said the death toll was 4.\n"},
                                  {"b.txt", "date: 2026-03-02\n\nPolice said 5 people were killed.\n"}});
    const auto d = run_cli({"disputes", "--db", dated, "--format", "json"});
    ASSERT_EQ(d.code, 0) << d.err;
    EXPECT_NE(d.out.find("\"basis\":\"figure\""), std::string::npos) << d.out;
}

// Two articles of one day about shootings in New York and in New Jersey are two events: their
// tolls do not dispute (the word "new" had been a place they shared).
TEST(Disputes, PlacesThatShareOnlyAGenericWordAreTwoEvents) {
    const std::string db = testing::ingest_articles(
        {{"a.txt", "date: 2026-03-01\n\nPolice said 4 people were killed in a shooting in New York.\n"},
         {"b.txt", "date: 2026-03-01\n\nThe mayor said 5 people were killed in a shooting in New Jersey.\n"}});
    const auto d = run_cli({"disputes", "--db", db, "--format", "json"});
    ASSERT_EQ(d.code, 0) << d.err;
    EXPECT_EQ(d.out, "");
    // the same city, the same day: a dispute
    const std::string same = testing::ingest_articles(
        {{"a.txt", "date: 2026-03-01\n\nPolice said 4 people were killed in a shooting in New York.\n"},
         {"b.txt", "date: 2026-03-01\n\nThe mayor said 5 people were killed in a shooting in New York.\n"}});
    const auto s = run_cli({"disputes", "--db", same, "--format", "json"});
    ASSERT_EQ(s.code, 0) << s.err;
    EXPECT_NE(s.out.find("\"basis\":\"figure\""), std::string::npos) << s.out;
}

// A denial answers a claim of its event that shares half its content words, two at least:
// "denied that the port was closed" answers "the port was closed", not "the port ferry
// would run on Monday" (one word in common had been enough).
TEST(Disputes, ADenialAnswersAClaimItSharesItsWordsWith) {
    const auto denials = [](const std::string& claim) {
        const std::string db =
            testing::ingest_articles({{"a.txt", "date: 2026-03-01\n\nIn Dunmore, " + claim +
                                                    "\n\nThe harbour office denied that the port was closed.\n"}});
        const auto d = run_cli({"disputes", "--db", db, "--format", "json"});
        EXPECT_EQ(d.code, 0) << d.err;
        return d.out.find("\"basis\":\"denial\"") != std::string::npos;
    };
    EXPECT_FALSE(denials("the ferry company said the port ferry would run on Monday."));
    EXPECT_TRUE(denials("the harbour master said the port was closed."));
}

// The words a denial shares with a claim name something: "Mr." and a possessive's "s" are in
// every story about two people of one title ("denied Mr. Dunn's account" had answered
// "praised Mr. Orr's advice", two words of four in common).
TEST(Disputes, ATitleAndAPossessiveAreNoWordsInCommon) {
    const auto denials = [](const std::string& denial) {
        const std::string db = testing::ingest_articles(
            {{"a.txt",
              "date: 2026-03-01\n\nIn Dunmore, the ferry company praised Mr. Orr's advice.\n\n" + denial + "\n"}});
        const auto d = run_cli({"disputes", "--db", db, "--format", "json"});
        EXPECT_EQ(d.code, 0) << d.err;
        return d.out.find("\"basis\":\"denial\"") != std::string::npos;
    };
    EXPECT_FALSE(denials("The harbour office denied Mr. Dunn's account of the closure."));
    EXPECT_TRUE(denials("The harbour office denied Mr. Orr's advice."));
    EXPECT_EQ(resolve::content_words("mr orr s advice"), (std::set<std::string>{"advice", "orr"}));
}

// "Reject" and "dismiss" deny a claim before "that" or a claim's noun, not before a person or an
// offer: "dismissed Mayor Vale as a careerist" answers no claim about Mayor Vale.
TEST(Disputes, DismissingAPersonOrAnOfferAnswersNoClaim) {
    const auto denials = [](const std::string& denial) {
        const std::string db = testing::ingest_articles(
            {{"a.txt", "date: 2026-03-01\n\nIn Dunmore, Mayor Ana Vale said the port ferry would run on Monday.\n\n" +
                           denial + "\n"}});
        const auto d = run_cli({"disputes", "--db", db, "--format", "json"});
        EXPECT_EQ(d.code, 0) << d.err;
        return d.out.find("\"basis\":\"denial\"") != std::string::npos;
    };
    EXPECT_FALSE(denials("The union dismissed Mayor Ana Vale as a careerist who runs the port ferry."));
    EXPECT_FALSE(denials("The union rejected Mayor Ana Vale's offer to run the port ferry on Monday."));
    EXPECT_TRUE(denials("The union dismissed claims that the port ferry would run on Monday."));
    EXPECT_TRUE(denials("The union denied that the port ferry would run on Monday."));
}

}  // namespace claimgraph
