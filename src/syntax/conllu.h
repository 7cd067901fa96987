// CoNLL-U (https://universaldependencies.org/format.html): the treebanks' format, and what
// `claimgraph parse` prints. One word per line: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL
// DEPS MISC.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::syntax {

struct Word {
    std::string form, lemma, upos, xpos, feats = "_", deprel, misc = "_";
    int head = -1;  ///< 0 for the root, -1 when not parsed
    std::size_t start = 0, end = 0;  ///< byte offsets in the source text (tokenized from raw text)
    bool space_after = true;
};

/// A word the text writes as one token with others ("don't" = "do" + "n't").
struct MultiwordToken {
    std::size_t first = 0, last = 0;  ///< word indices, inclusive (0-based)
    std::string form;
};

struct Sentence {
    std::string id, text;
    std::vector<Word> words;
    std::vector<MultiwordToken> multiword;
};

/// Reads CoNLL-U; empty nodes (8.1) are skipped, multiword token lines kept aside. Throws
/// claimgraph::Error "<name>:<line>: …" for a line that is not CoNLL-U (wrong column
/// count, an ID or HEAD that is not a number, a head outside the sentence).
std::vector<Sentence> read_conllu(std::string_view text, const std::string& name);

/// Writes sentences as CoNLL-U (`# sent_id` and `# text` when known, multiword tokens,
/// SpaceAfter=No); with `token_ranges`, each token's byte offsets in the source text as
/// `TokenRange=START:END` in MISC (UDPipe's name for it).
std::string write_conllu(const std::vector<Sentence>& sentences, bool token_ranges = false);

/// The universal part of a relation ("nmod:poss" → "nmod"), as the CoNLL 2018 shared task
/// scores labelled attachment.
std::string_view universal(std::string_view deprel);

}  // namespace claimgraph::syntax
