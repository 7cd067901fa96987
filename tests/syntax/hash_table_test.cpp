// The tagger's table of word hashes (syntax/hash_table.h) against std::unordered_map.
#include <cstdint>
#include <random>
#include <unordered_map>

#include <gtest/gtest.h>

#include "syntax/hash_table.h"

namespace claimgraph {

TEST(HashTable64, FindsWhatAMapFindsAcrossGrowthOverwritesAndTheKeyZero) {
    syntax::HashTable64 table;
    std::unordered_map<std::uint64_t, std::uint64_t> map;
    EXPECT_EQ(table.find(7), nullptr);
    EXPECT_EQ(table.find(0), nullptr);
    std::mt19937_64 random(42);
    for (int i = 0; i < 20000; ++i) {
        // hashes, small keys (which share low bits) and repeats (overwritten)
        const std::uint64_t key = i % 3 == 0 ? random() : i % 3 == 1 ? static_cast<std::uint64_t>(i) * 64 : random() % 500;
        const std::uint64_t value = random();
        table.set(key, value);
        map[key] = value;
    }
    table.set(0, 11);
    map[0] = 11;
    table.set(0, 12);
    map[0] = 12;
    EXPECT_EQ(table.size(), map.size());
    for (const auto& [key, value] : map) {
        const std::uint64_t* found = table.find(key);
        ASSERT_NE(found, nullptr) << key;
        EXPECT_EQ(*found, value) << key;
    }
    std::size_t absent = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::uint64_t key = random();
        if (map.count(key)) continue;
        ++absent;
        EXPECT_EQ(table.find(key), nullptr) << key;
    }
    EXPECT_GT(absent, 19000u);
}

}  // namespace claimgraph
