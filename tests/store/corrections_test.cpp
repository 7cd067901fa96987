// The corrections a person makes, on the store itself (below the command line): merge and
// split sources, confirm and reject a claim match, a curated dispute.
#include <algorithm>

#include <gtest/gtest.h>

#include "resolve/graph_builder.h"
#include "resolve/names.h"
#include "store/store.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

namespace {

// Two outlets carry the governor's words; the union's spokesman gives another toll.
std::string harbour_db() {
    return testing::ingest_articles({{"a.txt",
                                      "outlet: Harbour Gazette\ndate: 2026-03-12\n\n"
                                      "Governor Jane Doe said that the bridge over the Alden river was safe.\n\n"
                                      "Union spokesman Tom Reed said that the bridge had cracked in two places.\n"},
                                     {"b.txt",
                                      "outlet: Coast Daily\ndate: 2026-03-12\n\n"
                                      "Governor Jane Doe said that the bridge over the Alden river was safe.\n"}});
}

const SourceRow* named(const std::vector<SourceRow>& sources, const std::string& name) {
    auto it = std::find_if(sources.begin(), sources.end(), [&](const SourceRow& s) { return s.name == name; });
    return it == sources.end() ? nullptr : &*it;
}

const ClaimRow* saying(const std::vector<ClaimRow>& claims, const std::string& words) {
    auto it = std::find_if(claims.begin(), claims.end(),
                           [&](const ClaimRow& c) { return c.text.find(words) != std::string::npos; });
    return it == claims.end() ? nullptr : &*it;
}

}  // namespace

TEST(Corrections, MergedSourcesAreOneAndASplitAliasIsItsOwnAgain) {
    store::Store db(harbour_db(), store::OpenMode::read_write);
    const auto before = db.sources();
    const SourceRow* doe = named(before, "Jane Doe");
    const SourceRow* reed = named(before, "Tom Reed");
    ASSERT_TRUE(doe && reed);
    const std::string doe_id = doe->id, reed_id = reed->id;
    db.merge_sources(doe_id, reed_id);
    const auto merged = db.sources();
    EXPECT_EQ(named(merged, "Tom Reed"), nullptr);
    ASSERT_NE(named(merged, "Jane Doe"), nullptr);
    const auto& aliases = named(merged, "Jane Doe")->aliases;
    EXPECT_NE(std::find(aliases.begin(), aliases.end(), "Tom Reed"), aliases.end());
    const auto after_merge = db.claims({});
    const ClaimRow* cracked = saying(after_merge, "cracked");
    ASSERT_NE(cracked, nullptr);
    EXPECT_EQ(cracked->source_id, doe_id);

    // the mentions written so ("Union spokesman Tom Reed") leave for a source of their own
    const std::string alias = "Union spokesman Tom Reed";
    EXPECT_THROW(db.split_source(doe_id, "T. Reed", resolve::source_key("T. Reed")), Error);  // no mention so written
    const std::string fresh = db.split_source(doe_id, alias, resolve::source_key(alias));
    EXPECT_NE(fresh, doe_id);
    const auto after_split_sources = db.sources();
    const SourceRow* back = named(after_split_sources, alias);
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->id, fresh);
    const auto after_split = db.claims({});
    ASSERT_TRUE(saying(after_split, "cracked") && saying(after_split, "was safe"));
    EXPECT_EQ(saying(after_split, "cracked")->source_id, fresh);
    EXPECT_EQ(saying(after_split, "was safe")->source_id, doe_id);
}

