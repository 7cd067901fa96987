// A speaker's mentions in memory (store/mention_cache.h, Store::statements_by_source): the
// answers inside a batch are SQLite's, whatever the documents merge, whatever fails and
// whoever else writes.
#include <filesystem>

#include <gtest/gtest.h>
#include <fmt/format.h>

#include "store/mention_cache.h"
#include "store/store.h"
#include "test_support.h"

namespace claimgraph {

namespace {

using Row = store::MentionCache::Row;

Row row(const std::string& claim, std::optional<std::string> date, const std::string& document = "d") {
    Row r;
    r.claim = claim;
    r.original = claim;
    r.document = document;
    r.match_key = "words of " + claim;
    r.date = std::move(date);
    return r;
}

// A source's every row, as a slice.
store::MentionCache::Slice whole(std::vector<Row> rows) {
    store::MentionCache::Slice s;
    s.rows = std::move(rows);
    return s;
}

// Each answer as one line: what the resolver compares, in the order given.
std::vector<std::string> lines(const std::vector<KnownStatement>& ks) {
    std::vector<std::string> out;
    for (const KnownStatement& k : ks) {
        std::string figures;
        for (const Figure& f : k.figures) figures += fmt::format("{}={} ", f.measure, f.value);
        out.push_back(fmt::format("{} {} {} [{}] {} {} {}", k.id, k.match_key, k.date.value_or("-"), k.places,
                                  k.source_id, figures, k.pinned));
    }
    return out;
}

// Document n: `who` says each of `claims` (a claim id and a date, "" for none), each
// mention its own row (original id claim@n), with a figure when the claim's number is odd.
DocumentDelta said(int n, const std::string& who, const std::vector<std::pair<std::string, std::string>>& claims) {
    DocumentDelta d;
    d.document.path = fmt::format("said{}.txt", n);
    d.document.text = fmt::format("Document number {} of {}.", n, who);
    const std::string doc = d.document.id();
    d.sources.push_back({who, "Source " + who, SourceType::person, "", {}});
    for (const auto& [claim, date] : claims) {
        StatementRecord s;
        s.id = claim;
        s.text = "Words of " + claim;
        s.match_key = "words of " + claim;
        s.places = claim.back() % 3 == 0 ? "" : "townsville";
        if (!date.empty()) s.date = date;
        if (claim.back() % 2 == 1) {
            Figure f;
            f.measure = "killed";
            f.value = claim.back() - '0';
            f.text = "killed";
            s.figures.push_back(f);
        }
        d.statements.push_back(s);
        d.edges.emplace_back(doc, claim, Relation::reports);
        d.edges.emplace_back(claim, who, Relation::attributes);
        d.variants.push_back({claim, fmt::format("{}@{}", claim, n), doc, s.match_key, s.date, s.places, s.figures});
    }
    return d;
}

// The n-th document of the sequence both stores take: two speakers, claims repeated over
// twenty days, some undated.
DocumentDelta nth(int n) {
    std::vector<std::pair<std::string, std::string>> claims;
    const std::string who = n % 3 == 0 ? "b" : "a";
    for (int k = 0; k < 3; ++k) {
        const int c = (n + k * 5) % 9;
        claims.emplace_back(fmt::format("{}{}", who, c),
                            (n + k) % 5 == 0 ? "" : fmt::format("2020-01-{:02}T10:00", 1 + (n * 7 + k) % 20));
    }
    return said(n, who, claims);
}

const std::vector<resolve::DateWindow> kWindows = {{"", "", ""},
                                                   {"2020-01-03", "2020-01-11", "2020-01-07"},
                                                   {"2020-01-01", "2020-02-01", "2020-01-10T10:00"},
                                                   {"2020-01-15", "2020-01-16", ""},
                                                   {"2020-03-01", "2020-03-08", "2020-03-04"}};

// Documents [from, to) of the sequence, into both stores.
void add_both(store::Store& a, store::Store& b, int from, int to) {
    for (int n = from; n < to; ++n) {
        a.add(nth(n));
        b.add(nth(n));
    }
}

void expect_same(const store::Store& batched, const store::Store& alone, int n,
                 const std::vector<resolve::DateWindow>& windows = kWindows) {
    for (const char* who : {"a", "b", "nobody"})
        for (const resolve::DateWindow& w : windows)
            ASSERT_EQ(lines(batched.statements_by_source(who, w)), lines(alone.statements_by_source(who, w)))
                << "after document " << n << ", source " << who << ", window " << w.from << ".." << w.to;
}

}  // namespace

TEST(MentionCache, AWindowTakesTheNearestOnEachSideOfItsCenterThenTheUndated) {
    std::vector<Row> rows;
    for (int day = 1; day <= 9; ++day) rows.push_back(row(fmt::format("c{}", day), fmt::format("2020-01-0{}", day)));
    rows.push_back(row("u2", std::nullopt));
    rows.push_back(row("u1", std::nullopt));
    rows.push_back(row("u3", std::nullopt));
    store::MentionCache cache;
    cache.hold("s", whole(rows));
    const auto* held = cache.find("s");
    ASSERT_NE(held, nullptr);
    std::vector<std::string> ids;
    for (const KnownStatement& k : store::MentionCache::window(*held, "s", "2020-01-02", "2020-01-05", "2020-01-08", 2))
        ids.push_back(k.id);
    // [center, to) ascending, [from, center) descending, then the undated by claim: two of each
    EXPECT_EQ(ids, (std::vector<std::string>{"c5", "c6", "c4", "c3", "u1", "u2"}));
    ids.clear();
    for (const KnownStatement& k : store::MentionCache::window(*held, "s", "", "", "", 4)) ids.push_back(k.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"u1", "u2", "u3", "c1"}));  // no window: undated first
    EXPECT_EQ(store::MentionCache::window(*held, "s", "2020-02-01", "2020-02-02", "2020-02-03", 9).size(), 3u);
}

