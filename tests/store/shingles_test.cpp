// Copy detection's shingle index (store/shingle_index.h, store/shingles.cpp): the answers
// from memory are SQLite's, whatever fails and whoever else writes.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "store/shingle_index.h"
#include "store/store.h"
#include "test_support.h"

namespace claimgraph {

namespace {

using Sharing = std::vector<std::pair<std::string, std::size_t>>;

// A document of no statements whose copy is these hashes.
DocumentDelta with_shingles(int n, std::vector<std::int64_t> hashes) {
    DocumentDelta d;
    d.document.path = "doc" + std::to_string(n) + ".txt";
    d.document.text = "Document number " + std::to_string(n) + ".";
    d.shingles = std::move(hashes);
    return d;
}

// Document n holds hash 7 (every one: boilerplate past 50), 1000 + n % 5 (a tenth share
// each), 2000 + n / 3 (runs of three) and 3000 + n (its own).
DocumentDelta numbered(int n) { return with_shingles(n, {7, 1000 + n % 5, 2000 + n / 3, 3000 + n}); }

const std::vector<std::vector<std::int64_t>> kQuestions = {
    {7}, {1000, 1001}, {2000, 2005, 3000}, {7, 1003, 2010, 3030}, {4000}, {3001, 3002, 3003}};

}  // namespace

TEST(ShingleIndex, CountsHoldersIgnoresPairsHeldAndLeavesBoilerplateOut) {
    store::ShingleIndex index;
    index.insert(5, "b");
    index.insert(5, "a");
    index.insert(5, "a");  // held already
    index.insert(9, "a");
    for (int i = 0; i < 4; ++i) index.insert(11, "d" + std::to_string(i));
    EXPECT_EQ(index.rows(), 7u);
    EXPECT_EQ(index.holders(5), 2u);
    EXPECT_EQ(index.holders(11), 4u);
    EXPECT_EQ(index.holders(12), 0u);
    EXPECT_EQ(index.sharing({5, 9}, 3), (Sharing{{"a", 2}, {"b", 1}}));
    EXPECT_EQ(index.sharing({5, 11}, 3), (Sharing{{"a", 1}, {"b", 1}}));  // 11: four holders, past 3
    EXPECT_EQ(index.sharing({11}, 4).size(), 4u);
    EXPECT_TRUE(store::ShingleIndex().sharing({5}, 3).empty());
}

// A hash's count is kept in a byte that stops at 255: past it the rows are walked, and a
// hash that many hold is still boilerplate for a smaller limit and still listed for a larger.
TEST(ShingleIndex, CountsPastWhatItsCountHolds) {
    store::ShingleIndex index;
    for (int i = 0; i < 300; ++i) index.insert(42, "d" + std::to_string(1000 + i));
    index.insert(43, "d1000");
    EXPECT_EQ(index.holders(42), 300u);
    EXPECT_EQ(index.holders(43), 1u);
    EXPECT_EQ(index.sharing({42, 43}, 50), (Sharing{{"d1000", 1}}));
    EXPECT_EQ(index.sharing({42, 43}, 299), (Sharing{{"d1000", 1}}));
    const Sharing all = index.sharing({42, 43}, 300);
    ASSERT_EQ(all.size(), 300u);
    EXPECT_EQ(all.front(), (std::pair<std::string, std::size_t>{"d1000", 2}));
    EXPECT_EQ(all.back(), (std::pair<std::string, std::size_t>{"d1299", 1}));
}

TEST(ShingleIndex, GrowsPastItsFirstTableAndFindsEveryHash) {
    store::ShingleIndex index;
    for (std::int64_t h = 0; h < 5000; ++h) index.insert(h * 1'000'003, "doc" + std::to_string(h % 7));
    for (std::int64_t h = 0; h < 5000; h += 499) EXPECT_EQ(index.holders(h * 1'000'003), 1u) << h;
    for (int i = 0; i < 3; ++i) index.insert(7 * 1'000'003, "more" + std::to_string(i));  // counts moved on growth
    EXPECT_EQ(index.holders(7 * 1'000'003), 4u);
    EXPECT_EQ(index.holders(1), 0u);
    EXPECT_GE(index.bytes(), 5000 * 16u);
    EXPECT_LE(index.bytes(), store::ShingleIndex::bytes_for(5000) + 5000u * 96);
}

// Batches of three, as ingest commits them (its index is read at the second batch), against
// a store that writes each document alone and asks SQLite every time: the same answers
// after every document, and the same rows in the table.
TEST(ShingleIndex, CountsTheBufferAGrowingTableAddsAndReservesAhead) {
    store::ShingleIndex index;
    index.reserve(5000);
    index.insert(0, "d");  // the document's own entry (its id, a node of the map)
    const std::size_t reserved = index.bytes();
    for (std::int64_t h = 1; h < 5000; ++h) index.insert(h * 7919, "d");
    EXPECT_EQ(index.bytes(), reserved);  // room was made: nothing grew
    EXPECT_EQ(index.peak_bytes_after(0), index.bytes());
    // one more row doubles the rows and the slots: both new buffers beside the old
    EXPECT_GE(index.peak_bytes_after(1), index.bytes() + 2 * 5000 * 16u);
}

TEST(StoreShingles, AnswersFromMemoryAsSQLiteDoes) {
    store::Store batched(":memory:", store::OpenMode::read_write);
    store::Store alone(":memory:", store::OpenMode::read_write);
    bool used = false;
    for (int n = 0; n < 70; ++n) {
        if (n % 3 == 0) batched.begin_batch();
        const store::AddResult a = batched.add(numbered(n));
        const store::AddResult b = alone.add(numbered(n));
        ASSERT_TRUE(a.added && b.added);
        ASSERT_EQ(a.document_id, b.document_id);
        if (n % 3 == 2) batched.commit_batch();
        used = used || batched.shingles_in_memory();
        EXPECT_FALSE(alone.shingles_in_memory());
        for (const auto& q : kQuestions) ASSERT_EQ(batched.documents_sharing(q), alone.documents_sharing(q)) << n;
    }
    batched.commit_batch();
    EXPECT_TRUE(used);
    EXPECT_EQ(alone.documents_sharing({7}), Sharing{});  // 70 holders: boilerplate
    EXPECT_EQ(alone.documents_sharing({1000}).size(), 14u);
}

// The first batch into a new database answers from memory (reading an empty table costs
// nothing); into one whose table is past kQuickShingleRows, from SQLite until the second
// batch (a short ingest into a large archive reads no table it would barely ask).
TEST(StoreShingles, TheFirstBatchReadsOnlyASmallTable) {
    const std::string path = testing::temp_dir() + "/shingles-first-batch.db";
    std::filesystem::remove(path);
    {
        store::Store db(path, store::OpenMode::read_write);
        db.begin_batch();
        EXPECT_TRUE(db.shingles_in_memory());
        const std::string first = db.add(numbered(0)).document_id;
        const std::string second = db.add(numbered(1)).document_id;
        EXPECT_TRUE(db.shingles_in_memory());
        EXPECT_EQ(db.documents_sharing({1000, 1001, 3000}),
                  (first < second ? Sharing{{first, 2}, {second, 1}} : Sharing{{second, 1}, {first, 2}}));
        // rows enough to pass the quick size, in documents of 4,096 hashes each
        constexpr std::int64_t kPer = 4096;
        const auto docs = static_cast<int>(store::kQuickShingleRows / kPer + 1);
        for (int n = 0; n < docs; ++n) {
            std::vector<std::int64_t> hashes;
            for (std::int64_t h = 0; h < kPer; ++h) hashes.push_back(100'000 + n * kPer + h);
            ASSERT_TRUE(db.add(with_shingles(1000 + n, hashes)).added);
        }
        db.commit_batch();
    }
    store::Store again(path, store::OpenMode::read_write);
    again.begin_batch();
    EXPECT_FALSE(again.shingles_in_memory());
    EXPECT_EQ(again.documents_sharing({100'000, 100'001, 100'000 + 4096}).size(), 2u);  // from SQLite
    again.add(numbered(2));
    again.commit_batch();
    again.begin_batch();
    EXPECT_TRUE(again.shingles_in_memory());
    EXPECT_EQ(again.documents_sharing({100'000, 100'001, 100'000 + 4096}).size(), 2u);
    again.commit_batch();
}

TEST(StoreShingles, AFailedDocumentLeavesNothingInTheIndex) {
    store::Store db(":memory:", store::OpenMode::read_write);
    db.begin_batch();
    db.add(numbered(0));
    db.commit_batch();
    db.begin_batch();
    ASSERT_TRUE(db.shingles_in_memory());
    DocumentDelta bad = with_shingles(1, {1000, 5555});
    bad.edges.emplace_back("nowhere", "nothing", Relation::reports);
    EXPECT_THROW(db.add(bad), store::DocumentNotStored);
    EXPECT_TRUE(db.documents_sharing({5555}).empty());
    EXPECT_EQ(db.documents_sharing({1000}).size(), 1u);
    db.add(numbered(5));  // 1000 as well
    db.commit_batch();
    EXPECT_EQ(db.documents_sharing({1000}).size(), 2u);
}

TEST(StoreShingles, AnotherWriterIsSeenAtTheNextBatch) {
    const std::string path = testing::temp_dir() + "/shingles-two-writers.db";
    std::filesystem::remove(path);
    store::Store first(path, store::OpenMode::read_write);
    first.begin_batch();
    first.add(numbered(0));
    first.commit_batch();
    first.begin_batch();
    first.add(numbered(1));
    first.commit_batch();
    EXPECT_EQ(first.documents_sharing({3001}).size(), 1u);
    {
        store::Store second(path, store::OpenMode::read_write);
        second.add(with_shingles(99, {3001, 6000}));
    }
    first.begin_batch();
    EXPECT_EQ(first.documents_sharing({3001}).size(), 2u);
    EXPECT_EQ(first.documents_sharing({6000}).size(), 1u);
    first.commit_batch();
}

TEST(StoreShingles, OverTheBudgetSQLiteAnswers) {
    store::Store db(":memory:", store::OpenMode::read_write);
    db.set_memory_budget(0);
    for (int n = 0; n < 6; ++n) {
        db.begin_batch();
        db.add(numbered(n));
        db.commit_batch();
    }
    EXPECT_FALSE(db.shingles_in_memory());
    EXPECT_EQ(db.documents_sharing({1000, 1001}).size(), 3u);  // 0, 1 and 5
}

// An index that outgrows its budget is dropped at a commit (after the rows only it held are
// written); SQLite answers from then on, the same.
TEST(StoreShingles, AnIndexPastItsBudgetGivesWayToSQLite) {
    store::Store batched(":memory:", store::OpenMode::read_write);
    store::Store alone(":memory:", store::OpenMode::read_write);
    batched.set_memory_budget(2 * 60'000);  // half of it for the index: about 3,000 rows
    const auto wide = [](int n) {
        std::vector<std::int64_t> hashes = numbered(n).shingles;
        for (int k = 0; k < 200; ++k) hashes.push_back(100'000 + n * 1000 + k);
        std::sort(hashes.begin(), hashes.end());
        return with_shingles(n, hashes);
    };
    bool used = false;
    for (int n = 0; n < 40; ++n) {
        if (n % 3 == 0) batched.begin_batch();
        ASSERT_TRUE(batched.add(wide(n)).added);
        ASSERT_TRUE(alone.add(wide(n)).added);
        if (n % 3 == 2) batched.commit_batch();
        used = used || batched.shingles_in_memory();
        for (const auto& q : kQuestions) ASSERT_EQ(batched.documents_sharing(q), alone.documents_sharing(q)) << n;
        ASSERT_EQ(batched.documents_sharing({100'000 + n * 1000 + 5}).size(), 1u) << n;
    }
    batched.commit_batch();
    EXPECT_TRUE(used);
    EXPECT_FALSE(batched.shingles_in_memory());
}

// Within a batch, an index about to grow past its budget (its vectors double: old and new
// buffers at once) gives way before it grows, its rows written to the table first.
TEST(StoreShingles, AnIndexGivesWayBeforeItGrowsPastItsBudget) {
    store::Store batched(":memory:", store::OpenMode::read_write);
    store::Store alone(":memory:", store::OpenMode::read_write);
    batched.set_memory_budget(2 * 200'000);
    const auto wide = [](int n) {
        std::vector<std::int64_t> hashes = numbered(n).shingles;
        for (int k = 0; k < 300; ++k) hashes.push_back(100'000 + n * 1000 + k);
        std::sort(hashes.begin(), hashes.end());
        return with_shingles(n, hashes);
    };
    batched.begin_batch();
    for (int n = 0; n < 2; ++n) ASSERT_TRUE(batched.add(wide(n)).added);
    batched.commit_batch();
    batched.begin_batch();  // the index is read: about 600 rows
    ASSERT_TRUE(batched.shingles_in_memory());
    for (int n = 0; n < 2; ++n) ASSERT_TRUE(alone.add(wide(n)).added);
    int dropped_at = -1;
    for (int n = 2; n < 60 && dropped_at < 0; ++n) {
        ASSERT_TRUE(batched.add(wide(n)).added);
        ASSERT_TRUE(alone.add(wide(n)).added);
        if (!batched.shingles_in_memory()) dropped_at = n;
        for (const auto& q : kQuestions) ASSERT_EQ(batched.documents_sharing(q), alone.documents_sharing(q)) << n;
        ASSERT_EQ(batched.documents_sharing({100'000 + n * 1000 + 5}).size(), 1u) << n;
    }
    EXPECT_GT(dropped_at, 2);  // in the batch, before its commit
    for (int n = 60; n < 63; ++n) {
        ASSERT_TRUE(batched.add(wide(n)).added);
        ASSERT_TRUE(alone.add(wide(n)).added);
        for (const auto& q : kQuestions) ASSERT_EQ(batched.documents_sharing(q), alone.documents_sharing(q)) << n;
    }
    batched.commit_batch();
    EXPECT_EQ(batched.documents_sharing({100'000 + 1000 * 30 + 7}), alone.documents_sharing({100'000 + 1000 * 30 + 7}));
}

TEST(StoreShingles, ACommittedBatchIsInTheTableForTheNextStore) {
    const std::string path = testing::temp_dir() + "/shingles-reopened.db";
    std::filesystem::remove(path);
    {
        store::Store db(path, store::OpenMode::read_write);
        for (int n = 0; n < 9; ++n) {
            if (n % 3 == 0) db.begin_batch();
            db.add(numbered(n));
            if (n % 3 == 2) db.commit_batch();
        }
        EXPECT_TRUE(db.shingles_in_memory());
        db.begin_batch();
        db.add(numbered(9));
        // not committed: gone with the store
    }
    store::Store db(path, store::OpenMode::read_write);
    EXPECT_EQ(db.documents_sharing({1000}).size(), 2u);  // 0 and 5
    EXPECT_EQ(db.documents_sharing({3009}).size(), 0u);
    EXPECT_EQ(db.documents_sharing({3008}).size(), 1u);
}

}  // namespace claimgraph
