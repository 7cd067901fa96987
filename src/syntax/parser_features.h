// What the parser's two models see: the words in play around a state (for the move) and
// the two ends of an arc and their neighbourhood (for its relation). Features are hashed
// (learn/features.h); the template numbers are part of the model's templates version.
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/parser_state.h"

namespace claimgraph::syntax::parsing {

/// What the features of one word are made of, computed once per sentence.
struct WordInfo {
    std::uint64_t word, tag, lemma, suffix;
};

/// The sentence's words as features see them; [0] is the root.
std::vector<WordInfo> infos(const Sentence& s);
/// The features of the next move: the top three words of the stack, the first three of the
/// buffer, their outermost children, distances and valencies (Zhang and Nivre 2011).
/// Without `words`, the features of one word alone in one place (words_at) are left out.
void move_features(const State& st, const std::vector<WordInfo>& wi, std::vector<std::uint64_t>& f, bool words = true);
/// The places whose word's own features move_features reads, and those features for the
/// word at one of them (nullptr: no word there). They are the same wherever in the sentence
/// the word is, so a parser can sum them once per word and place (learn::PartialSums).
enum class Place : std::uint64_t { s0 = 1, s1, b0, b1 };
void words_at(Place p, const WordInfo* w, std::vector<std::uint64_t>& f);
/// The features of the relation of the arc head → dependent that is about to be made.
void label_features(const State& st, const std::vector<WordInfo>& wi, int head, int dependent,
                    std::vector<std::uint64_t>& f);

}  // namespace claimgraph::syntax::parsing
