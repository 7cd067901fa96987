// The sums a model gives a group of features that recur together — those of one word, the
// same wherever it stands — kept per thread so that they are looked up once, not at every
// word or parser state. The sums are the model's integers (LinearModel::accumulate), so a
// cached sum adds exactly what its features would: scores, and what is chosen from them,
// do not change.
#pragma once

#include <cstdint>
#include <algorithm>
#include <vector>

#include "learn/features.h"
#include "learn/model.h"

namespace claimgraph::learn {

class PartialSums {
public:
    /// The sums (model.stride() integers) of the features `make(features)` pushes for
    /// `key`, a hash of what they are made of. Valid until the next call on this thread.
    template <typename Make>
    static const std::int32_t* of(const LinearModel& model, std::uint64_t key, Make&& make) {
        Table& t = table();
        std::uint64_t k = mix(key ^ mix(model.identity()));
        k = k ? k : 1;  // 0 marks a free slot
        std::size_t slot = k & (kSlots - 1);
        for (; t.keys[slot]; slot = (slot + 1) & (kSlots - 1))
            if (t.keys[slot] == k) return t.sums.data() + t.at[slot];
        if (t.used * 4 >= kSlots * 3 || t.sums.size() + model.stride() > kMaxIntegers) {  // bounded: start again
            std::fill(t.keys.begin(), t.keys.end(), 0);
            t.sums.clear();
            t.used = 0;
            for (slot = k & (kSlots - 1); t.keys[slot]; slot = (slot + 1) & (kSlots - 1)) {
            }
        }
        thread_local std::vector<std::uint64_t> features;
        features.clear();
        make(features);
        const std::size_t at = t.sums.size();
        t.sums.resize(at + model.stride(), 0);
        model.accumulate(features, t.sums.data() + at);
        t.keys[slot] = k;
        t.at[slot] = static_cast<std::uint32_t>(at);
        ++t.used;
        return t.sums.data() + at;
    }

private:
    static constexpr std::size_t kSlots = std::size_t{1} << 15;
    static constexpr std::size_t kMaxIntegers = std::size_t{1} << 22;  ///< 16 MB a thread
    // open addressing: a slot's key (0: free) and where its sums start
    struct Table {
        std::vector<std::uint64_t> keys = std::vector<std::uint64_t>(kSlots, 0);
        std::vector<std::uint32_t> at = std::vector<std::uint32_t>(kSlots, 0);
        std::vector<std::int32_t> sums;
        std::size_t used = 0;
    };
    static Table& table() {
        thread_local Table t;
        return t;
    }
};

}  // namespace claimgraph::learn
