// Splits article text into tokens, paragraphs and sentences, keeping byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

enum class TokenKind { word, number, punct, quote };

/// Quote marks: which way they face, and whether double or single.
enum class QuoteFacing { open, close, either };

struct Token {
    std::size_t start = 0, end = 0;  ///< byte offsets into the document text
    TokenKind kind = TokenKind::word;
    std::string lower;  ///< lower-cased text (ASCII folding)
    bool cap = false;  ///< starts with an upper-case letter
    bool space_before = false;  ///< whitespace (or start of paragraph) right before
    bool space_after = false;  ///< whitespace (or end of paragraph) right after
    QuoteFacing facing = QuoteFacing::either;  ///< for quote tokens
    bool single = false;  ///< for quote tokens: ‘ ’ ‚
    std::size_t paragraph = 0;
};

struct Paragraph {
    std::size_t first = 0, last = 0;  ///< token range [first, last)
};

struct Sentence {
    std::size_t first = 0, last = 0;  ///< token range [first, last)
    std::size_t paragraph = 0;
};

struct Tokens {
    std::vector<Token> tokens;
    std::vector<Paragraph> paragraphs;
};

/// Tokenizes text[from, text.size()). Paragraphs are separated by blank lines; a short
/// line without final punctuation (a headline) is its own paragraph too, and a line break
/// after a sentence's end starts one (pages copied a paragraph a line).
Tokens tokenize(std::string_view text, std::size_t from);

/// Splits a paragraph's tokens into sentences. Tokens inside the given quote ranges
/// (token index pairs [open, close]) never end a sentence, so a quote of several
/// sentences stays in one.
std::vector<Sentence> split_sentences(const Tokens& toks, std::size_t paragraph,
                                      const std::vector<std::pair<std::size_t, std::size_t>>& quotes);

/// An opening double mark set against what comes before it and apart from the word after
/// (".“ ", ",“ said"): a closing one mistyped.
inline bool mistyped_close(const Token& t) {
    return t.kind == TokenKind::quote && t.facing == QuoteFacing::open && !t.single && !t.space_before &&
           t.space_after;
}

/// True for the possessive ending split off a word ("'s", "’s").
inline bool is_possessive(const Token& t) { return t.lower == "'s" || t.lower == "\u2019s"; }

/// True for abbreviations that do not end a sentence ("Mr.", "U.S.", "Gov.").
bool is_abbreviation(const Token& t);

}  // namespace claimgraph::extract
