// A map from 64-bit word hashes to 64-bit values, in one open-addressing table: what the
// tagger looks every word up in (its ambiguity classes, its tag dictionary, its lemmas).
// std::unordered_map kept each entry in its own node, one more memory read per look-up;
// its finds were 2-3% of extraction with the built-in model (perf, PolNeAR's 924 texts).
// Internal to src/syntax/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace claimgraph::syntax {

class HashTable64 {
public:
    /// The value stored under `key`, nullptr when none.
    const std::uint64_t* find(std::uint64_t key) const noexcept {
        if (key == 0) return m_has_zero ? &m_zero : nullptr;
        if (m_slots.empty()) return nullptr;
        for (std::size_t at = slot_of(key);; at = (at + 1) & m_mask) {
            if (m_slots[at].key == key) return &m_slots[at].value;
            if (m_slots[at].key == 0) return nullptr;
        }
    }

    /// Stores `value` under `key`, replacing what was there (as map[key] = value does).
    void set(std::uint64_t key, std::uint64_t value) {
        if (key == 0) {
            m_zero = value;
            m_size += m_has_zero ? 0 : 1;
            m_has_zero = true;
            return;
        }
        if ((m_used + 1) * 2 > m_slots.size()) grow();
        place(key, value);
    }

    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }

private:
    // Every key mixed once more (a multiply, its high bits kept), so that keys that share
    // their low bits (small numbers, keys made by hand) spread as well as word hashes do.
    std::size_t slot_of(std::uint64_t key) const noexcept {
        return static_cast<std::size_t>((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ULL >> 7) & m_mask;
    }

    void place(std::uint64_t key, std::uint64_t value) {
        for (std::size_t at = slot_of(key);; at = (at + 1) & m_mask) {
            Slot& here = m_slots[at];
            if (here.key == key) {
                here.value = value;
                return;
            }
            if (here.key == 0) {
                here = {key, value};
                ++m_used;
                ++m_size;
                return;
            }
        }
    }

    void grow() {
        std::vector<Slot> old = std::move(m_slots);
        const std::size_t capacity = old.empty() ? 16 : old.size() * 2;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        m_size -= m_used;
        m_used = 0;
        for (const Slot& s : old)
            if (s.key != 0) place(s.key, s.value);
    }

    struct Slot {
        std::uint64_t key = 0;  ///< 0: an empty slot (the key 0 is kept apart)
        std::uint64_t value = 0;
    };
    std::vector<Slot> m_slots;  ///< a power of two, at most half taken
    std::size_t m_mask = 0;
    std::size_t m_used = 0;  ///< slots taken
    std::size_t m_size = 0;  ///< keys stored, 0 among them
    bool m_has_zero = false;
    std::uint64_t m_zero = 0;
};

}  // namespace claimgraph::syntax
