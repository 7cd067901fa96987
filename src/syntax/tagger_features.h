// The tagger's parts (tagger.h): what a word's features are made of, the features, the
// greedy decoder, and the model file's extra sections. Internal to src/syntax/: tagging is
// in tagger.cpp, training in tagger_train.cpp.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "learn/features.h"
#include "learn/model.h"
#include "syntax/conllu.h"
#include "syntax/hash_table.h"
#include "util/error.h"

namespace claimgraph::syntax::tagging {

// The hash of an ambiguity class starts from this and mixes in each class + 1, in order.
inline constexpr std::uint64_t kAmbiguitySeed = 0x616d62ULL;

// A word written in lower case is looked up by its lower-case occurrences alone (this
// mixed into its hash): "ministry" in "the health ministry" is not the "Ministry" of the
// treebanks' names, and a word never seen in lower case has no lexical features at all,
// as a rare word has.
inline constexpr std::uint64_t kLowerCaseKey = 0x6c6f776572ULL;
inline std::uint64_t lower_case_key(std::uint64_t lower) { return learn::mix(lower ^ kLowerCaseKey); }

// The tag dictionary: a word seen this often, with one class at least this share of the
// time, gets that class without scoring (half the words of news; twice the speed).
inline constexpr std::size_t kDictionaryMinCount = 10;
inline constexpr double kDictionaryMinShare = 0.99;

// What the features of one word are made of, computed once per word.
struct WordInfo {
    std::uint64_t lower = 0, form = 0, shape = 0, ambiguity = 0;
    std::uint64_t lexical = 0;  ///< the word's identity for its own features (lower, or "unseen")
    std::uint64_t suffix[5] = {0, 0, 0, 0, 0}, prefix[4] = {0, 0, 0, 0};
    std::uint64_t length = 0;
    std::size_t fixed = SIZE_MAX;  ///< the one class the training data gave this word, when it is certain
    bool first_upper = false, has_digit = false, has_hyphen = false;
};

/// The words of a sentence as the features see them; `dictionary` (word hash → its one
/// class) marks the words tagged without scoring.
std::vector<WordInfo> infos(const Sentence& s, const HashTable64& ambiguity, const HashTable64* dictionary = nullptr);
/// The features of a word that depend on it alone, wherever it stands.
void word_features(const WordInfo& x, std::vector<std::uint64_t>& out);
/// The features of word i that depend on where it stands: its neighbours, the classes of
/// the two words before it (`none` for none) and, in the second pass, the first pass's
/// classes of every word.
void context_features(const std::vector<WordInfo>& w, std::size_t i, std::size_t p1, std::size_t p2,
                      const std::vector<std::size_t>* first, std::vector<std::uint64_t>& out);
/// All the features of word i (training): `out` cleared, then both of the above.
void features(const std::vector<WordInfo>& w, std::size_t i, std::size_t p1, std::size_t p2,
              const std::vector<std::size_t>* first, std::vector<std::uint64_t>& out);
/// Tags a sentence left to right with one model (the first pass, or the second given the
/// first's classes).
/// With `margins`, each word's lead of its best class over the next (0 for a dictionary
/// word) goes there; with `sure` (the first pass's margins), a word whose first-pass lead is
/// at least `threshold` keeps its first-pass class unscored.
std::vector<std::size_t> greedy(const learn::LinearModel& m, const std::vector<WordInfo>& w,
                                const std::vector<std::size_t>* first, std::vector<float>* margins = nullptr,
                                const std::vector<float>* sure = nullptr, float threshold = 0.0f);

inline std::string class_label(const Word& w) { return w.upos + " " + w.xpos; }

inline std::uint64_t lemma_key(std::string_view lower, std::size_t cls) {
    return learn::mix(learn::hash_text(lower) ^ (cls * 0x9E3779B97F4A7C15ULL));
}

// Sections of the model file beyond the weights: the ambiguity classes and the lemma table.
template <typename T>
inline void put(std::string& out, T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
inline T get(std::string_view bytes, std::size_t& at, const std::string& name) {
    if (sizeof(T) > bytes.size() - at) throw Error(fmt::format("{}: damaged (a section is cut short)", name));
    T v{};
    std::memcpy(&v, bytes.data() + at, sizeof v);
    at += sizeof v;
    return v;
}

}  // namespace claimgraph::syntax::tagging
