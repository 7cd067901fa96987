// How well the tagger and the parser do on gold treebanks, as the CoNLL 2018 shared task
// counts it: every word (punctuation too); LAS on the universal part of the relation.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace claimgraph::syntax {

struct Scores {
    std::size_t gold_words = 0, system_words = 0, aligned = 0;  ///< aligned: same characters of the text
    std::size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
    double seconds = 0;  ///< tagging (and parsing) time
};

/// Tags (and parses, when `parser`) the gold sentences: from their gold words, or when
/// `raw` from each sentence's text (# text) tokenized by syntax::tokenize, words matched to
/// the gold ones by their characters.
Scores evaluate(const std::vector<Sentence>& gold, const Tagger& tagger, const Parser* parser, bool raw);

/// "gold tokens: 25094 words; UPOS 95.10%, XPOS …, UAS …, LAS …" — F1 when the words are
/// our own.
std::string format_scores(const std::string& title, const Scores& s, bool parsed);

}  // namespace claimgraph::syntax
