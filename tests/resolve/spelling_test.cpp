// One person under the spellings outlets give her name (transliterations, a letter
// mistyped), across articles ingested in either order; people whose names differ in more
// stay apart.
#include <algorithm>
#include <map>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "resolve/names.h"
#include "resolve/surnames.h"
#include "test_support.h"

namespace claimgraph {

using testing::run_cli;

namespace {

std::vector<std::string> keys_of(const std::string& name) {
    SourceRecord r;
    r.name = name;
    r.type = SourceType::person;
    return resolve::spelling_keys(r, resolve::key_words(resolve::source_key(name)));
}

bool share_a_key(const std::string& a, const std::string& b) {
    const auto ka = keys_of(a), kb = keys_of(b);
    return std::any_of(ka.begin(), ka.end(), [&](const std::string& k) { return std::count(kb.begin(), kb.end(), k); });
}

// The `sources --format json` lines after the articles (file name → text) are ingested in
// the order of their file names.
std::vector<nlohmann::json> sources_after(const std::map<std::string, std::string>& articles) {
    const std::string db = testing::ingest_articles(articles);
    std::vector<nlohmann::json> out;
    const std::string listing = run_cli({"sources", "--db", db, "--format", "json"}).out;
    for (std::size_t i = 0, e; i < listing.size(); i = e + 1) {
        e = listing.find('\n', i);
        out.push_back(nlohmann::json::parse(listing.substr(i, e - i)));
    }
    return out;
}

std::vector<nlohmann::json> people(const std::vector<nlohmann::json>& sources) {
    std::vector<nlohmann::json> out;
    for (const auto& s : sources)
        if (s["type"] == "person") out.push_back(s);
    return out;
}

constexpr const char* kGulf =
    "outlet: Gulf Courier\ndate: 2026-04-02\n\n"
    "Qeshm Governor Heydar Alishbandi said that the fire at the port was under control.\n";
constexpr const char* kIsland =
    "outlet: Island Wire\ndate: 2026-04-02\n\n"
    "Heidar Alishvandi, the island's governor, said that two dock workers were injured.\n";

}  // namespace

TEST(Spelling, TransliterationsAndOneMistypedLetterShareAKey) {
    EXPECT_TRUE(share_a_key("Volodymyr Zelensky", "Volodymyr Zelenskiy"));
    EXPECT_TRUE(share_a_key("Volodymyr Zelenskyy", "Volodymyr Zelenskiy"));
    EXPECT_TRUE(share_a_key("Massoud Dalman", "Masoud Dalman"));
    EXPECT_TRUE(share_a_key("Heydar Alishbandi", "Heidar Alishvandi"));  // y/i, then b/v
    EXPECT_TRUE(share_a_key("Peter Johnsen", "Peter Johnson"));
    EXPECT_TRUE(share_a_key("John Owen", "Jon Owen"));
    EXPECT_TRUE(share_a_key("Sarah Mendez", "Sara Mendez"));
}

TEST(Spelling, OtherGivenNamesFirstLettersAndShortSurnamesKeepPeopleApart) {
    EXPECT_FALSE(share_a_key("Mark Johnson", "Mary Johnson"));  // another given name
    EXPECT_FALSE(share_a_key("Ahmed Karimi", "Ahmad Karimi"));
    EXPECT_FALSE(share_a_key("John Carson", "John Larson"));    // another first letter
    EXPECT_FALSE(share_a_key("Ann Heller", "Ann Hiller"));      // a short surname: one letter is another name
    EXPECT_FALSE(share_a_key("Peter Robertson", "Peter Robinson"));  // letters more than one
    EXPECT_TRUE(keys_of("J. Smith").empty());
    EXPECT_TRUE(keys_of("Smith").empty());
    SourceRecord body;
    body.name = "Qeshm Governorate";
    body.type = SourceType::organization;
    EXPECT_TRUE(resolve::spelling_keys(body, resolve::key_words(resolve::source_key(body.name))).empty());
}

TEST(Spelling, TwoOutletsSpellingsOfOneGovernorAreOneSourceInEitherOrder) {
    const auto first = sources_after({{"a.txt", kGulf}, {"b.txt", kIsland}});
    const auto second = sources_after({{"a.txt", kIsland}, {"b.txt", kGulf}});
    const auto p1 = people(first), p2 = people(second);
    ASSERT_EQ(p1.size(), 1u) << nlohmann::json(first).dump();
    ASSERT_EQ(p2.size(), 1u) << nlohmann::json(second).dump();
    EXPECT_EQ(p1[0]["statements"], 2);
    // the same source whichever outlet came first: id, name and role
    EXPECT_EQ(p1[0]["id"], p2[0]["id"]);
    EXPECT_EQ(p1[0]["name"], p2[0]["name"]);
    EXPECT_EQ(p1[0]["role"], p2[0]["role"]);
    const auto aliases = p1[0]["aliases"].dump();
    EXPECT_NE(aliases.find("Alish"), std::string::npos) << aliases;
}

TEST(Spelling, PeopleWhoseNamesDifferInMoreThanSpellingStayApart) {
    const auto s = sources_after({{"a.txt",
                                   "outlet: Gulf Courier\ndate: 2026-04-02\n\n"
                                   "Port engineer Mark Johnson said that the crane had failed.\n"},
                                  {"b.txt",
                                   "outlet: Island Wire\ndate: 2026-04-02\n\n"
                                   "Mary Johnson, a nurse at the clinic, said that two workers were treated.\n"}});
    EXPECT_EQ(people(s).size(), 2u) << nlohmann::json(s).dump();
}

}  // namespace claimgraph