TEST(MentionCache, AddedRowsTakeTheirPlaceAndABudgetDropsWholeSources) {
    store::MentionCache cache;
    cache.add("s", row("c1", "2020-01-01"));  // not held: nothing to join
    EXPECT_EQ(cache.find("s"), nullptr);
    cache.hold("s", whole({row("c2", "2020-01-02"), row("c4", "2020-01-04")}));
    cache.add("s", row("c3", "2020-01-03"));
    cache.add("s", row("c0", std::nullopt));
    std::vector<std::string> ids;
    for (const Row& r : *cache.find("s")) ids.push_back(r.claim);
    EXPECT_EQ(ids, (std::vector<std::string>{"c0", "c2", "c3", "c4"}));
    cache.hold("t", whole({row("c9", "2020-01-09")}));
    const std::size_t both = cache.bytes();
    cache.find("t");  // used last: s goes first
    cache.set_budget(both - 1);
    cache.hold("u", whole({row("c8", "2020-01-08")}));
    EXPECT_EQ(cache.find("s"), nullptr);
    EXPECT_NE(cache.find("u"), nullptr);
    EXPECT_LE(cache.bytes(), both - 1);
    cache.forget("u");
    cache.forget("t");
    EXPECT_EQ(cache.bytes(), 0u);
    std::vector<Row> many(store::MentionCache::kMostRows + 1, row("c", "2020-01-01"));
    cache.hold("big", whole(std::move(many)));
    EXPECT_EQ(cache.find("big"), nullptr);
    EXPECT_TRUE(cache.refused("big"));
    cache.forget("big");
    EXPECT_FALSE(cache.refused("big"));
}

