// Sets and maps of words the lexicon looks tokens up in (lexicon.cpp, cue_verbs.cpp), with a
// pre-check that rejects most tokens without hashing. Internal to src/extract/.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace claimgraph::extract {

// A quick pre-check before hashing: which (first byte, length) pairs occur in a set.
// Most tokens of a text belong to none of the word lists, and this rejects them without
// hashing or comparing strings (string hashing and comparison were about a fifth of
// extraction's perf profile).
class Shape {
public:
    void add(std::string_view w) {
        if (!w.empty()) bits_[index(w)] = true;
    }
    bool may_contain(std::string_view w) const { return !w.empty() && bits_[index(w)]; }

private:
    static std::size_t index(std::string_view w) {
        return static_cast<unsigned char>(w[0]) * 32 + std::min<std::size_t>(w.size(), 31);
    }
    std::array<bool, 256 * 32> bits_{};
};

// Words → values in one open-addressing table (at most half full), hashed inline: the
// lexicon's words are short, and std::unordered_map's out-of-line hashing and chained
// nodes were about 15% of `extract --fast` (perf, PolNeAR's 924 texts: the table look-ups
// 7.6%, hashing 4.6%, the cue verbs' buckets 2.7%). The keys are views:
// what they view must outlive the map (string literals, or storage the owner keeps).
// The first value given for a word wins, as std::unordered_map's emplace does.
template <typename V>
class WordMap {
public:
    WordMap() = default;
    WordMap(std::initializer_list<std::pair<std::string_view, V>> entries) {
        for (const auto& [w, v] : entries) insert(w, v);
    }

    void insert(std::string_view w, const V& v) {
        if ((m_size + 1) * 2 > m_slots.size()) grow();
        Slot& s = m_slots[find_slot(w)];
        if (s.used) return;
        s = Slot{w, v, true};
        ++m_size;
        m_shape.add(w);
    }
    /// The value of `w`, or null.
    const V* find(std::string_view w) const {
        if (!m_shape.may_contain(w)) return nullptr;
        const Slot& s = m_slots[find_slot(w)];
        return s.used ? &s.value : nullptr;
    }
    bool contains(std::string_view w) const { return find(w) != nullptr; }

private:
    struct Slot {
        std::string_view key;
        V value{};
        bool used = false;
    };
    static std::uint64_t hash(std::string_view w) {
        // FNV-1a over the bytes, then folded (the table takes the low bits)
        std::uint64_t h = 1469598103934665603ull ^ w.size();
        for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h ^ (h >> 29);
    }
    // The slot holding `w`, or the empty slot where it would go.
    std::size_t find_slot(std::string_view w) const {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash(w) & mask;; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (!s.used || (s.key.size() == w.size() && std::memcmp(s.key.data(), w.data(), w.size()) == 0))
                return i;
        }
    }
    void grow() {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<std::size_t>(16, old.size() * 2), Slot{});
        for (Slot& s : old)
            if (s.used) m_slots[find_slot(s.key)] = std::move(s);
    }

    std::vector<Slot> m_slots = std::vector<Slot>(16);
    std::size_t m_size = 0;
    Shape m_shape;
};

class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words) {
        for (std::string_view w : words) m_words.insert(w, true);
    }
    bool contains(std::string_view w) const { return m_words.contains(w); }

private:
    WordMap<bool> m_words;
};

inline bool in(const WordSet& set, std::string_view w) { return set.contains(w); }

}  // namespace claimgraph::extract
