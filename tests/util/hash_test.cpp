#include <gtest/gtest.h>

#include "model/attribution.h"
#include "util/hash.h"
#include "util/text.h"

#include <random>
#include <string>
#include <vector>

namespace claimgraph {

TEST(Hash, StableIdsDependOnlyOnTheParts) {
    EXPECT_EQ(stable_id({"a", "b"}), stable_id({"a", "b"}));
    EXPECT_NE(stable_id({"ab", "c"}), stable_id({"a", "bc"}));
    EXPECT_EQ(stable_id({"x"}).size(), 16u);
    // pinned: ids are part of users' scripts and graph files and must not drift
    EXPECT_EQ(stable_id({"source", "maria zakharova"}), source_id("Maria  Zakharova"));
}

TEST(Hash, ContentHashesArePinned) {
    // document ids stand on these: stored databases would no longer match their own articles
    EXPECT_EQ(content_hash("Mayor Anna Berg said the bridge was hit."), "a314cdf26f42d8faa6123a0c0db0f5bd");
    EXPECT_EQ(content_hash(""), "f52a15e9a9b5e89bfe5361af3ba51714");
    EXPECT_NE(content_hash("a"), content_hash("b"));
}

TEST(Hash, SourceIdsIgnoreCaseAndApostropheStyle) {
    EXPECT_EQ(source_id("Russia\xE2\x80\x99s Defense Ministry"), source_id("russia's defense ministry"));
    EXPECT_NE(source_id("Defense Ministry"), source_id("Foreign Ministry"));
}

TEST(Hash, TheSameClaimByTheSameSpeakerHasOneId) {
    Attribution a;
    a.content_text = "21 people were killed";
    a.source = SourceMention{};
    a.source->name = "Vyacheslav Gladkov";
    Attribution b = a;
    b.content = {{100, 120}};
    EXPECT_EQ(statement_id(a), statement_id(b));
    b.source->name = "Local officials";
    EXPECT_NE(statement_id(a), statement_id(b));
}

// A statement's id is stable_id of its speaker's and its content's name keys; it hashes the
// keys as it makes them, and must give the id the keys themselves give (stored databases
// and users' scripts hold these ids).
TEST(Hash, AStatementIdIsThatOfItsNameKeys) {
    EXPECT_EQ(stable_id({"statement", "anna berg", "the bridge was hit"}), [] {
        Attribution a;
        a.content_text = "The  bridge\nwas HIT ";
        a.source = SourceMention{};
        a.source->name = " Anna Berg";
        return statement_id(a);
    }());
    const std::vector<std::string> pieces = {"Berg",     "KYIV",          "said",         " ",         "  ",
                                             "\n\t",     "\xE2\x80\x99s", "\xE2\x80\x98", "\xCA\xBC",  "\xFF",
                                             "\xC3\x89", "\u00A0",        "O'Neil",       "ZAKHAROVA", "."};
    std::mt19937 rng(5);
    for (int round = 0; round < 500; ++round) {
        const auto random_text = [&] {
            std::string t;
            for (std::size_t n = rng() % 8; n > 0; --n) t += pieces[rng() % pieces.size()];
            return t;
        };
        Attribution a;
        a.content_text = random_text();
        std::string speaker;
        if (rng() % 4) {
            a.source = SourceMention{};
            a.source->name = random_text();
            speaker = text::name_key(a.source->name);
        }
        EXPECT_EQ(statement_id(a), stable_id({"statement", speaker, text::name_key(a.content_text)})) << a.content_text;
    }
}

}  // namespace claimgraph
