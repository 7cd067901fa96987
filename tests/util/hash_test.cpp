#include <gtest/gtest.h>

#include "model/attribution.h"
#include "util/hash.h"

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

}  // namespace claimgraph
