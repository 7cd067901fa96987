// The words of a dependency parse as the extractor's tokens, for the statements read off
// the parse (parsed.cpp): each word's subtree as the tokens it covers, a subject's and a
// complement's words, whether a subject can speak.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/context.h"
#include "extract/cue_model.h"

namespace claimgraph::extract {

/// A word no frame used, outside quotation marks.
bool free_word(const Context& ctx, std::size_t i);
/// The extractor's token holding byte `at` (words are never coarser than tokens).
std::size_t token_at(const Context& ctx, std::size_t at);
/// A subject's words without the punctuation the parser hung on its edges (", Groberg"), a
/// conjunction it hung there (", and sources …") or a possessor's "'s" ("Mr. Obama's support
/// for": Mr. Obama speaks).
Range without_edge_punct(const Context& ctx, Range r);
/// Whether the subject whose head word is `head` and whose words are `source` can speak
/// (`strong`: outright, strong_speaker): its head, not its last word, says so ("elected
/// officials from both parties say").
bool speaker_by_head(const Context& ctx, const syntax::Sentence& s, std::size_t head, Range source, bool strong);
/// Each word's subtree as the extractor's tokens it covers.
std::vector<Range> token_ranges(const Context& ctx, const ParsedSentence& p);
/// The subject's words, with a second subject right after it that the parse split off
/// ("Port spokeswoman | Dana Vale said").
Range subject_words(const ParsedSentence& p, const std::vector<Range>& range_of, std::size_t verb, std::size_t subject);
/// A complement's words up to another statement's ("said all staffers sign NDAs, though she
/// did not discuss their terms", where "she did not discuss their terms" was read first):
/// the words before the first used one, less the punctuation and the conjunction that led
/// into it; empty when that leaves out the complement's own head word.
Range complement_words(const Context& ctx, const ParsedSentence& p, const std::vector<Range>& range_of,
                       std::size_t complement);

}  // namespace claimgraph::extract