TEST(MentionCache, ASliceAnswersOnlyTheWindowsItHoldsEveryRowOf) {
    store::MentionCache::Slice slice;
    for (int day = 5; day <= 9; ++day)
        slice.rows.push_back(row(fmt::format("c{}", day), fmt::format("2020-01-0{}", day)));
    slice.rows.push_back(row("u2", std::nullopt));
    slice.rows.push_back(row("u1", std::nullopt));
    slice.from = "2020-01-05";
    slice.to = "2020-01-10";
    slice.all_undated = false;  // u1 and u2 are the first undated rows, not all of them
    store::MentionCache cache;
    cache.hold("s", std::move(slice));
    EXPECT_NE(cache.find("s", "2020-01-06", "2020-01-07", "2020-01-09", 2), nullptr);
    // two rows before the 6th are asked for and the table may have more before the 5th
    EXPECT_EQ(cache.find("s", "2020-01-01", "2020-01-06", "2020-01-07", 2), nullptr);
    EXPECT_NE(cache.find("s", "2020-01-01", "2020-01-08", "2020-01-09", 2), nullptr);  // c7, c6 held
    EXPECT_EQ(cache.find("s", "2020-01-01", "2020-01-04", "2020-01-06", 2), nullptr);  // 4th..5th not held
    EXPECT_EQ(cache.find("s", "2020-01-08", "2020-01-09", "2020-02-01", 2), nullptr);  // c9 then past the 10th
    EXPECT_NE(cache.find("s", "2020-01-07", "2020-01-08", "2020-02-01", 2), nullptr);  // c8, c9
    EXPECT_EQ(cache.find("s", "2020-01-06", "2020-01-07", "2020-01-09", 3), nullptr);  // a third undated row
    EXPECT_NE(cache.find("s", "", "", "", 2), nullptr);  // the first two rows: u1, u2
    EXPECT_EQ(cache.find("s", "", "", "", 3), nullptr);
    // rows outside the slice stay out; an undated row before the last held joins
    cache.add("s", row("c3", "2020-01-03"));
    cache.add("s", row("c12", "2020-01-12"));
    cache.add("s", row("u3", std::nullopt));
    cache.add("s", row("u0", std::nullopt));
    cache.add("s", row("c6b", "2020-01-06"));
    std::vector<std::string> ids;
    for (const Row& r : *cache.find("s")) ids.push_back(r.claim);
    EXPECT_EQ(ids, (std::vector<std::string>{"u0", "u1", "u2", "c5", "c6", "c6b", "c7", "c8", "c9"}));
}

// A speaker of more mentions than are read whole (MentionCache::kWholeRows): slices around
// the dates asked for, read again when a window reaches past them, give SQLite's answers —
// dates out of order, many mentions a day, more undated ones than a slice holds.
TEST(StoreMentions, ASpeakerOfManyMentionsIsHeldInSlicesThatAnswerAsSQLiteDoes) {
    store::Store batched(":memory:", store::OpenMode::read_write);
    store::Store alone(":memory:", store::OpenMode::read_write);
    const std::vector<resolve::DateWindow> windows = {{"", "", ""},
                                                      {"2020-01-01", "2020-01-09", "2020-01-05"},
                                                      {"2020-02-01", "2020-02-15", "2020-02-08T10:00"},
                                                      {"2020-03-05", "2020-03-12", "2020-03-10"},
                                                      {"2019-12-01", "2020-04-01", "2020-02-20"},
                                                      {"2020-01-20", "2020-01-21", ""}};
    // more rows than are read whole, and more undated (a fifth) than a slice holds
    constexpr int kDocuments = 80, kEach = 60;
    static_assert(kDocuments * kEach > 2 * store::MentionCache::kWholeRows);
    static_assert(kDocuments * kEach / 5 > 2 * store::Store::kCandidates);
    batched.begin_batch();
    for (int n = 0; n < kDocuments; ++n) {
        std::vector<std::pair<std::string, std::string>> claims;
        for (int k = 0; k < kEach; ++k) {
            const int day = (n * 37 + k * 11) % 71;  // 71 days from 2020-01-01, out of order
            const bool dated = (n + k) % 5 != 0;
            claims.emplace_back(fmt::format("a{}", (n * kEach + k) % 1700),
                                dated ? fmt::format("2020-{:02}-{:02}T10:00", 1 + day / 28, 1 + day % 28) : "");
        }
        const DocumentDelta d = said(n, "a", claims);
        ASSERT_TRUE(batched.add(d).added && alone.add(d).added) << n;
        if (n % 4 != 3 && static_cast<std::size_t>((n + 1) * kEach) <= store::MentionCache::kWholeRows) continue;
        ASSERT_NO_FATAL_FAILURE(expect_same(batched, alone, n, windows));
    }
    batched.commit_batch();
}

