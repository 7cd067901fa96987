// Sets of words the lexicon looks tokens up in (lexicon.cpp, cue_verbs.cpp), with a
// pre-check that rejects most tokens without hashing. Internal to src/extract/.
#pragma once

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string_view>
#include <unordered_set>

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

class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words) : set_(words) {
        for (std::string_view w : words) shape_.add(w);
    }
    bool contains(std::string_view w) const { return shape_.may_contain(w) && set_.count(w) != 0; }

private:
    std::unordered_set<std::string_view> set_;
    Shape shape_;
};

inline bool in(const WordSet& set, std::string_view w) { return set.contains(w); }

}  // namespace claimgraph::extract
