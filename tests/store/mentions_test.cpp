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

void expect_same(const store::Store& batched, const store::Store& alone, int n) {
    for (const char* who : {"a", "b", "nobody"})
        for (const resolve::DateWindow& w : kWindows)
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
    cache.hold("s", rows);
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
    cache.hold("s", {row("c2", "2020-01-02"), row("c4", "2020-01-04")});
    cache.add("s", row("c3", "2020-01-03"));
    cache.add("s", row("c0", std::nullopt));
    std::vector<std::string> ids;
    for (const Row& r : *cache.find("s")) ids.push_back(r.claim);
    EXPECT_EQ(ids, (std::vector<std::string>{"c0", "c2", "c3", "c4"}));
    cache.hold("t", {row("c9", "2020-01-09")});
    const std::size_t both = cache.bytes();
    cache.find("t");  // used last: s goes first
    cache.set_budget(both - 1);
    cache.hold("u", {row("c8", "2020-01-08")});
    EXPECT_EQ(cache.find("s"), nullptr);
    EXPECT_NE(cache.find("u"), nullptr);
    EXPECT_LE(cache.bytes(), both - 1);
    cache.forget("u");
    cache.forget("t");
    EXPECT_EQ(cache.bytes(), 0u);
    std::vector<Row> many(store::MentionCache::kMostRows + 1, row("c", "2020-01-01"));
    cache.hold("big", std::move(many));
    EXPECT_EQ(cache.find("big"), nullptr);
    EXPECT_TRUE(cache.refused("big"));
    cache.forget("big");
    EXPECT_FALSE(cache.refused("big"));
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