TEST(StoreMentions, AnswersFromMemoryAsSQLiteDoes) {
    store::Store batched(":memory:", store::OpenMode::read_write);
    store::Store alone(":memory:", store::OpenMode::read_write);
    for (int n = 0; n < 40; ++n) {
        if (n % 4 == 0) batched.begin_batch();
        DocumentDelta d = nth(n);
        if (n == 21) d.statement_merges.push_back({"a5", "a7", "near"});  // a claim joins another
        if (n == 33) d.merges.push_back({"b", "a", "named so"});  // a speaker joins another
        const store::AddResult x = batched.add(d);
        const store::AddResult y = alone.add(d);
        ASSERT_TRUE(x.added && y.added) << n;
        ASSERT_NO_FATAL_FAILURE(expect_same(batched, alone, n));
        if (n % 4 == 3) batched.commit_batch();
    }
    batched.begin_batch();
    EXPECT_GT(batched.mentions_in_memory(), 0u);
    ASSERT_NO_FATAL_FAILURE(expect_same(batched, alone, 40));
    batched.commit_batch();
}

TEST(StoreMentions, AFailedDocumentLeavesNothingInMemory) {
    store::Store db(":memory:", store::OpenMode::read_write);
    store::Store alone(":memory:", store::OpenMode::read_write);
    db.begin_batch();
    add_both(db, alone, 0, 6);
    ASSERT_NO_FATAL_FAILURE(expect_same(db, alone, 5));
    ASSERT_GT(db.mentions_in_memory(), 0u);
    // new claims of a speaker held: their rows join it in memory, then the rollback takes them back
    DocumentDelta bad = said(99, "a", {{"n1", "2020-01-07T09:00"}, {"n2", "2020-01-08T09:00"}});
    bad.edges.emplace_back("nowhere", "nothing", Relation::reports);
    EXPECT_THROW(db.add(bad), store::DocumentNotStored);
    ASSERT_NO_FATAL_FAILURE(expect_same(db, alone, 99));
    db.add(nth(6));
    alone.add(nth(6));
    ASSERT_NO_FATAL_FAILURE(expect_same(db, alone, 6));
    db.commit_batch();
}

// Another connection, or this store outside a batch, wrote since the last batch: the
// mentions held are read again.
TEST(StoreMentions, WritesOutsideTheBatchesAreSeenAtTheNextBatch) {
    const std::string path = testing::temp_dir() + "/mentions-two-writers.db";
    std::filesystem::remove(path);
    store::Store first(path, store::OpenMode::read_write);
    store::Store alone(":memory:", store::OpenMode::read_write);
    first.begin_batch();
    add_both(first, alone, 0, 5);
    ASSERT_NO_FATAL_FAILURE(expect_same(first, alone, 4));
    first.commit_batch();
    {
        store::Store second(path, store::OpenMode::read_write);
        second.add(nth(5));
    }
    alone.add(nth(5));
    first.begin_batch();
    ASSERT_NO_FATAL_FAILURE(expect_same(first, alone, 5));
    first.commit_batch();
    first.add(nth(6));  // this store, outside a batch
    alone.add(nth(6));
    first.begin_batch();
    ASSERT_NO_FATAL_FAILURE(expect_same(first, alone, 6));
    first.commit_batch();
}

}  // namespace claimgraph