TEST(Corrections, AConfirmedMatchIsMarkedAndARejectedOneBecomesAClaimOfItsOwn) {
    store::Store db(harbour_db(), store::OpenMode::read_write);
    const auto ingested = db.claims({});
    const ClaimRow* safe = saying(ingested, "was safe");
    ASSERT_NE(safe, nullptr);
    ASSERT_EQ(safe->documents.size(), 2u);  // both outlets carry it
    const std::string claim = safe->id, second = safe->documents[1].id;
    db.confirm_match(claim, second);
    const auto after_confirm = db.claims({});
    const ClaimRow* confirmed = saying(after_confirm, "was safe");
    ASSERT_TRUE(confirmed);
    ASSERT_EQ(confirmed->documents.size(), 2u);
    EXPECT_TRUE(confirmed->documents[1].confirmed);
    EXPECT_FALSE(confirmed->documents[0].confirmed);

    const std::string words = db.mention_text(claim, second);
    EXPECT_NE(words.find("was safe"), std::string::npos);
    const std::string own = db.reject_match(claim, second, resolve::match_key(words));
    EXPECT_NE(own, claim);
    const auto claims = db.claims({});
    const auto carried_by = [&](const std::string& id) {
        for (const ClaimRow& c : claims)
            if (c.id == id) return c.documents.size();
        return std::size_t{0};
    };
    EXPECT_EQ(carried_by(claim), 1u);
    EXPECT_EQ(carried_by(own), 1u);
    // a match nobody made cannot be confirmed
    EXPECT_THROW(db.confirm_match(claim, second), Error);
}

TEST(Corrections, RejectingTheFirstMentionMakesTheNextOneFirst) {
    store::Store db(harbour_db(), store::OpenMode::read_write);
    const auto ingested = db.claims({});
    const ClaimRow* safe = saying(ingested, "was safe");
    ASSERT_NE(safe, nullptr);
    ASSERT_EQ(safe->documents.size(), 2u);
    EXPECT_EQ(safe->documents[0].match, "");  // the first mention
    EXPECT_EQ(safe->documents[1].match, "exact");
    const std::string claim = safe->id, first = safe->documents[0].id, second = safe->documents[1].id;
    const std::string own = db.reject_match(claim, first, resolve::match_key(db.mention_text(claim, first)));
    const auto claims = db.claims({});
    for (const ClaimRow& c : claims) {
        if (c.id != claim && c.id != own) continue;
        ASSERT_EQ(c.documents.size(), 1u);
        EXPECT_EQ(c.documents[0].id, c.id == claim ? second : first);
        EXPECT_EQ(c.documents[0].match, "") << "each claim's only document is its first mention";
    }
}

TEST(Corrections, AClaimThatLosesItsEarliestMentionTakesTheDateOfTheNext) {
    store::Store db(
        testing::ingest_articles({{"a.txt",
                                   "outlet: Harbour Gazette\ndate: 2026-03-10\n\n"
                                   "Governor Jane Doe said that the bridge over the Alden river was safe.\n"},
                                  {"b.txt",
                                   "outlet: Coast Daily\ndate: 2026-03-12\n\n"
                                   "Governor Jane Doe said that the bridge over the Alden river was safe.\n"}}),
        store::OpenMode::read_write);
    const auto ingested = db.claims({});
    ASSERT_EQ(ingested.size(), 1u);
    ASSERT_EQ(ingested[0].documents.size(), 2u);
    const std::string claim = ingested[0].id, first = ingested[0].documents[0].id;
    ClaimFilter later;
    later.since = "2026-03-11";
    EXPECT_TRUE(db.claims(later).empty()) << "the claim is dated by its first mention, on the 10th";
    const std::string own = db.reject_match(claim, first, resolve::match_key(db.mention_text(claim, first)));
    const auto left = db.claims(later);
    ASSERT_EQ(left.size(), 1u) << "the claim left is dated by the mention it keeps, on the 12th";
    EXPECT_EQ(left[0].id, claim);
    ClaimFilter earlier;
    earlier.until = "2026-03-10";
    const auto split = db.claims(earlier);
    ASSERT_EQ(split.size(), 1u);
    EXPECT_EQ(split[0].id, own);
}

TEST(Corrections, ACuratedDisputeIsListedAsConfirmed) {
    store::Store db(harbour_db(), store::OpenMode::read_write);
    const auto claims = db.claims({});
    const ClaimRow* safe = saying(claims, "was safe");
    const ClaimRow* cracked = saying(claims, "cracked");
    ASSERT_TRUE(safe && cracked);
    EXPECT_TRUE(db.disputes().empty());
    db.add_dispute(cracked->id, safe->id, "the union's engineers saw the cracks");
    const auto disputes = db.disputes();
    ASSERT_EQ(disputes.size(), 1u);
    EXPECT_EQ(disputes[0].from.id, cracked->id);
    EXPECT_EQ(disputes[0].to.id, safe->id);
    EXPECT_TRUE(disputes[0].confirmed);
}

}  // namespace claimgraph
